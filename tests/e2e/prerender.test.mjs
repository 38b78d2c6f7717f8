// The prerendered first view (src/bin/prerender.rs) and its hydration (src/main.rs): the
// served HTML already holds the timeline, chart, roster, tables and sources before any script
// runs (and for a reader without JavaScript); the wasm then takes that DOM over without a
// warning and without changing it; a link to another view or a reader in another language
// gets their view right after, without a new history entry; and what a reader did to the page
// before (a table opened) is still so, on the same nodes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { env, root } from './support.mjs';

const DIST = process.env.DIST_DIR ?? join(root, 'dist');
const OFFLINE = join(DIST, 'csto-explorer-offline.html');

/** What the first view must hold, as HTML. */
const PARTS = {
  'timeline items': /<button [^>]*class="tl-item /,
  'a lane for Armenia': /aria-label="Armenia"/,
  'the chart': /<section [^>]*class="panel view view-chart[^"]*"[\s\S]*?<svg [\s\S]*?<text /,
  'the chart as a table': /<details [^>]*class="chart-table"/,
  'the timeline as a list': /<details [^>]*class="tl-list"/,
  'the roster': /On 11 Mar 2026: 6 members/,
  'the sources': /id="sources-title"/,
};

for (const path of ['/', '/embed.html']) {
  test(`${path}: the served HTML holds the timeline and chart before any script runs`, async () => {
    const response = await fetch(env.base + path);
    const html = await response.text();
    const app = html.slice(html.indexOf('<div id=app'));
    for (const [name, pattern] of Object.entries(PARTS)) assert.ok(pattern.test(app), name);
    assert.match(html, /<div id=app data-prerendered="(embed=1)?" data-today="\d{4}-\d\d-\d\d">/);
    // The app starts only once the page has loaded: nothing in <head> fetches the wasm.
    assert.doesNotMatch(html, /rel=["']?(modulepreload|preload)/);
    if (path === '/embed.html') assert.match(html, /<html lang=en class=embed>/);
  });
}

test('without JavaScript a reader gets the timeline, chart, tables and sources', async (t) => {
  const context = await env.browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 900 } });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(env.base + '/');
  // Events close together are counted clusters at this width; the list names every record.
  assert.ok(await page.locator('.tl-item').count() > 30, 'timeline items');
  assert.ok(await page.locator('.tl-list li').count() >= 69, 'the timeline as a list');
  assert.ok(await page.locator('.chart svg text').count() > 10, 'the chart, with its labels');
  assert.ok(await page.locator('.chart-table table tbody tr').count() > 5, 'the chart as a table');
  assert.ok(await page.locator('.source-list li').count() > 10, 'the sources');
  assert.match(await page.locator('noscript').first().textContent(), /still copy/);
  // The tables open without a script (<details>).
  await page.locator('.chart-table summary').click();
  assert.ok(await page.locator('.chart-table .chart-track:not([hidden]) table').isVisible());
});

/** Opens `url` in `context`, recording every console message and page error, and returns the
 * app's DOM (comments aside) as parsed and as it is once the app is live. */
async function hydrate(context, url) {
  await context.addInitScript(() => {
    // The chart's other track, drawn ahead once the page is idle, waits hidden: not part of
    // the view the build prerendered.
    const dom = () => {
      const app = document.getElementById('app').cloneNode(true);
      app.querySelectorAll('.chart-track[hidden]').forEach((c) => c.remove());
      return app.innerHTML.replace(/<!--[\s\S]*?-->/g, '');
    };
    document.addEventListener('DOMContentLoaded', () => { window.__parsed = dom(); window.__entries = history.length; });
    new MutationObserver((_, observer) => {
      if (document.documentElement.dataset.app !== 'live') return;
      observer.disconnect();
      // The effects of the first render have run; give any follow-up render a frame.
      requestAnimationFrame(() => setTimeout(() => { window.__live = dom(); }, 100));
    }).observe(document, { attributes: true, subtree: true, attributeFilter: ['data-app'] });
  });
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`page error: ${e}`));
  await page.goto(url);
  await page.waitForFunction(() => window.__live !== undefined);
  const [parsed, live] = await page.evaluate(() => [window.__parsed, window.__live]);
  return { page, messages, parsed, live };
}

