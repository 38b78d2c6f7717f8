// The classroom tools, as a teacher would use them: "what changed between two dates" gives
// exactly the sentences the data implies, in both languages, with the dates in the address and
// each sentence opening its record; Play steps the roster and Pause stops it; the projector
// mode has body text of at least 24 px, in light and dark, and lives in the address; the map
// colours each state by its status on the roster date and opens it from the keyboard.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressSettled, open } from './support.mjs';

const sentences = (page) => page.$$eval('[data-testid=changes] li', (items) => items.map((li) => li.textContent));

test('fixed dates give exactly the sentences the data implies, and the dates live in the address', async (t) => {
  const { page, problems } = await open(t, { path: '/?from=1999-01-01&to=2000-01-01' });
  assert.deepEqual(await sentences(page), [
    '21 Apr 1999: Azerbaijan was no longer a party to the treaty.',
    '21 Apr 1999: Georgia was no longer a party to the treaty.',
    '21 Apr 1999: Uzbekistan was no longer a party to the treaty.',
  ]);
  const text = await page.textContent('[data-testid=changes]');
  assert.match(text, /^On 1 Jan 1999: 9 members\./);
  assert.match(text, /On 1 Jan 2000: 6 members, 3 not a party\./);
  assert.match(text, /In between: 3 changes of status, 0 pledges and 0 reported deliveries\.$/);

  await page.fill('#changes-to', '2014-01-01');
  await page.dispatchEvent('#changes-to', 'change');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('to') === '2014-01-01');
  const more = await sentences(page);
  assert.equal(more.length, 7);
  assert.equal(more[3], '16 Aug 2006: Uzbekistan returned as a member. The date is that of signing; when it took effect is not recorded.');
  assert.equal(more[6], '23 Sep 2013: CSTO (collective) pledged aid: amount undisclosed.');
  assert.match(await page.textContent('[data-testid=announcer]'), /^In between: 5 changes of status, 2 pledges and 0 reported deliveries\.$/);

  await page.click('[data-testid=changes] button[data-record=uzb-suspended]');
  await page.waitForSelector('#detail');
  assert.equal(await page.getAttribute('#detail', 'data-record'), 'uzb-suspended');
  assert.deepEqual(problems, []);
});

test('the same span in Russian', async (t) => {
  const { page, problems } = await open(t, { path: '/?lang=ru&from=1999-01-01&to=2000-01-01' });
  assert.deepEqual(await sentences(page), [
    '21 апреля 1999 г. — Азербайджан: уже не участник договора.',
    '21 апреля 1999 г. — Грузия: уже не участник договора.',
    '21 апреля 1999 г. — Узбекистан: уже не участник договора.',
  ]);
  assert.match(await page.textContent('[data-testid=changes]'), /За это время: 3 изменения статуса, 0 обязательств и 0 сообщений о поставках\.$/);
  assert.deepEqual(problems, []);
});

test('Play steps the roster through the years to the last one; Pause stops it', async (t) => {
  // The page's clock is the test's: each step of a second and a half is a fast-forward, not a wait.
  const { page, problems } = await open(t, { path: '/?date=2023-12-31', beforeGoto: (p) => p.clock.install() });
  const play = '[data-testid=play-years]';
  const year = (y) => page.waitForFunction((y) => document.querySelector('#roster-year').value === y, y);
  await page.click(play);
  assert.match(await page.textContent(play), /Pause/);
  await year('2024');
  await page.clock.fastForward(1500);
  await year('2025');
  await page.clock.fastForward(1500);
  await year('2026');
  await page.waitForFunction((s) => /Play through the years/.test(document.querySelector(s).textContent), play);
  assert.equal(await page.inputValue('#roster-day'), '2026-03-11', 'ends on the as-of date');

  // From the last year it starts again in 1992; Pause holds the year through later ticks.
  await page.click(play);
  await year('1992');
  await page.clock.fastForward(1500);
  await year('1993');
  await page.click(play);
  await page.waitForFunction((s) => /Play through the years/.test(document.querySelector(s).textContent), play);
  await page.clock.fastForward(4500);
  assert.equal(await page.inputValue('#roster-year'), '1993');
  assert.deepEqual(problems, []);
});

