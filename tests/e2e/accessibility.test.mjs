// Accessibility audit: axe-core (WCAG 2 A/AA, 2.1 AA, 2.2 AA and best practice) reports no
// violation in a matrix of representative states: every state once, each on one of the six
// profiles (desktop light, desktop dark, phone; English, Russian) in turn, and the first view and
// an open record on all six. To audit a new view, add an entry to STATES: a name and the steps
// that bring the page there; a new language goes into LANGUAGES.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { audit, open, root } from './support.mjs';


// A real subset of the bundled data, loaded as a reader's own dataset.
const OWN_DATA = readFileSync(join(root, 'tests/fixtures/custom/valid.json'), 'utf8');

const STATES = [
  { name: 'first view', steps: async () => {} },
  { name: 'timeline item selected, detail panel open', steps: async (page) => {
    await page.click('#tl-uzb-suspended');
    await page.waitForSelector('#detail');
  } },
  { name: 'event with conflicting sources open', steps: async (page) => {
    // From the keyboard: on a phone 1994 is outside the first window, and focus brings it in.
    await page.focus('#tl-treaty-in-force');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail .conflict');
  } },
  { name: 'chart on the bilateral track, table open, mark focused', steps: async (page) => {
    await page.click('button[data-track=bilateral]');
    await page.waitForSelector('.chart[data-track=bilateral]');
    await page.click('.chart-table summary');
    await page.focus('#mark-rus-brdm-2021');
  } },
  { name: 'chart mark opened from the collective track', steps: async (page) => {
    await page.focus('#mark-sochi-pledge');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail');
  } },
  { name: 'roster at a chosen date (1999)', steps: async (page) => {
    await page.focus('#roster-year');
    await page.keyboard.press('Home');
    for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  } },
  { name: 'timeline as a list, open', steps: async (page) => {
    await page.click('.tl-list summary');
  } },
  { name: 'theme picked by hand: dark', steps: async (page) => {
    await page.click('button[data-theme-choice=dark]');
    await page.waitForSelector('html[data-theme=dark]');
  } },
  { name: 'embedded layout (?embed=1)', steps: async (page) => {
    const url = new URL(page.url());
    url.searchParams.set('embed', '1');
    await page.goto(url.href);
    await page.waitForSelector('.embed-bar');
    await page.waitForSelector('.chart svg text');
  } },
  { name: 'share panel after a copy, embed dialog open with view sync', steps: async (page) => {
    await page.click('.share-link button:not([aria-haspopup])');
    await page.waitForSelector('[data-testid=share-status]:not(:empty)');
    await page.click('button[aria-haspopup=dialog]');
    await page.waitForSelector('dialog#embed-dialog[open]');
    await page.check('dialog#embed-dialog input[type=checkbox]');
  } },
  { name: 'projector mode (light)', steps: async (page) => {
    await page.click('[data-testid=projector]');
    await page.waitForSelector('html.projector');
  } },
  { name: 'projector mode, dark theme, playing the years', steps: async (page) => {
    await page.click('[data-testid=projector]');
    await page.click('button[data-theme-choice=dark]');
    await page.waitForSelector('html.projector[data-theme=dark]');
    await page.click('[data-testid=play-years]');
  } },
  { name: 'map: a state focused and opened from the keyboard', steps: async (page) => {
    await page.focus('#map-ARM');
    await page.keyboard.press('Enter');
    await page.waitForSelector('#detail');
  } },
  { name: 'story mode: a chapter with predict-and-reveal', steps: async (page) => {
    await page.click('[data-testid=story-open]');
    await page.waitForSelector('section.story');
    await page.click('[data-testid=story-next]');
    await page.click('[data-testid=story-reveal]');
    await page.waitForSelector('[data-testid=story-reveal][aria-pressed=true]');
  } },
  { name: 'own data: a file with problems, listed', steps: async (page) => {
    await page.setInputFiles('#own-data-file', { name: 'broken.json', mimeType: 'application/json',
      buffer: Buffer.from(OWN_DATA.replace('"name": "Tajikistan"', '"name": ""').replace('"schema_version": 1', '"schema_version": 2')) });
    await page.waitForSelector('[data-testid=own-data-errors]');
  } },
  { name: 'own data: a valid file drawn', steps: async (page) => {
    await page.setInputFiles('#own-data-file', { name: 'mine.json', mimeType: 'application/json', buffer: Buffer.from(OWN_DATA) });
    await page.waitForSelector('[data-testid=own-data-banner]');
    await page.waitForSelector('.chart svg text');
  } },
  { name: 'own data: another site asking before it loads', steps: async (page) => {
    const url = new URL(page.url());
    url.searchParams.set('data', 'https://data.example.org/alliance.json');
    await page.goto(url.href);
    await page.waitForSelector('.own-data-ask');
  } },
  { name: 'roster after the as-of date', steps: async (page) => {
    const axis = page.locator('.tl-axis');
    const box = await axis.boundingBox();
    await axis.click({ position: { x: box.width * 0.985, y: box.height / 2 } });
    await page.waitForSelector('.roster .warning');
  } },
];

