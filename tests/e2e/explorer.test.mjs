// End-to-end tests against the release build (dist/), served on 127.0.0.1 and driven in
// headless Chromium the way a reader would: keyboard paths, clicks, no console errors and no
// request to any other origin. Run with: node --test tests/e2e/ (after `trunk build --release`).
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { env, open } from './support.mjs';

test('loads with no console error and no request to another origin', async (t) => {
  const { page, problems, foreign } = await open(t);
  await page.waitForLoadState('networkidle');
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
  assert.equal(await page.title(), "The CSTO explorer: membership 1992 to today and aid for Tajikistan's border");
});

test('shows all nine states', async (t) => {
  const { page } = await open(t);
  const lanes = await page.$$eval('.tl-lane[aria-label]', (els) => els.map((e) => e.getAttribute('aria-label')));
  for (const name of ['Armenia', 'Azerbaijan', 'Belarus', 'Georgia', 'Kazakhstan', 'Kyrgyzstan', 'Russia', 'Tajikistan', 'Uzbekistan']) {
    assert.ok(lanes.includes(name), `${name} has a lane`);
  }
});

test('selects an event with the keyboard alone and shows its source link', async (t) => {
  const { page } = await open(t);
  // Tab from the top of the page until focus enters the timeline.
  let onItem = false;
  for (let i = 0; i < 30 && !onItem; i++) {
    await page.keyboard.press('Tab');
    onItem = await page.evaluate(() => document.activeElement?.classList.contains('tl-item') ?? false);
  }
  assert.ok(onItem, 'Tab reaches the timeline');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tl-treaty-signed');
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tl-un-registration-1995');
  // The focused item is visibly outlined.
  const outline = await page.evaluate(() => getComputedStyle(document.activeElement).outlineStyle);
  assert.notEqual(outline, 'none');
  await page.keyboard.press('Enter');
  const panel = page.locator('#detail');
  await panel.waitFor();
  assert.match(await panel.textContent(), /registered with the UN Secretariat/);
  const href = await panel.locator('.detail-sources a').first().getAttribute('href');
  assert.equal(href, 'http://www.odkb.gov.ru/a/aengl.htm');
  assert.match(await page.locator('[data-testid=announcer]').textContent(), /^Selected: Treaty registered/);
  await page.keyboard.press('Escape');
  await panel.waitFor({ state: 'detached' });
  assert.equal(await page.evaluate(() => document.activeElement.id), 'tl-un-registration-1995');
});

test("switches the chart's track", async (t) => {
  const { page } = await open(t);
  const figure = page.locator('.chart');
  assert.equal(await figure.getAttribute('data-track'), 'collective');
  await page.locator('button[data-track=bilateral]').focus();
  await page.keyboard.press('Enter');
  await page.waitForSelector('.chart[data-track=bilateral]');
  assert.equal(await page.locator('button[data-track=bilateral]').getAttribute('aria-pressed'), 'true');
  assert.match(await figure.locator('.chart-track:not([hidden]) svg').textContent(), /Russia/);
  assert.match(await figure.locator('.chart-track:not([hidden]) table').textContent(), /USD 122 million/);
  // The other track waits in the page, drawn and hidden (out of the tab order and the
  // accessibility tree), so switching back parses no SVG.
  assert.equal(await figure.locator('.chart-track[hidden] svg[aria-labelledby^=chart-collective]').count(), 1);
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Enter');
  await page.waitForSelector('.chart[data-track=collective]');
  assert.match(await figure.locator('.chart-track:not([hidden]) svg').getAttribute('aria-labelledby'), /^chart-collective/);
});

test('hovering a chart mark shows its record and source', async (t) => {
  const { page } = await open(t);
  const mark = page.locator('#mark-blr-pledge-2014');
  await mark.scrollIntoViewIfNeeded();
  const box = await mark.boundingBox();
  await page.mouse.move(box.x + box.width / 2 + 2, box.y + box.height / 2 - 1);
  const tip = page.locator('.chart-tip');
  await tip.waitFor();
  assert.match(await tip.textContent(), /Belarus, pledged 27 Mar 2014, for the Border Troops: USD 3 million\..*Source: CIS Executive Committee/);
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  await page.locator('#detail').waitFor();
  assert.match(await page.locator('#detail').textContent(), /Belarus pledges USD 3 million/);
});

