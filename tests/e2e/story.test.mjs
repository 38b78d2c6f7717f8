// Story mode driven as a class would drive it: a presentation clicker's keys (→, Space,
// Page Down, Page Up, ←, Home, End, Esc), a URL per chapter, predict-and-reveal hiding everything
// after the chapter's date on the timeline, chart, roster and map, and full screen.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addressSettled, open } from './support.mjs';

const progress = (page) => page.textContent('[data-testid=story-progress]');
async function press(page, key, chapter) {
  await page.keyboard.press(key);
  await page.waitForFunction((c) => new URL(location.href).searchParams.get('chapter') === c, chapter);
}

test('the clicker keys walk the chapters, each with its own address', async (t) => {
  const { page, problems } = await open(t);
  await page.click('[data-testid=story-open]');
  await page.waitForSelector('section.story[data-chapter=chapter-1992]');
  assert.equal(await progress(page), 'Chapter 1 of 10');
  assert.equal(await page.evaluate(() => document.activeElement.id), 'story-title', 'focus starts on the chapter');
  await addressSettled(page, 'chapter', 'chapter-1992');
  // A presentation clicker sends these with focus on the page.
  await page.evaluate(() => document.activeElement.blur());
  await press(page, 'ArrowRight', 'chapter-1994');
  await press(page, 'PageDown', 'chapter-1999');
  await press(page, 'Space', 'chapter-2002');
  await press(page, 'PageUp', 'chapter-1999');
  await press(page, 'ArrowLeft', 'chapter-1994');
  await press(page, 'End', 'chapter-now');
  assert.equal(await progress(page), 'Chapter 10 of 10');
  assert.equal(await page.isDisabled('[data-testid=story-next]'), true);
  await press(page, 'Home', 'chapter-1992');
  // The chapter's visual is the timeline at its span, with its records highlighted.
  assert.ok(await page.$('.slide-visual section.view[data-view=timeline] #tl-treaty-signed.is-highlighted'));
  // Back returns to the previous chapter: each chapter is a history entry.
  await page.click('[data-testid=story-next]');
  await page.waitForFunction(() => new URL(location.href).searchParams.get('chapter') === 'chapter-1994');
  await page.goBack();
  await page.waitForSelector('section.story[data-chapter=chapter-1992]');
  // Esc leaves the story.
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('Escape');
  await page.waitForSelector('[data-testid=story-open]');
  await addressSettled(page, 'chapter', null);
  assert.deepEqual(problems, []);
});

test('keys meant for the timeline stay with the timeline', async (t) => {
  const { page } = await open(t, { path: '/?chapter=chapter-1999' });
  await page.waitForSelector('section.story');
  await page.focus('#tl-treaty-in-force');
  await page.keyboard.press('ArrowRight');
  assert.ok(await page.$('section.story[data-chapter=chapter-1999]'), 'the arrow moved within the timeline');
  assert.notEqual(await page.evaluate(() => document.activeElement.id), 'tl-treaty-in-force');
});

test('predict and reveal hides what came after the chapter, and each step reveals more', async (t) => {
  const { page, problems } = await open(t, { path: '/?chapter=chapter-1999&reveal=1' });
  await page.waitForSelector('section.story[data-chapter=chapter-1999]');
  assert.equal(await page.getAttribute('[data-testid=story-reveal]', 'aria-pressed'), 'true');
  // Timeline: 1999 is there, 2002 and Uzbekistan's return are not; Armenia's membership runs
  // to the chapter's date without giving away its end.
  // April 1999's events sit days apart: at the chapter's zoom they gather in one cluster.
  await page.click('.tl-lane-org .tl-cluster');
  await page.waitForSelector('#tl-cluster-list [data-id=first-term-ends-1999]');
  const clusters = await page.$$eval('.tl-cluster', (c) => c.map((e) => e.getAttribute('aria-label')).join(' | '));
  assert.doesNotMatch(clusters, /200[2-9]/);
  assert.equal(await page.$('#tl-decision-2002'), null);
  assert.equal(await page.$('#tl-uzb-party-2'), null);
  assert.doesNotMatch(await page.getAttribute('#tl-arm-party', 'aria-label'), /2024/);
  // The Sochi chapter's visual is the chart: it reveals the 2013 pledge but not the 2017
  // deliveries.
  await page.goto(page.url().replace('chapter-1999', 'chapter-sochi'));
  await page.waitForSelector('section.story[data-chapter=chapter-sochi] .slide-visual section.view[data-view=chart]');
  assert.ok(await page.$('#mark-sochi-pledge.is-highlighted'));
  assert.equal(await page.$('#mark-arm-trucks-2017'), null);
  // Reveal off: everything is back.
  await page.click('[data-testid=story-reveal]');
  await page.waitForSelector('#mark-arm-trucks-2017');
  await addressSettled(page, 'reveal', null);
  // The last chapter's visual is the map on its date.
  await page.click('[data-testid=story-reveal]');
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('End');
  await page.waitForSelector('section.story[data-chapter=chapter-now] .slide-visual section.view[data-view=map]');
  assert.match(await page.textContent('#slide-map-title'), /29 Jan 2026/);
  assert.deepEqual(problems, []);
});

test('the story in Russian, and the full-screen button', async (t) => {
  const { page, problems } = await open(t, { path: '/?lang=ru&chapter=chapter-armenia' });
  await page.waitForSelector('section.story');
  assert.equal(await progress(page), 'Глава 9 из 10');
  assert.equal(await page.textContent('#story-title'), 'Армения замораживает участие');
  await page.click('[data-testid=story-fullscreen]');
  await page.waitForFunction(() => document.fullscreenElement?.id === 'story-slide');
  await page.click('[data-testid=story-fullscreen]');
  await page.waitForFunction(() => document.fullscreenElement === null);
  assert.deepEqual(problems, []);
});