const VIEWPORTS = [
  { label: 'desktop, light', width: 1280, height: 900, colorScheme: 'light' },
  { label: 'desktop, dark', width: 1280, height: 900, colorScheme: 'dark' },
  { label: 'phone', width: 360, height: 740, colorScheme: 'light' },
];

// …in every language the reader can switch to.
const LANGUAGES = ['en', 'ru'];

const PROFILES = LANGUAGES.flatMap((lang) => VIEWPORTS.map((viewport) => ({ lang, viewport })));
// The states every profile sees: the page as it opens, and a record open over it.
const EVERYWHERE = ['first view', 'timeline item selected, detail panel open'];
const MATRIX = STATES.flatMap((state, i) =>
  (EVERYWHERE.includes(state.name) ? PROFILES : [PROFILES[i % PROFILES.length]]).map((profile) => ({ state, ...profile })));

for (const { state, viewport, lang } of MATRIX) {
  test(`axe: ${state.name} (${viewport.label}, ${lang})`, async (t) => {
    const { page } = await open(t, { ...viewport, path: `/?lang=${lang}` });
    assert.equal(await page.getAttribute('html', 'lang'), lang);
    await state.steps(page);
    const violations = await audit(page);
    assert.deepEqual(violations, [], JSON.stringify(violations, null, 2));
  });
}

test('the audit matrix covers every state, every profile, and stays about thirty loads', () => {
  assert.deepEqual(new Set(MATRIX.map((m) => m.state.name)).size, STATES.length);
  for (const { lang, viewport } of PROFILES) {
    assert.ok(MATRIX.filter((m) => m.lang === lang && m.viewport === viewport).length >= 3, `${viewport.label}, ${lang}`);
  }
  assert.ok(MATRIX.length <= 32, `${MATRIX.length} loads`);
});

test('keyboard alone reaches every kind of control, with focus visible, and leaves the page', async (t) => {
  const { page } = await open(t, { width: 1280, height: 900 });
  const seen = [];
  let left = false;
  for (let i = 0; i < 400 && !left; i++) {
    await page.keyboard.press('Tab');
    const info = await page.evaluate(() => {
      const el = document.activeElement;
      if (!el || el === document.body) return null;
      const style = getComputedStyle(el);
      return {
        tag: el.tagName.toLowerCase(),
        id: el.id,
        // An SVG element's className is an object; its class attribute is the text.
        cls: el.getAttribute('class') || '',
        visible: style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) >= 2,
      };
    });
    if (info === null) left = true;
    else seen.push(info);
  }
  assert.ok(left, 'Tab eventually leaves the page: there is no keyboard trap');
  assert.equal(seen[0].cls, 'skip-link', 'the skip link comes first');
  const reached = (pred, what) => assert.ok(seen.some(pred), `Tab reaches ${what}`);
  reached((e) => e.cls.includes('tl-item'), 'the timeline');
  reached((e) => e.id === 'roster-year', 'the date slider');
  reached((e) => e.cls.includes('segment'), 'the track, language and theme switches');
  reached((e) => e.cls.includes('hotspot'), 'the chart marks');
  reached((e) => e.cls.includes('map-state'), 'the states on the map');
  reached((e) => e.tag === 'summary', 'the list and table toggles');
  reached((e) => e.tag === 'a' && e.cls === '', 'the source links');
  assert.equal(seen.filter((e) => e.cls.includes('tl-item')).length, 1, 'the timeline is one tab stop');
  const hidden = seen.filter((e) => !e.visible);
  assert.deepEqual(hidden, [], 'every focused control shows a visible focus ring');
  // Shift+Tab walks back.
  await page.keyboard.press('Shift+Tab');
  assert.ok(await page.evaluate(() => document.activeElement !== document.body));
});

test('reflows at 320 px (400 % zoom of 1280 px) without sideways page scrolling', async (t) => {
  const { page } = await open(t, { width: 320, height: 640 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `page overflows by ${overflow}px`);
  // The drawings fit: the timeline zooms and pans instead of scrolling, the chart is drawn for
  // the width it has.
  for (const sel of ['.timeline', '.chart-scroll']) {
    const box = await page.locator(sel).boundingBox();
    assert.ok(box.x >= 0 && box.x + box.width <= 320, `${sel} fits the screen`);
    assert.ok(await page.locator(sel).evaluate((e) => e.scrollWidth <= e.clientWidth + 1), `${sel} does not scroll sideways`);
  }
});

test('reduced motion: nothing animates', async (t) => {
  const { page } = await open(t, { reducedMotion: 'reduce' });
  const animated = await page.evaluate(() =>
    [...document.querySelectorAll('*')].filter((el) => {
      const s = getComputedStyle(el);
      return (s.animationName !== 'none' && parseFloat(s.animationDuration) > 0) || parseFloat(s.transitionDuration) > 0;
    }).length);
  assert.equal(animated, 0);
});
