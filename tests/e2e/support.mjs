// Shared set-up for the end-to-end tests: one static server for dist/ on 127.0.0.1 and one
// Chromium per test file, and a page opener that records console errors and foreign requests.
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';
import { startServer } from '../../tools/serve.mjs';
import { launch } from '../../tools/browser.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const env = { base: '', browser: null };
let server;

before(async () => {
  const started = await startServer({ dir: process.env.DIST_DIR ?? join(root, 'dist') });
  server = started.server;
  env.base = `http://127.0.0.1:${started.port}`;
  env.browser = await launch();
});

after(async () => {
  await env.browser?.close();
  server?.close();
});

/** Opens the explorer and records console errors, page errors and every request's origin.
 * `locale` is the browser's language (navigator.languages); `beforeGoto` may set up routes. */
export async function open(t, { width = 1280, height = 900, path = '/', colorScheme = 'light', reducedMotion = 'no-preference', locale = 'en-US', beforeGoto = async () => {} } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion, locale });
  // Every test also watches the page's Content-Security-Policy: a violation is a problem.
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const problems = [];
  const foreign = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== env.base) foreign.push(r.url());
  });
  t.after(() => context.close());
  await beforeGoto(page);
  await page.goto(env.base + path);
  await page.waitForSelector('.tl-item');
  await page.waitForSelector('figure.chart svg text');
  return { page, problems, foreign, context };
}