test('what a reader does before the app is live survives hydration: the same nodes, tables left open', async (t) => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  t.after(() => context.close());
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => messages.push(`${m.type()}: ${m.text()}`));
  page.on('pageerror', (e) => messages.push(`page error: ${e}`));
  // The wasm waits until the reader has acted on the prerendered page.
  let release;
  const held = new Promise((r) => { release = r; });
  await page.route('**/csto-explorer-*_bg.wasm', async (route) => { await held; await route.continue(); });
  await page.goto(env.base + '/');
  await page.evaluate(() => {
    document.querySelector('.chart-table').open = true;
    document.querySelector('.tl-list').open = true;
    window.__kept = [...document.querySelectorAll('.tl-item, .chart svg, .chart-table table, .roster, .source-list li')];
  });
  release();
  await page.waitForSelector('html[data-app=live]');
  const after = await page.evaluate(() => ({
    open: [document.querySelector('.chart-table').open, document.querySelector('.tl-list').open],
    kept: window.__kept.length,
    replaced: window.__kept.filter((n) => !n.isConnected).length,
  }));
  assert.deepEqual(after.open, [true, true], 'the tables a reader opened stay open');
  assert.ok(after.kept > 100, `${after.kept} nodes watched`);
  assert.equal(after.replaced, 0, 'hydration takes over the nodes in place, it does not replace them');
  assert.deepEqual(messages, []);
  // And it is live.
  await page.locator('#tl-uzb-suspended').click();
  await page.waitForSelector('#detail[data-record=uzb-suspended]');
});

test('hydrating the page as served rewrites nothing around the app: <html>, the title and the header stay as they are', async (t) => {
  // Writing <html lang> again, even the same value, made the browser style the whole page a
  // second time in the middle of hydration.
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.addInitScript(() => {
    window.__written = [];
    // The header is written by the parser until the page has loaded; the app starts after.
    let loaded = false;
    addEventListener('load', () => { loaded = true; });
    const around = (node) => node.nodeType === 1 ? node.closest?.('head > title, .site-header, #skip-link') : node.parentElement?.closest('head > title, .site-header, #skip-link');
    new MutationObserver((records) => {
      for (const r of records) {
        if (r.type === 'attributes' && r.target === document.documentElement) window.__written.push(`<html ${r.attributeName}>`);
        else if (r.type !== 'attributes' && loaded && around(r.target)) window.__written.push(`${r.type} in ${around(r.target).nodeName.toLowerCase()}`);
      }
    }).observe(document, { attributes: true, subtree: true, childList: true, characterData: true });
  });
  await page.goto(env.base + '/');
  await page.waitForSelector('html[data-app=live]');
  assert.deepEqual(await page.evaluate(() => window.__written), ['<html data-app>']);
});

for (const [name, url] of [['the page', () => `${env.base}/`], ['the embed page', () => `${env.base}/embed.html?embed=1`], ['the offline copy', () => `file://${OFFLINE}`]]) {
  test(`${name}: hydration takes over the prerendered DOM unchanged, with no console message`, async (t) => {
    const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
    t.after(() => context.close());
    const { page, messages, parsed, live } = await hydrate(context, url());
    assert.deepEqual(messages, []);
    assert.ok(parsed.length > 50_000, `prerendered (${parsed.length} characters)`);
    if (name === 'the offline copy') {
      // A copy opened from a file offers no embed code and no offline copy of itself: once
      // hydrated, the app drops those two.
      assert.equal(await page.$('[data-download=offline]'), null);
    } else {
      assert.equal(live, parsed, 'the live DOM is the prerendered one');
    }
    // And it is live: a record opens from the timeline.
    await page.locator('#tl-uzb-suspended').click();
    await page.waitForSelector('#detail[data-record=uzb-suspended]');
  });
}