test('picking a year changes the roster', async (t) => {
  const { page } = await open(t);
  const headline = page.locator('[data-testid=roster-headline]');
  assert.match(await headline.textContent(), /6 members \(1 with participation frozen\), 1 suspended, 2 not a party/);
  await page.locator('#roster-year').focus();
  await page.keyboard.press('Home');
  assert.equal(await headline.textContent(), 'On 31 Dec 1992: 6 signatories, treaty not yet in force, 3 not yet signed.');
  for (let i = 0; i < 7; i++) await page.keyboard.press('ArrowRight');
  assert.equal(await headline.textContent(), 'On 31 Dec 1999: 6 members, 3 not a party.');
  assert.equal(await page.locator('#roster-year').getAttribute('aria-valuetext'), '31 Dec 1999');
  // An exact day can be typed: the day after Uzbekistan's suspension took effect.
  await page.locator('#roster-day').fill('2012-12-20');
  assert.equal(await headline.textContent(), 'On 20 Dec 2012: 6 members, 1 suspended, 2 not a party.');
  await page.locator('#roster-day').fill('2012-12-18');
  assert.equal(await headline.textContent(), 'On 18 Dec 2012: 7 members, 2 not a party.');
  // A click on the axis picks an exact day.
  const axis = page.locator('.tl-axis');
  const box = await axis.boundingBox();
  await axis.click({ position: { x: box.width * 0.62, y: box.height / 2 } });
  // 62% of the way from 1 Jan 1992 to 1 Jan 2027 is in 2013.
  assert.match(await headline.textContent(), /^On \d+ \w+ 2013: 6 members, 1 suspended, 2 not a party\.$/);
});

test('works on a phone-sized screen with touch', async (t) => {
  const context = await env.browser.newContext({ viewport: { width: 360, height: 740 }, hasTouch: true, isMobile: true });
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(env.base + '/');
  await page.waitForSelector('html[data-app=live]');
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  assert.ok(overflow <= 0, `the page itself does not scroll sideways (${overflow}px)`);
  await page.locator('#tl-uzb-suspended').scrollIntoViewIfNeeded();
  await page.locator('#tl-uzb-suspended').tap();
  await page.locator('#detail[data-record=uzb-suspended]').waitFor();
  const panel = await page.locator('#detail').boundingBox();
  assert.ok(panel.width <= 360 && panel.x >= 0, 'the detail sheet fits the screen');
});

test('a panic shows an accessible error, never a blank page', async (t) => {
  const { page } = await open(t);
  await page.evaluate(() => {
    try {
      window.wasmBindings.forcePanicForTesting();
    } catch (_) {
      // The panic aborts the wasm call; the page must still show the error screen.
    }
  });
  const alert = page.locator('[role=alert]');
  await alert.waitFor();
  assert.match(await alert.textContent(), /Something went wrong/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'app-error-title');
  assert.ok(await page.locator('[role=alert] a[href=""]').count(), 'a reload link');
});

test('runs under a Content-Security-Policy without unsafe-inline scripts, with no violation', async (t) => {
  const { page, problems, foreign } = await open(t);
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  const scripts = policy.split(';').map((d) => d.trim()).find((d) => d.startsWith('script-src'));
  assert.ok(!scripts.includes('unsafe-inline') && !scripts.includes("'unsafe-eval'"), scripts);
  assert.match(scripts, /'wasm-unsafe-eval'/);
  // Exercise what loads or injects anything: a record, the chart, another language's texts.
  await page.click('#tl-uzb-suspended');
  await page.click('button[data-track=bilateral]');
  await page.click('button[data-lang-choice=ru]');
  await page.waitForSelector('html[lang=ru]');
  await page.waitForFunction(() => document.querySelector('#detail-title')?.textContent.includes('Узбекистан'));
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
});

test('a stated amount stands with its source\'s own words, and "Cite this" lists what changed in this version', async (t) => {
  const { page, problems } = await open(t, { path: '/?item=rus-plan-2015&track=bilateral' });
  await page.waitForSelector('html[data-app=live]');
  // The detail panel: the value, then the source's words in their language.
  const words = await page.waitForSelector('#detail .source-words q[lang=ru]');
  assert.equal(await words.textContent(), 'военно-техническую помощь в размере около 70 млрд рублей');
  assert.match(await page.textContent('#detail .detail-facts'), /Valueabout RUB 70 billion/);
  // The chart's tooltip and its table carry the words too.
  await page.focus('.chart-track:not([hidden]) #mark-rus-plan-2015');
  assert.match(await page.textContent('.chart-track:not([hidden]) .chart-tip'), /In the source's words: “военно-техническую помощь в размере около 70 млрд рублей”/);
  await page.click('.chart-table summary');
  assert.equal(await page.textContent('.chart-table .chart-track:not([hidden]) tr[data-id=rus-plan-2015] q[lang=ru]'), 'военно-техническую помощь в размере около 70 млрд рублей');
  // An ended period names its last day.
  await page.goto(page.url().replace(/item=[^&]+/, 'item=aze-party'));
  await page.waitForSelector('#detail[data-record=aze-party]');
  assert.match(await page.textContent('#detail .detail-dates'), /Until21 Apr 1999 \(last day 20 Apr 1999\)/);
  // What changed in 1.2.0, each record opening its detail.
  assert.equal(await page.textContent('#changelog-title'), 'What changed in version 1.2.0');
  const change = '#change-change-1-2-0-36';
  assert.match(await page.textContent('.changelog-corrections summary'), /^36 corrections/);
  await page.click('.changelog-corrections summary');
  assert.match(await page.textContent(change), /six months' written notice/);
  await page.click(`${change} button`);
  await page.waitForSelector('#detail[data-record=uzb-suspended]');
  assert.match(await page.textContent('.changelog-addresses summary'), /Web addresses found for 35 sources/);
  assert.deepEqual(problems, []);
});
