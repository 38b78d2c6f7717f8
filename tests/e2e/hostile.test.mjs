// Hostile input against the release build: a dataset whose every text is an XSS payload runs
// nothing, opens no dialog and requests nothing, on screen, in tooltips and in the exported SVG;
// malformed addresses from a fixed list all give a working page; messages posted to the page
// or to the host script that are not the documented ones are ignored.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { embedSettled, env, hostCaughtUp, open, openElsewhere, root } from './support.mjs';

const XSS = readFileSync(join(root, 'tests/fixtures/custom/xss.json'), 'utf8');

/** Live markup that must not exist: scripts beyond the page's own, handlers, odd links. */
async function liveMarkup(page) {
  return page.evaluate(() => {
    const found = [];
    for (const el of document.querySelectorAll('*')) {
      for (const a of el.attributes) {
        if (/^on/i.test(a.name)) found.push(`${el.tagName} ${a.name}`);
        if (['href', 'src', 'xlink:href', 'action', 'formaction'].includes(a.name) && /^\s*(javascript|data|vbscript):/i.test(a.value)) {
          found.push(`${el.tagName} ${a.name}=${a.value.slice(0, 40)}`);
        }
      }
    }
    for (const tag of ['iframe', 'object', 'embed', 'foreignObject', 'math', 'details', 'link[rel=stylesheet]', 'img[src=x]', 'style']) {
      const n = document.querySelectorAll(`body ${tag}`).length;
      if (n) found.push(`${n} ${tag}`);
    }
    return { found, scripts: document.scripts.length, xss: window.__xss ?? null };
  });
}