test('projector mode: body text of 24 px or more, light or dark, in the address', async (t) => {
  const { page, problems } = await open(t, { width: 1920, height: 1080, path: '/?projector=1' });
  await page.waitForSelector('html.projector');
  assert.equal(await page.getAttribute('[data-testid=projector]', 'aria-pressed'), 'true');
  const sizes = await page.$$eval('main p, main li', (els) => els
    .filter((el) => el.offsetParent && !el.closest('.visually-hidden, figure svg, .tl-axis'))
    .map((el) => parseFloat(getComputedStyle(el).fontSize)));
  assert.ok(Math.min(...sizes) >= 24, `smallest body text ${Math.min(...sizes)} px`);
  const colours = () => page.evaluate(() => [getComputedStyle(document.body).color, getComputedStyle(document.querySelector('.panel')).backgroundColor]);
  assert.deepEqual(await colours(), ['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);
  await page.click('button[data-theme-choice=dark]');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('theme') === 'dark');
  assert.deepEqual(await colours(), ['rgb(255, 255, 255)', 'rgb(0, 0, 0)']);
  assert.equal(new URL(page.url()).searchParams.get('projector'), '1');
  await page.click('[data-testid=projector]');
  await page.waitForSelector('html:not(.projector)');
  await addressSettled(page, 'projector', null);
  assert.deepEqual(problems, []);
});

const mapState = (page, id) => page.$eval(`#map-${id}`, (el) => ({ fill: el.getAttribute('fill'), standing: [...el.classList].find((c) => c.startsWith('standing-')) }));

test('the map colours each state by its status on the roster date, and opens it from the keyboard', async (t) => {
  const { page, problems } = await open(t, { path: '/?date=1999-12-31' });
  assert.match(await page.textContent('#map-title'), /The region on 31 Dec 1999/);
  assert.deepEqual(await mapState(page, 'UZB'), { fill: 'url(#tl-not-party)', standing: 'standing-not-party' });
  assert.deepEqual(await mapState(page, 'ARM'), { fill: '#0072B2', standing: 'standing-member' });
  // Later years: Uzbekistan back (2010), then suspended (2013); Armenia frozen by 2025.
  for (const [year, uzb, arm] of [[2010, 'standing-member', 'standing-member'], [2013, 'standing-suspended', 'standing-member'], [2025, 'standing-suspended', 'standing-frozen']]) {
    await page.fill('#roster-day', `${year}-12-31`);
    await page.dispatchEvent('#roster-day', 'change');
    await page.waitForFunction((y) => document.querySelector('#map-title').textContent.includes(String(y)), year);
    assert.equal((await mapState(page, 'UZB')).standing, uzb, `${year} Uzbekistan`);
    assert.equal((await mapState(page, 'ARM')).standing, arm, `${year} Armenia`);
  }
  assert.equal(await page.getAttribute('#map-ARM', 'aria-label'), 'Armenia: Participation frozen (since 22 Feb 2024)');
  // Before anyone signed, a state is outlined only and not a button.
  await page.fill('#roster-day', '1992-02-01');
  await page.dispatchEvent('#roster-day', 'change');
  await page.waitForSelector('#map-BLR.standing-not-yet[aria-hidden=true]');
  await page.fill('#roster-day', '2025-12-31');
  await page.dispatchEvent('#roster-day', 'change');
  await page.waitForSelector('#map-ARM.standing-frozen');
  await page.focus('#map-ARM');
  await page.keyboard.press('Enter');
  await page.waitForSelector('#detail');
  assert.equal(await page.getAttribute('#detail', 'data-record'), 'arm-frozen');
  assert.equal(await page.getAttribute('#map-ARM', 'aria-pressed'), 'true');
  assert.equal(await page.getAttribute('.map-afghanistan', 'aria-hidden'), 'true', 'Afghanistan is drawn but is not a control');
  assert.equal(await page.textContent('.map-label-afghanistan'), 'Afghanistan');
  assert.ok(await page.$('.map-border'), 'the Tajik–Afghan border is drawn');
  assert.deepEqual(problems, []);
});
