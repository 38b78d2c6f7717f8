// Shared set-up for the end-to-end tests: one static server for dist/ on 127.0.0.1 and one
// Chromium per test file, and a page opener that records console errors and foreign requests.
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { startServer } from '../../tools/serve.mjs';
import { launch } from '../../tools/browser.mjs';

export const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const env = { base: '', browser: null };
/** Paths the test server answers by hand (see `startServer`'s `handlers`). */
export const handlers = new Map();
let server;

before(async () => {
  const started = await startServer({ dir: process.env.DIST_DIR ?? join(root, 'dist'), handlers });
  server = started.server;
  env.base = `http://127.0.0.1:${started.port}`;
  env.browser = await launch();
});

after(async () => {
  await env.browser?.close();
  server?.close();
});

/** A new page in `context` whose console errors, page errors and Content-Security-Policy
 * violations are collected in `problems`. */
// The app writes its view into the address a moment after the view changes (so a slider drag
// is one write): wait until the address's parameter `name` is `value` (null: absent).
export function addressSettled(page, name, value) {
  return page.waitForFunction(([name, value]) => {
    const url = new URL(location.href);
    // A file:// copy keeps the view in the fragment.
    const params = new URLSearchParams(url.protocol === 'file:' ? url.hash.slice(1) : url.search);
    return params.get(name) === value;
  }, [name, value]);
}

export async function watchedPage(context) {
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const problems = [];
  page.on('console', (m) => m.type() === 'error' && problems.push(m.text()));
  page.on('pageerror', (e) => problems.push(String(e)));
  return { page, problems };
}

/** Opens the explorer and records console errors, page errors and every request's origin.
 * `locale` is the browser's language (navigator.languages); `beforeGoto` may set up routes. */
export async function open(t, { width = 1280, height = 900, path = '/', colorScheme = 'light', reducedMotion = 'no-preference', locale = 'en-US', beforeGoto = async () => {} } = {}) {
  const context = await env.browser.newContext({ viewport: { width, height }, colorScheme, reducedMotion, locale });
  const { page, problems } = await watchedPage(context);
  const foreign = [];
  page.on('request', (r) => {
    const url = new URL(r.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.origin !== env.base) foreign.push(r.url());
  });
  t.after(() => context.close());
  await beforeGoto(page);
  await page.goto(env.base + path);
  // The timeline and chart are in the page before any script (prerendered); the app has taken
  // them over when it marks the page live.
  await page.waitForSelector('html[data-app=live]');
  // A chapter (a slide) or a view alone shows one graphic; the page shows the timeline and chart.
  if (/[?&](chapter|view)=/.test(path)) {
    await page.waitForSelector('section.view');
  } else {
    await page.waitForSelector('.tl-item');
    await page.waitForSelector('.chart svg text');
  }
  return { page, problems, foreign, context };
}

/** Opens a page served from a second local origin, standing for an article or a newsroom's
 * site: `files` maps its paths to contents, `links` maps its paths to directories (the build
 * under a sub-path). Records page errors; `beforeGoto` may listen before loading. */
export async function openElsewhere(t, { files = {}, links = {}, path = '/', width = 1000, height = 900, beforeGoto = async () => {} } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'elsewhere-'));
  const place = (p) => {
    mkdirSync(dirname(join(dir, p)), { recursive: true });
    return join(dir, p);
  };
  for (const [p, text] of Object.entries(files)) writeFileSync(place(p), text);
  for (const [p, target] of Object.entries(links)) symlinkSync(target, place(p));
  const host = await startServer({ dir });
  t.after(() => host.server.close());
  const context = await env.browser.newContext({ viewport: { width, height } });
  t.after(() => context.close());
  const page = await context.newPage();
  const problems = [];
  page.on('pageerror', (e) => problems.push(String(e)));
  await beforeGoto(page);
  await page.goto(`http://127.0.0.1:${host.port}${path}`);
  return { page, problems };
}

const AXE_SOURCE = readFileSync(join(root, 'tools', 'node_modules', 'axe-core', 'axe.min.js'), 'utf8');
const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'];

/** axe-core's violations on the page as it stands (WCAG 2 A/AA, 2.1 AA, 2.2 AA, best practice). */
export async function audit(page) {
  // Evaluated through the DevTools protocol: an injected <script> would (rightly) be refused
  // by the page's Content-Security-Policy.
  await page.evaluate(AXE_SOURCE);
  return page.evaluate(async (tags) => {
    const result = await window.axe.run(document, { runOnly: { type: 'tag', values: tags }, resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.slice(0, 5).map((n) => `${n.target.join(' ')} — ${n.failureSummary.replace(/\s+/g, ' ')}`),
    }));
  }, AXE_TAGS);
}


/** Resolves once the host page has handled every message its iframe `frame` (a Playwright
 * Frame) has posted so far, including the height the frame's content has now: the frame's
 * ResizeObserver reports before the next paint, so after two animation frames the frame posts a
 * marker, and the host receiving it has handled what came before. A barrier, not a wait. */
export async function hostCaughtUp(host, frame) {
  await host.evaluate(() => {
    window.__cstoBarrier = new Promise((done) => {
      addEventListener('message', function marker(e) {
        if (e.data === 'csto-test:barrier') {
          removeEventListener('message', marker);
          done();
        }
      });
    });
  });
  await frame.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(() => {
    parent.postMessage('csto-test:barrier', '*');
    done();
  }))));
  await host.evaluate(() => window.__cstoBarrier);
}

/** Resolves once the host page's first iframe has the height of its content: the frame has its
 * width, the host has caught up with its messages, and a second round changes nothing (a new
 * height can move the host's layout, and so the frame's width). */
export async function embedSettled(host) {
  const iframe = await host.$('iframe');
  const frame = await iframe.contentFrame();
  const size = () => iframe.evaluate((f) => `${f.clientWidth}×${f.getBoundingClientRect().height}`);
  let last = null;
  for (let round = 0; round < 5; round++) {
    const width = await iframe.evaluate((f) => f.clientWidth);
    await frame.waitForFunction((w) => innerWidth === w, width);
    await hostCaughtUp(host, frame);
    const now = await size();
    if (now === last) return;
    last = now;
  }
}
