// The view lives in the address: a link with state opens that exact view; reading, picking and
// switching update the address; Back and Forward move between views; bad values fall back to
// the defaults with a console warning and nothing else.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { join, resolve } from 'node:path';
import { addressSettled, env, embedSettled, open, openElsewhere, root } from './support.mjs';

const params = (page) => Object.fromEntries(new URL(page.url()).searchParams);

test('a link with state opens exactly that view', async (t) => {
  const { page, problems } = await open(t, {
    path: '/?item=uzb-suspended&date=1999-12-31&track=bilateral&theme=dark&lang=ru',
  });
  await page.waitForSelector('#detail');
  assert.equal(await page.getAttribute('#detail', 'data-record'), 'uzb-suspended');
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  assert.equal(await page.getAttribute('html', 'data-theme'), 'dark');
  assert.equal(await page.getAttribute('.chart', 'data-track'), 'bilateral');
  assert.match(await page.textContent('[data-testid=roster-headline]'), /^На 31 декабря 1999 г\.: 6 членов/);
  assert.equal(await page.inputValue('#roster-day'), '1999-12-31');
  assert.deepEqual(params(page), { item: 'uzb-suspended', date: '1999-12-31', track: 'bilateral', theme: 'dark', lang: 'ru' });
  assert.deepEqual(problems, []);
});

test('choices go into the address, and Back and Forward move between views', async (t) => {
  const { page, problems } = await open(t);
  assert.equal(new URL(page.url()).search, '', 'the default view needs no parameters');
  await page.click('#tl-treaty-in-force');
  await page.waitForSelector('#detail');
  await addressSettled(page, 'item', 'treaty-in-force');
  await page.click('button[data-track=bilateral]');
  await page.waitForSelector('.chart[data-track=bilateral]');
  await addressSettled(page, 'track', 'bilateral');
  // A date replaces the current entry rather than adding one per step.
  await page.fill('#roster-day', '2005-06-01');
  await page.dispatchEvent('#roster-day', 'change');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('date') === '2005-06-01');
  await page.goBack();
  await page.waitForSelector('.chart[data-track=collective]');
  assert.equal(params(page).track, undefined);
  assert.equal(await page.getAttribute('#detail', 'data-record'), 'treaty-in-force');
  await page.goBack();
  await page.waitForSelector('#detail', { state: 'detached' });
  assert.equal(new URL(page.url()).search, '');
  await page.goForward();
  await page.waitForSelector('#detail');
  assert.equal(await page.getAttribute('#detail', 'data-record'), 'treaty-in-force');
  assert.deepEqual(problems, []);
});

test('unknown or malformed values fall back to the defaults, with a console warning only', async (t) => {
  const warnings = [];
  const { page, problems } = await open(t, {
    path: '/?item=%3Cscript%3E&date=1999-02-31&track=sideways&theme=pink&lang=xx&zoom=3&item2',
    beforeGoto: (p) => p.on('console', (m) => m.type() === 'warning' && warnings.push(m.text())),
  });
  assert.equal(await page.$('#detail'), null);
  assert.equal(await page.getAttribute('.chart', 'data-track'), 'collective');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('[data-testid=roster-headline]'), /^On 11 Mar 2026/);
  // One warning per dropped value (Chromium adds its own about preload integrity: not ours).
  const ours = warnings.filter((w) => w.startsWith('CSTO explorer address:'));
  assert.equal(ours.length, 6, warnings.join('\n'));
  // The address is cleaned up to the view actually shown.
  await page.waitForFunction(() => location.search === '');
  assert.deepEqual(problems, []);

  const second = await open(t, { path: '/?item=no-such-record&date=1950-01-01' });
  assert.equal(await second.page.$('#detail'), null);
  assert.deepEqual(second.problems, []);
});