test('an XSS corpus dataset renders as inert text everywhere', async (t) => {
  const { page, problems, foreign } = await open(t);
  const dialogs = [];
  page.on('dialog', (d) => { dialogs.push(d.message()); d.dismiss(); });
  const before = await liveMarkup(page);
  await page.setInputFiles('#own-data-file', { name: 'xss.json', mimeType: 'application/json', buffer: Buffer.from(XSS) });
  await page.locator('[data-testid=own-data-banner]').waitFor();
  // The payloads are on screen, as text.
  assert.match(await page.textContent('[data-testid=own-data-banner]'), /<img src=x onerror="window.__xss=2;alert\(2\)"> 1, from xss\.json/);
  // (Its events gather into clusters at this zoom: the timeline's list names each one.)
  assert.match(await page.textContent('.tl-list'), /<script>window.__xss=1;alert\(1\)<\/script>/);
  await page.click('.tl-lane-org .tl-cluster');
  assert.match(await page.textContent('#tl-cluster-list'), /<script>window.__xss=1;alert\(1\)<\/script>/);
  await page.keyboard.press('Escape');
  // Every view that shows dataset texts: a record of each kind, tooltips, the list, the story-free
  // chart on both tracks, the roster, "what changed", the map.
  const openAndClose = async (selector) => {
    await page.focus(selector);
    await page.keyboard.press('Enter');
    await page.locator('#detail').waitFor();
    await page.keyboard.press('Escape');
  };
  await page.click('.tl-list summary');
  for (const id of ['aslov-2015', 'border-assessment-2023']) await openAndClose(`.tl-list [data-id=${id}]`);
  await openAndClose('#tl-kaz-party');
  await page.hover('#tl-kaz-party');
  await openAndClose('#mark-sochi-pledge');
  await page.click('button[data-track=bilateral]');
  await page.hover('#mark-rus-delivery-2017', { force: true });
  await openAndClose('#mark-rus-delivery-2017');
  await page.locator('.chart-table summary').click();
  const after = await liveMarkup(page);
  // Nothing live appeared: no handler, odd link or element beyond what the page had (the
  // bundled data's own sections, such as its changelog's <details>, may have gone).
  const counts = (found) => Object.fromEntries(found.map((f) => [f.replace(/^\d+ /, ''), Number(f.match(/^\d+/)?.[0] ?? 1)]));
  const [was, now] = [counts(before.found), counts(after.found)];
  for (const [what, n] of Object.entries(now)) assert.ok(n <= (was[what] ?? 0), `${what}: ${n} after, ${was[what] ?? 0} before`);
  assert.equal(after.scripts, before.scripts, 'no script element was added');
  assert.equal(after.xss, null, 'no payload ran');
  // The exported pictures carry the texts, escaped, and nothing live.
  const svgs = [];
  for (const which of ['timeline-svg', 'chart-svg']) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-download=${which}]`)]);
    svgs.push(readFileSync(await download.path(), 'utf8'));
  }
  for (const svg of svgs) {
    const verdict = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      const bad = [];
      if (doc.querySelector('parsererror')) bad.push('does not parse');
      for (const el of doc.querySelectorAll('*')) {
        if (['script', 'foreignObject', 'iframe', 'image', 'a', 'use'].includes(el.localName)) bad.push(el.localName);
        for (const a of el.attributes) if (/^on/i.test(a.name) || /^\s*(javascript|data):/i.test(a.value)) bad.push(a.name);
      }
      return { bad, hasPayloadText: doc.documentElement.textContent.includes('<script>') };
    }, svg);
    assert.deepEqual(verdict.bad, []);
    assert.ok(verdict.hasPayloadText, 'the payload is in the picture as text');
  }
  assert.deepEqual(dialogs, []);
  assert.deepEqual(foreign, [], 'no request left the page');
  assert.deepEqual(problems, [], 'no console error, page error or CSP violation');
});

// Each must give a working page: the timeline and chart drawn, no page error.
const MALFORMED = [
  '/?item=',
  '/?item=%3Cscript%3Ealert(1)%3C%2Fscript%3E',
  '/?item=<script>alert(1)</script>',
  '/?item="><img src=x onerror=alert(1)>',
  '/?date=1999-02-30&from=2030-01-01&to=1800-01-01',
  '/?date=99999-01-01',
  '/?date=' + 'x'.repeat(10000),
  '/?track=bilateral&track=collective&track=%00',
  '/?theme=dark&theme=neon',
  '/?lang=zz&lang=ru&lang=',
  '/?lang=%F0%9F%93%85',
  '/?chapter=../../etc/passwd',
  '/?chapter=chapter-1999&reveal=maybe',
  '/?embed=2&sync=yes&projector=-1',
  '/?data=javascript:alert(1)',
  '/?data=data:application/json,%7B%7D',
  '/?data=//evil.example/x.json',
  '/?data=%E2%82',
  '/?%',
  '/?%%%%&&&&====',
  '/?=&=&=',
  '/?item=uzb-suspended#item=arm-frozen',
  '/?' + 'a=1&'.repeat(2000),
  '/?__proto__=x&constructor=y&toString=z',
  '/?item=\u202Earm-frozen',
  '/?date=２０２０-01-01',
  '/#%',
  '/#item=<svg onload=alert(1)>',
];

test('malformed addresses from a fixed list all render a working page', async (t) => {
  for (const path of MALFORMED) {
    const { page, problems, foreign } = await open(t, { path, beforeGoto: (p) => p.on('dialog', () => assert.fail(`a dialog for ${path}`)) });
    assert.ok(await page.locator('.tl-item').count() > 10, path);
    assert.equal(await page.evaluate(() => window.__xss ?? null), null);
    // Bad values are warnings, never errors.
    assert.deepEqual(problems, [], path);
    assert.deepEqual(foreign, [], path);
    await page.context().close();
  }
});

test('messages that are not the documented ones are ignored', async (t) => {
  // The explorer itself listens to no message: garbage posted to it changes nothing.
  const { page, problems } = await open(t, { path: '/?item=uzb-suspended' });
  await page.evaluate(() => {
    for (const m of [null, 'x', 42, { type: 'csto-explorer:view', version: 1, query: 'item=arm-frozen' }, { item: 'arm-frozen' }, '<script>alert(1)</script>']) {
      window.postMessage(m, '*');
    }
  });
  // Messages arrive in order: once a last one has, the others have been seen.
  await page.evaluate(() => new Promise((done) => {
    addEventListener('message', (e) => e.data === 'last' && done());
    window.postMessage('last', '*');
  }));
  assert.equal(await page.getAttribute('#detail', 'data-record'), 'uzb-suspended');
  assert.match(page.url(), /item=uzb-suspended/);
  assert.deepEqual(problems, []);

  // The host script obeys only its iframe's documented messages.
  const host = await openElsewhere(t, {
    width: 700,
    files: { 'index.html': `<!DOCTYPE html><html lang="en"><title>Article</title>
      <iframe title="CSTO explorer" src="${env.base}/?embed=1" style="width:100%;border:0" height="400"
        data-csto-explorer data-csto-sync="csto"></iframe>
      <script src="${env.base}/embed.js"></script>` },
  });
  const frame = host.page.frames().find((f) => f !== host.page.mainFrame());
  await host.page.frameLocator('iframe').locator('html[data-app=live]').waitFor();
  // Once the host has the frame's real height, send nonsense from inside the frame and from the page.
  await embedSettled(host.page);
  const height = () => host.page.locator('iframe').evaluate((f) => f.style.height);
  const settled = await height();
  const address = host.page.url();
  const junk = [
    { 'datawrapper-height': { 'csto-explorer': 'Infinity' } },
    { 'datawrapper-height': { 'csto-explorer': -5 } },
    { 'datawrapper-height': { 'csto-explorer': 1e9 } },
    { sender: 'Flourish', method: 'resize', height: '100' },
    { sentinel: 'amp', type: 'embed-size', height: NaN },
    { type: 'csto-explorer:view', version: 2, query: 'item=arm-frozen' },
    { type: 'csto-explorer:view', version: 1, query: 42 },
    { type: 'csto-explorer:view', version: 1 },
    'csto-explorer:view',
    null,
  ];
  await frame.evaluate((messages) => { for (const m of messages) parent.postMessage(m, '*'); }, junk);
  // From the page itself (not the iframe), even a well-formed message is not obeyed.
  await host.page.evaluate(() => {
    window.postMessage({ 'datawrapper-height': { 'csto-explorer': 77 } }, '*');
    window.postMessage({ type: 'csto-explorer:view', version: 1, query: 'item=arm-frozen' }, '*');
  });
  await hostCaughtUp(host.page, frame);
  assert.equal(await height(), settled);
  assert.equal(host.page.url(), address);
  // A documented view message does pass, with only the view's own keys.
  await frame.evaluate(() => parent.postMessage({ type: 'csto-explorer:view', version: 1, query: 'item=arm-frozen&data=https://evil.example/x.json&onload=1' }, '*'));
  await host.page.waitForFunction(() => location.search.includes('csto='));
  const kept = new URL(host.page.url()).searchParams.get('csto');
  assert.equal(kept, 'item=arm-frozen');
  assert.deepEqual(host.problems, []);
});

test('the build writes the response headers to send: the pages\' policies with frame-ancestors, the worker\'s, nosniff, caching', () => {
  const dist = process.env.DIST_DIR ?? join(root, 'dist');
  const headers = readFileSync(join(dist, '_headers'), 'utf8');
  const nginx = readFileSync(join(dist, 'nginx-headers.conf'), 'utf8');
  const meta = (name) => readFileSync(join(dist, name), 'utf8').match(/http-equiv="Content-Security-Policy" content="([^"]+)"/)[1];
  const block = (path) => headers.split(/\n(?=\/)/).find((b) => b.startsWith(`${path}\n`)) ?? '';
  // Each page's header policy is its <meta> policy plus what only a header can say.
  assert.ok(block('/index.html').includes(`Content-Security-Policy: ${meta('index.html')}; worker-src 'self' blob:; frame-ancestors 'self'`));
  assert.ok(block('/embed.html').includes(`Content-Security-Policy: ${meta('embed.html')}; worker-src 'self' blob:; frame-ancestors *`));
  assert.match(block('/check-data-loader.js'), /Content-Security-Policy: default-src 'none'; script-src 'self' 'wasm-unsafe-eval'/);
  assert.match(block('/*'), /X-Content-Type-Options: nosniff\n {2}Referrer-Policy: strict-origin-when-cross-origin\n {2}Permissions-Policy: /);
  assert.match(block('/embed.js'), /Cross-Origin-Resource-Policy: cross-origin/);
  assert.match(block('/csto-explorer-*'), /Cache-Control: public, max-age=31536000, immutable/);
  assert.match(block('/csto-embed-*'), /Cross-Origin-Resource-Policy: cross-origin\n {2}Access-Control-Allow-Origin: \*\n {2}Cache-Control: public, max-age=31536000, immutable/);
  // nginx gets the same, every block with the common headers.
  assert.ok(nginx.includes(`location = /embed.html {`) && nginx.includes(`frame-ancestors *`));
  assert.equal((nginx.match(/add_header X-Content-Type-Options "nosniff" always;/g) ?? []).length, (nginx.match(/^location /gm) ?? []).length);
});