test('a link to another view and a reader in Russian get their view after hydration, with no new history entry', async (t) => {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'en-US' });
  t.after(() => context.close());
  const { page, messages } = await hydrate(context, `${env.base}/?item=uzb-suspended&track=bilateral`);
  await page.waitForSelector('#detail[data-record=uzb-suspended]');
  assert.equal(await page.locator('button[data-track=bilateral]').getAttribute('aria-pressed'), 'true');
  assert.equal(new URL(page.url()).search, '?item=uzb-suspended&track=bilateral');
  assert.equal(await page.evaluate(() => history.length - window.__entries), 0);
  assert.deepEqual(messages, []);

  const russian = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'ru-RU' });
  t.after(() => russian.close());
  const ru = await hydrate(russian, `${env.base}/`);
  await ru.page.waitForSelector('html[lang=ru]');
  await ru.page.waitForFunction(() => document.querySelector('#timeline-title').textContent.includes('1992'));
  assert.match(await ru.page.locator('#timeline-title').textContent(), /[А-Яа-я]/);
  assert.equal(new URL(ru.page.url()).search, '', 'the address stays as it was');
  assert.equal(await ru.page.evaluate(() => history.length - window.__entries), 0);
  assert.deepEqual(ru.messages, []);
});

test('a tap on a period at 1.5 s, before the page is live, opens that record once it is live, exactly once (phone profile)', async (t) => {
  const context = await env.browser.newContext({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, locale: 'en-US' });
  t.after(() => context.close());
  const page = await context.newPage();
  const messages = [];
  page.on('console', (m) => m.type() === 'error' && messages.push(m.text()));
  page.on('pageerror', (e) => messages.push(`page error: ${e}`));
  // Lighthouse's mobile profile: 150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up, CPU 4× slower.
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: 150, downloadThroughput: 1.6e6 / 8, uploadThroughput: 750e3 / 8 });
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: 4 });
  // Every click that reaches the page's own handlers on the period (what the app would act on).
  await context.addInitScript(() => {
    window.__reached = 0;
    addEventListener('click', (e) => { if (e.target.closest?.('[data-id="uzb-suspended"]')) window.__reached += 1; });
  });
  await page.goto(env.base + '/', { waitUntil: 'commit' });
  const period = page.locator('#tl-uzb-suspended');
  await period.waitFor({ state: 'visible' });
  // At 1.5 s, once the page is painted, the reader scrolls to it and taps it.
  await page.waitForFunction(() => performance.now() >= 1500 && performance.getEntriesByName('first-contentful-paint').length > 0);
  await page.evaluate(() => document.getElementById('tl-uzb-suspended').scrollIntoView({ block: 'center' }));
  const box = await period.boundingBox();
  assert.notEqual(await page.evaluate(() => document.documentElement.getAttribute('data-app')), 'live', 'the tap comes before the page is live');
  await page.touchscreen.tap(box.x + Math.min(box.width / 2, 20), box.y + box.height / 2);
  // Held, with a visible and accessible sign, and not acted on yet.
  assert.equal(await period.getAttribute('aria-busy'), 'true');
  assert.equal(await page.evaluate(() => window.__reached), 0);
  await page.waitForSelector('html[data-app=live]', { timeout: 60000 });
  await page.waitForSelector('#detail[data-record=uzb-suspended]');
  await page.waitForFunction(() => new URLSearchParams(location.search).get('item') === 'uzb-suspended');
  assert.equal(await page.evaluate(() => window.__reached), 1, 'the app got the tap once');
  assert.equal(await period.getAttribute('aria-busy'), null);
  assert.deepEqual(messages, []);
});