test('inside an iframe on another origin, the same address gives the same view', async (t) => {
  const src = `${env.base}/?item=arm-frozen&track=bilateral&lang=ru`;
  const { page } = await openElsewhere(t, {
    files: { 'index.html': `<!DOCTYPE html><html lang="en"><title>Host article</title>
      <h1>An article</h1><iframe title="CSTO explorer" src="${src}" width="900" height="1200"></iframe>` },
  });
  const frame = page.frameLocator('iframe');
  await frame.locator('#detail').waitFor();
  assert.equal(await frame.locator('#detail').getAttribute('data-record'), 'arm-frozen');
  assert.equal(await frame.locator('.chart').getAttribute('data-track'), 'bilateral');
  assert.equal(await frame.locator('html').getAttribute('lang'), 'ru');
});

test('in-page links (skip link, section links) keep the view in the address', async (t) => {
  const { page, problems } = await open(t, { path: '/?item=uzb-suspended&track=bilateral' });
  await page.waitForSelector('#detail');
  await page.focus('#skip-link');
  await page.keyboard.press('Enter');
  await page.click('a[href="#sources-title"]');
  const url = new URL(page.url());
  assert.equal(url.searchParams.get('item'), 'uzb-suspended');
  assert.equal(url.hash, '#sources-title');
  assert.equal(await page.getAttribute('#detail', 'data-record'), 'uzb-suspended', 'no reload');
  assert.deepEqual(problems, []);
});

test('the built site works from a sub-path', async (t) => {
  const failed = [];
  const { page, problems } = await openElsewhere(t, {
    links: { 'graphics/csto': resolve(process.env.DIST_DIR ?? join(root, 'dist')) },
    path: '/graphics/csto/?lang=ru&item=arm-frozen',
    width: 1280,
    beforeGoto: (p) => p.on('response', (r) => r.status() >= 400 && failed.push(`${r.status()} ${r.url()}`)),
  });
  await page.waitForSelector('#detail');
  await page.waitForSelector('.chart svg text');
  assert.match(await page.textContent('#detail-title'), /Армени/);
  assert.deepEqual(failed, []);
  assert.deepEqual(problems, []);
});

test('embedded in an article on another origin, the iframe takes and follows its content height', async (t) => {
  const { page } = await openElsewhere(t, {
    width: 700,
    files: { 'index.html': `<!DOCTYPE html><html lang="en"><title>Article</title>
      <p>Some text before.</p>
      <iframe title="CSTO explorer" src="${env.base}/?embed=1&track=collective" loading="lazy"
        style="width:100%;border:0" height="300" data-csto-explorer></iframe>
      <p>Some text after.</p>
      <script src="${env.base}/embed.js"></script>` },
  });
  const frame = page.frameLocator('iframe');
  await frame.locator('.chart svg text').first().waitFor();
  const contentHeight = () => frame.locator('body').evaluate((b) => Math.ceil(b.getBoundingClientRect().height));
  const frameHeight = () => page.locator('iframe').evaluate((f) => f.getBoundingClientRect().height);
  // The host has caught up with the frame's messages: its height is the content's.
  const follows = async () => {
    await embedSettled(page);
    const [c, f] = [await contentHeight(), await frameHeight()];
    assert.ok(Math.abs(c - f) <= 1, `iframe ${f} px, content ${c} px`);
    return c;
  };
  const first = await follows();
  assert.ok(first > 300, 'grew from its default height');
  // The page chrome is gone; the way to the full explorer stays.
  assert.equal(await frame.locator('.site-header .dek').isVisible(), false);
  assert.equal(await frame.locator('.site-footer').isVisible(), false);
  assert.match(await frame.locator('.embed-bar a').getAttribute('href'), /^\.\/(\?|$)/);
  // A view change inside the iframe changes the content height: the iframe follows.
  await frame.locator('button[data-track=bilateral]').click();
  await frame.locator('.chart-table summary').click();
  const second = await follows();
  assert.notEqual(second, first);
});
