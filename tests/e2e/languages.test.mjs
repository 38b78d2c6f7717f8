// Languages end to end: how the page picks its language (?lang=, else the browser's, else
// English), the switcher, the lang attributes screen readers follow, and a screenshot review of
// the Russian page for text that overflows or is clipped, at 360 px and 1280 px. The screenshots
// are kept in target/screenshots/ for a human look.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { addressSettled, open, root } from './support.mjs';

const SHOTS = join(root, 'target', 'screenshots');

test('a Russian browser gets the Russian page, with no parameter added', async (t) => {
  const { page, problems } = await open(t, { locale: 'ru-RU' });
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  assert.match(await page.textContent('h1'), /Кто вступил/);
  assert.match(await page.title(), /ОДКБ/);
  assert.match(await page.textContent('[data-testid=roster-headline]'), /^На 11 марта 2026 г\./);
  assert.equal(new URL(page.url()).search, '');
  assert.deepEqual(problems, []);
});

test('?lang= wins over the browser, and the switcher changes language in place', async (t) => {
  const { page, problems } = await open(t, { locale: 'en-US', path: '/?lang=ru' });
  assert.equal(await page.getAttribute('html', 'lang'), 'ru');
  await page.click('#tl-uzb-suspended');
  await page.waitForSelector('#detail');
  assert.match(await page.textContent('#detail-title'), /Узбекистан/);
  // The reader switches back to English: same record open, address updated, voice switched.
  await page.click('button[data-lang-choice=en]');
  await page.waitForSelector('html[lang=en]');
  assert.match(await page.textContent('#detail-title'), /Uzbekistan/);
  assert.match(await page.textContent('h1'), /Who joined/);
  // English is what this browser would choose anyway, so the address no longer names a language.
  await addressSettled(page, 'lang', null);
  assert.equal(await page.getAttribute('button[data-lang-choice=ru]', 'lang'), 'ru');
  assert.equal(await page.getAttribute('button[data-lang-choice=ru]', 'aria-pressed'), 'false');
  const live = await page.textContent('[data-testid=announcer]');
  assert.equal(live, 'Language: English.');
  assert.deepEqual(problems, []);
});

test('an unknown ?lang= falls back to the browser language, then English, without errors', async (t) => {
  for (const [path, locale, expected] of [['/?lang=xx', 'en-US', 'en'], ['/?lang=%3Cscript%3E', 'ru-RU', 'ru'], ['/?lang=', 'de-DE', 'en']]) {
    const { page, problems } = await open(t, { path, locale });
    assert.equal(await page.getAttribute('html', 'lang'), expected, path);
    assert.deepEqual(problems, [], path);
  }
});

test('if the Russian texts cannot be fetched, the page still works and says so', async (t) => {
  const { page, problems } = await open(t, {
    path: '/?lang=ru',
    beforeGoto: (p) => p.route('**/data/i18n/ru.json', (route) => route.fulfill({ status: 404, body: '' })),
  });
  // The interface's strings come in the same file: the page is in English, and says so in
  // Russian (a screen reader reads each in its own voice).
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.match(await page.textContent('main .warning[lang=ru]'), /показана на английском/);
  assert.match(await page.textContent('[data-testid=roster-headline]'), /^On 11 Mar 2026:/);
  assert.equal(await page.getAttribute('button[data-lang-choice=ru]', 'aria-pressed'), 'true', 'the choice stays Russian: a reload tries again');
  // The failed fetch is logged once; nothing else goes wrong.
  assert.equal(problems.filter((p) => !p.includes('404') && !p.includes('i18n/ru.json')).length, 0, problems.join('\n'));
});

/** Text that sticks out of its box, or out of the page, outside the drawings' own windows (the
 * timeline's window on its dates clips what is panned out of it, by design). */
async function overflowingText(page) {
  return page.evaluate(() => {
    const width = document.documentElement.clientWidth;
    const bad = [];
    const scrollers = '.tl-view, .chart-scroll, .table-scroll';
    for (const el of document.querySelectorAll('body *')) {
      if (el.closest(scrollers) || el.closest('.visually-hidden') || el.closest('svg')) continue;
      const style = getComputedStyle(el);
      if (style.display === 'none' || style.visibility === 'hidden') continue;
      const hasText = [...el.childNodes].some((n) => n.nodeType === 3 && n.textContent.trim());
      if (!hasText) continue;
      const box = el.getBoundingClientRect();
      if (box.width === 0) continue;
      const clips = ['hidden', 'clip'].includes(style.overflowX) || ['hidden', 'clip'].includes(style.overflowY);
      if (clips && (el.scrollWidth > el.clientWidth + 1 || el.scrollHeight > el.clientHeight + 1)) {
        bad.push(`${el.tagName.toLowerCase()}.${el.className} clips "${el.textContent.trim().slice(0, 40)}"`);
      }
      if (box.right > width + 1 || box.left < -1) {
        bad.push(`${el.tagName.toLowerCase()}.${el.className} leaves the page: "${el.textContent.trim().slice(0, 40)}"`);
      }
    }
    return bad;
  });
}

for (const width of [360, 1280]) {
  test(`the Russian page at ${width} px: no overflowing or clipped text (screenshot kept)`, async (t) => {
    const { page, problems } = await open(t, { width, height: 900, path: '/?lang=ru' });
    await page.click('.chart-table summary');
    await page.click('.tl-list summary');
    await page.click('#tl-uzb-suspended');
    await page.waitForSelector('#detail');
    const bad = await overflowingText(page);
    assert.deepEqual(bad, []);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    assert.ok(overflow <= 0, `page overflows by ${overflow}px`);
    mkdirSync(SHOTS, { recursive: true });
    await page.screenshot({ path: join(SHOTS, `ru-${width}.png`), fullPage: true });
    assert.deepEqual(problems, []);
  });
}
