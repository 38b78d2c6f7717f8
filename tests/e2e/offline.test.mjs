// The offline copy, opened the way a teacher would from a USB stick: one HTML file over
// file://, with the network cut. Timeline, chart and map render, Russian works (its texts are
// inside the file), the data downloads come out of the file, a reader's own dataset is checked
// by the worker the file carries, and the page asks for nothing but the file itself.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { addressSettled, env, root, watchedPage } from './support.mjs';

const DIST = process.env.DIST_DIR ?? join(root, 'dist');
const FILE = join(DIST, 'csto-explorer-offline.html');

/** Opens the offline copy over file:// with the network off; records every request. */
async function openOffline(t) {
  const context = await env.browser.newContext({ viewport: { width: 1280, height: 900 }, offline: true });
  t.after(() => context.close());
  const { page, problems } = await watchedPage(context);
  const requests = [];
  page.on('request', (r) => requests.push(r.url()));
  await page.goto(`file://${FILE}`);
  await page.waitForSelector('html[data-app=live]');
  return { page, problems, requests };
}

test('the offline copy opens from file:// with no network and everything works', async (t) => {
  const { page, problems, requests } = await openOffline(t);
  await page.waitForSelector('.chart svg text');
  await page.waitForSelector('.map-svg .map-state');
  // Events close together are counted clusters; the timeline's list names each record.
  assert.equal(await page.$$eval('.tl-item', (items) => items.length) > 30, true);
  assert.equal(await page.$$eval('.tl-list li', (items) => items.length) >= 69, true);

  // A view lives in the fragment of a file:// address.
  await page.click('#tl-uzb-suspended');
  await page.waitForSelector('#detail');
  await addressSettled(page, 'item', 'uzb-suspended');

  // Russian: the dataset's texts come from inside the file.
  await page.click('button[data-lang-choice=ru]');
  await page.waitForSelector('html[lang=ru]');
  await page.waitForFunction(() => document.querySelector('#detail-title')?.textContent.includes('Узбекистан'));
  assert.equal(await page.$('.warning[role=status]'), null, 'no "texts not loaded" notice');

  // The data download comes out of the file.
  const [zip] = await Promise.all([page.waitForEvent('download'), page.click('[data-download=data-zip]')]);
  assert.equal(zip.suggestedFilename(), 'csto-data-1.2.0-ru.zip');
  const bytes = readFileSync(await zip.path());
  assert.equal(bytes.readUInt32LE(0), 0x04034b50, 'a zip archive');
  assert.ok(bytes.includes('changelog.csv'), 'our own corrections travel with the tables');
  // So does "what changed in this version", in the page itself.
  assert.equal(await page.textContent('#changelog-title'), 'Что изменилось в версии 1.2.0');
  // Pictures too, and no link offers a copy of the copy.
  const [svg] = await Promise.all([page.waitForEvent('download'), page.click('[data-download=timeline-svg]')]);
  assert.match(readFileSync(await svg.path(), 'utf8'), /^<svg xmlns/);
  const [png] = await Promise.all([page.waitForEvent('download'), page.click('[data-download=chart-png]')]);
  assert.equal(readFileSync(await png.path()).subarray(1, 4).toString(), 'PNG');
  // Story mode and the projector work from the fragment too.
  await page.goto(`file://${FILE}#chapter=chapter-sochi&reveal=1&projector=1`);
  await page.waitForSelector('section.story[data-chapter=chapter-sochi]');
  assert.equal(await page.$('#mark-arm-trucks-2017'), null);
  assert.match(await page.getAttribute('html', 'class'), /projector/);
  assert.equal(await page.$('[data-download=offline]'), null);

  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  assert.deepEqual(problems, []);
  const size = statSync(FILE).size;
  t.diagnostic(`offline copy: ${(size / 1024).toFixed(0)} KB`);
});

test('the offline copy checks and draws a reader’s own dataset with the network off', async (t) => {
  const { page, problems, requests } = await openOffline(t);
  const valid = readFileSync(join(root, 'tests/fixtures/custom/valid.json'));
  await page.setInputFiles('#own-data-file', { name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{"schema_version": 1}') });
  await page.waitForSelector('[data-testid=own-data-errors]');
  await page.setInputFiles('#own-data-file', { name: 'mine.json', mimeType: 'application/json', buffer: valid });
  await page.waitForSelector('[data-testid=own-data-banner]');
  assert.equal(await page.locator('.tl-lane:not(.tl-lane-org)').count(), 3);
  // The format comes out of the file too.
  for (const [link, start] of [['a[download="csto.schema.json"]', /^\{/], ['a[download="DATASET.md"]', /^# How to make your own dataset/]]) {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(`#own-data ${link}`)]);
    assert.match(readFileSync(await download.path(), 'utf8'), start);
  }
  assert.deepEqual(requests.filter((u) => !u.startsWith('file:') && !u.startsWith('data:') && !u.startsWith('blob:')), []);
  assert.deepEqual(problems, []);
});

test('the served page offers the offline copy, and the file is there', async (t) => {
  const context = await env.browser.newContext();
  t.after(() => context.close());
  const page = await context.newPage();
  await page.goto(env.base + '/');
  await page.waitForSelector('[data-download=offline]');
  assert.equal(await page.getAttribute('[data-download=offline]', 'href'), 'csto-explorer-offline.html');
  const response = await page.request.get(env.base + '/csto-explorer-offline.html');
  assert.equal(response.status(), 200);
  assert.match(await response.text(), /Content-Security-Policy" content="default-src 'none'/);
});
