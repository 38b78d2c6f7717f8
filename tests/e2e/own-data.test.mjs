// "Use your own data" in the release build: a valid dataset by file, by drop and by address is
// drawn; invalid ones list every problem (record, field, what is wrong, what was expected, in
// the reader's language) while the data on screen stays; the limits; another site's address
// waits for the reader's yes; an embed loads data= only when its code asks.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EventEmitter, once } from 'node:events';
import { gzipSync } from 'node:zlib';
import { env, handlers, open, root } from './support.mjs';

const VALID = readFileSync(join(root, 'tests/fixtures/custom/valid.json'), 'utf8');
const FILE_INPUT = '#own-data-file';

/** The fixture with changes made by `edit`, as text. */
function edited(edit) {
  const v = JSON.parse(VALID);
  edit(v);
  return JSON.stringify(v, null, 2);
}

const lanes = (page) => page.locator('.tl-lane:not(.tl-lane-org)').count();
const laneNames = (page) => page.locator('.tl-lane:not(.tl-lane-org)').evaluateAll((ls) => ls.map((l) => l.getAttribute('aria-label')));

async function pick(page, name, text) {
  await page.setInputFiles(FILE_INPUT, { name, mimeType: 'application/json', buffer: Buffer.from(text) });
}

test('a valid dataset from a file is drawn, and the CSTO data comes back', async (t) => {
  const { page, problems, foreign } = await open(t);
  assert.equal(await lanes(page), 9);
  await pick(page, 'mine.json', VALID);
  await page.locator('[data-testid=own-data-banner]').waitFor();
  assert.match(await page.textContent('[data-testid=own-data-banner]'), /CSTO subset: Russia, Kazakhstan and Tajikistan .*mine\.json/);
  assert.equal(await lanes(page), 3);
  assert.deepEqual((await laneNames(page)).sort(), ['Kazakhstan', 'Russia', 'Tajikistan']);
  assert.match(await page.textContent('[data-testid=own-data-status]'), /Now showing your data/);
  // The chart and the roster are drawn from it too; our citation and data files are not offered.
  await page.waitForSelector('.chart svg text');
  assert.equal(await page.locator('[data-download=data-zip]').count(), 0);
  assert.equal(await page.locator('.cite').count(), 0);
  // A record of it opens (from the timeline's list: at this zoom its events may be a cluster).
  await page.click('.tl-list summary');
  await page.click('.tl-list [data-id=aslov-2015]');
  await page.locator('#detail').waitFor();
  await page.click('.own-data-banner button');
  await page.waitForFunction(() => document.querySelectorAll('.tl-lane:not(.tl-lane-org)').length === 9);
  assert.equal(await page.locator('[data-testid=own-data-banner]').count(), 0);
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
});

test('a dataset dropped on the panel is drawn', async (t) => {
  const { page, problems } = await open(t);
  await page.evaluate((text) => {
    const transfer = new DataTransfer();
    transfer.items.add(new File([text], 'dropped.json', { type: 'application/json' }));
    const zone = document.querySelector('[data-testid=drop-zone]');
    zone.dispatchEvent(new DragEvent('dragover', { dataTransfer: transfer, bubbles: true, cancelable: true }));
    zone.dispatchEvent(new DragEvent('drop', { dataTransfer: transfer, bubbles: true, cancelable: true }));
  }, VALID);
  await page.locator('[data-testid=own-data-banner]').waitFor();
  assert.equal(await lanes(page), 3);
  assert.match(await page.textContent('[data-testid=own-data-banner]'), /dropped\.json/);
  assert.deepEqual(problems, []);
});

test('data= loads a dataset from this site, and the link keeps it', async (t) => {
  const { page, problems, foreign } = await open(t, {
    path: '/?data=fixtures/mine.json&item=aslov-2015',
    beforeGoto: (p) => p.route('**/fixtures/mine.json', (r) => r.fulfill({ body: VALID, contentType: 'application/json' })),
  });
  await page.locator('[data-testid=own-data-banner]').waitFor();
  assert.equal(await lanes(page), 3);
  // The address is written a moment after the view changes.
  await page.waitForFunction(() => /data=fixtures\/mine\.json/.test(location.search));
  assert.deepEqual(problems, []);
  assert.deepEqual(foreign, []);
});

test('an invalid dataset lists every problem and the data on screen stays', async (t) => {
  const { page, problems } = await open(t);
  await page.click('#tl-uzb-suspended');
  await page.locator('#detail').waitFor();
  const broken = edited((v) => {
    v.events.find((e) => e.id === 'aslov-2015').sources = [];
    v.states.find((s) => s.id === 'TJK').name = '';
    v.assistance.find((a) => a.id === 'rus-delivery-2017').value.amount = 0;
    v.events.find((e) => e.id === 'sultonov-2021').colour = 'red';
  });
  await pick(page, 'broken.json', broken);
  const errors = page.locator('[data-testid=own-data-errors]');
  await errors.waitFor();
  // Shape problems come first: the rules are checked once every record reads.
  assert.match(await errors.locator('h3').textContent(), /broken\.json was not loaded\. Problems found: 1\./);
  assert.match(await errors.textContent(), /sultonov-2021 · colour: unknown field.*Expected: one of/);
  assert.equal(await page.evaluate(() => document.activeElement.id), 'own-data-errors-title');
  // Without the shape problem, every rule's problem is listed at once.
  await pick(page, 'broken.json', edited((v) => {
    v.events.find((e) => e.id === 'aslov-2015').sources = [];
    v.states.find((s) => s.id === 'TJK').name = '';
    v.assistance.find((a) => a.id === 'rus-delivery-2017').value.amount = 0;
  }));
  await page.waitForFunction(() => document.querySelectorAll('.problem-list li').length >= 3);
  const items = await page.locator('.problem-list li').allTextContents();
  assert.ok(items.some((i) => /^aslov-2015 · sources: cites no source.*Expected: at least one id from sources/.test(i)), items.join('\n'));
  assert.ok(items.some((i) => /^TJK · name: must not be empty\. Expected: some text/.test(i)), items.join('\n'));
  assert.ok(items.some((i) => /^rus-delivery-2017 · value\.amount: must be a positive number/.test(i)), items.join('\n'));
  // Nothing changed on screen: nine lanes, the record still open, no banner.
  assert.equal(await lanes(page), 9);
  assert.match(await page.textContent('#detail-title'), /Uzbekistan/);
  assert.equal(await page.locator('[data-testid=own-data-banner]').count(), 0);
  assert.match(page.url(), /item=uzb-suspended/);
  // Not JSON at all.
  await pick(page, 'notes.json', '{"title": "x",, }');
  await page.waitForFunction(() => /not valid JSON at line 1, column 15/.test(document.querySelector('.problem-list')?.textContent));
  assert.deepEqual(problems, []);
});

test('problems are listed in the reader’s language', async (t) => {
  const { page } = await open(t, { path: '/?lang=ru' });
  await pick(page, 'сломано.json', edited((v) => { v.programme.runs_to = '2025-01-01'; }));
  await page.locator('[data-testid=own-data-errors]').waitFor();
  const text = await page.textContent('[data-testid=own-data-errors]');
  assert.match(text, /сломано\.json не загружен\. Найдено проблем: 3\./);
  assert.match(text, /Данные на экране не изменились\./);
  assert.match(text, /targeted-programme · runs_to: должно быть позже runs_from\. Ожидалось: дата после runs_from/);
});

test('the size and record limits give a clear message', async (t) => {
  const { page } = await open(t);
  await pick(page, 'huge.json', `{"pad": "${'x'.repeat(2_100_000)}"}`);
  await page.locator('[data-testid=own-data-errors]').waitFor();
  assert.match(await page.textContent('.problem-list'), /the file as a whole: the file is 2100011 bytes, too large to check\. Expected: at most 2000000 bytes/);
  await pick(page, 'many.json', edited((v) => {
    for (let i = 0; i < 2000; i++) v.sources.push({ ...v.sources[0], id: `extra-${i}` });
  }));
  await page.waitForFunction(() => /too many to draw/.test(document.querySelector('.problem-list')?.textContent));
  assert.match(await page.textContent('.problem-list'), /Expected: at most 2000 records in all/);
  assert.equal(await lanes(page), 9);
});

test('a failed fetch is explained, and another site waits for the reader', async (t) => {
  const elsewhere = [];
  const { page } = await open(t, {
    path: '/?data=missing.json',
  });
  await page.locator('[data-testid=own-data-errors]').waitFor();
  assert.match(await page.textContent('[data-testid=own-data-errors] h3'), /missing\.json was not loaded/);
  assert.match(await page.textContent('.problem-list'), /the file as a whole: the server answered HTTP 404\. Expected: HTTP 200 and the file/);
  assert.equal(await lanes(page), 9);

  const other = await open(t, {
    path: '/?data=' + encodeURIComponent('https://data.example.org/alliance.json'),
    beforeGoto: (p) => p.route('https://data.example.org/**', (r) => {
      elsewhere.push(r.request().url());
      return r.fulfill({ body: VALID, contentType: 'application/json', headers: { 'access-control-allow-origin': '*' } });
    }),
  });
  const ask = other.page.locator('.own-data-ask');
  await ask.waitFor();
  assert.match(await ask.textContent(), /another site, https:\/\/data\.example\.org\. Load it\?/);
  // The network stays idle until the reader answers.
  await other.page.waitForLoadState('networkidle');
  assert.deepEqual(elsewhere, [], 'nothing is fetched before the reader agrees');
  await other.page.click('[data-testid=own-data-load]');
  await other.page.locator('[data-testid=own-data-banner]').waitFor();
  assert.deepEqual(elsewhere, ['https://data.example.org/alliance.json']);
  assert.equal(await lanes(other.page), 3);
});

test('an embed loads data= only when its embed code asks for it', async (t) => {
  const asked = [];
  const route = (p) => p.route('**/fixtures/mine.json', (r) => {
    asked.push(r.request().url());
    return r.fulfill({ body: VALID, contentType: 'application/json' });
  });
  const ignored = await open(t, { path: '/?embed=1&data=fixtures/mine.json', beforeGoto: route });
  await ignored.page.waitForLoadState('networkidle');
  assert.deepEqual(asked, [], 'an embed that does not ask fetches nothing');
  assert.equal(await lanes(ignored.page), 9);
  const allowed = await open(t, { path: '/?embed=1&allow_data=1&data=fixtures/mine.json', beforeGoto: route });
  await allowed.page.waitForFunction(() => document.querySelectorAll('.tl-lane:not(.tl-lane-org)').length === 3);
  // The embed code offered for such a view asks for it.
  assert.match(allowed.page.url(), /allow_data=1/);
});

test('the JSON Schema, the example and the guide are downloadable from the panel', async (t) => {
  const { page } = await open(t);
  for (const href of ['data/csto.schema.json', 'data/csto.json', 'DATASET.md']) {
    const link = page.locator(`#own-data a[href="${href}"]`);
    assert.equal(await link.count(), 1, href);
    const response = await page.request.get(`${env.base}/${href}`);
    assert.equal(response.status(), 200, href);
    const text = await response.text();
    if (href.endsWith('.json')) JSON.parse(text); else assert.match(text, /^# How to make your own dataset/);
  }
});

test('each view alone draws a reader\'s dataset from data=, with its own version in the source line', async (t) => {
  for (const view of ['timeline', 'chart', 'map', 'roster', 'changes']) {
    const { page, problems, foreign } = await open(t, {
      path: `/?view=${view}&data=fixtures/mine.json`,
      beforeGoto: (p) => p.route('**/fixtures/mine.json', (r) => r.fulfill({ body: VALID, contentType: 'application/json' })),
    });
    await page.waitForFunction(() => /1\.1\.0/.test(document.querySelector('.view-source')?.textContent ?? ''));
    assert.deepEqual(await page.$$eval('section.view', (v) => v.filter((e) => e.getClientRects().length).map((e) => e.dataset.view)), [view]);
    if (view === 'timeline') assert.equal(await lanes(page), 3);
    assert.deepEqual(problems, [], view);
    assert.deepEqual(foreign, [], view);
  }
});

test('a file of a million wrong values lists a hundred problems and a count, and the page still answers keys', async (t) => {
  const { page } = await open(t);
  const ones = `{"states":[${'1,'.repeat(999_990)}1]}`;
  await pick(page, 'ones.json', ones);
  await page.locator('[data-testid=own-data-errors]').waitFor({ timeout: 60000 });
  const items = await page.locator('.problem-list li').count();
  assert.ok(items <= 102, `${items} problems listed`);
  assert.match(await page.textContent('.problem-list'), /and \d{6,} more problems of the same kinds/);
  // A key press is handled while the list shows: focus moves on.
  const before = await page.evaluate(() => document.activeElement?.outerHTML);
  await page.keyboard.press('Tab');
  await page.waitForFunction((b) => document.activeElement?.outerHTML !== b, before);
  assert.equal(await lanes(page), 9);
});

test('data= follows no redirect, and its address is decided as the browser parses it', async (t) => {
  const foreign = [];
  const watch = (p) => {
    p.on('request', (r) => { if (!r.url().startsWith(env.base) && !r.url().startsWith('data:')) foreign.push(r.url()); });
    return p.route('**/go-elsewhere.json', (r) => r.fulfill({ status: 302, headers: { location: 'https://data.example.org/alliance.json' } }));
  };
  // A path on this site that redirects to another: refused, nothing fetched from there.
  const redirected = await open(t, { path: '/?data=go-elsewhere.json', beforeGoto: watch });
  await redirected.page.locator('[data-testid=own-data-errors]').waitFor();
  assert.match(await redirected.page.textContent('.problem-list'), /could not be fetched/);
  // The tricky spellings: each asks for the origin the parser finds, is refused, or is a path here.
  const cases = [
    ['+//data.example.org/x.json', 'here'],
    [' //data.example.org/x.json', 'refused'],
    ['\\\\data.example.org\\x.json', 'refused'],
    ['https:///data.example.org/x.json', 'ask'],
    ['HtTpS://data.example.org/x.json', 'ask'],
    ['javascript:alert(1)', 'refused'],
  ];
  for (const [address, expected] of cases) {
    const { page } = await open(t, { path: `/?data=${encodeURIComponent(address)}`, beforeGoto: watch });
    if (expected === 'ask') {
      await page.locator('.own-data-ask').waitFor();
      assert.match(await page.textContent('.own-data-ask'), /https:\/\/data\.example\.org\. Load it\?/, address);
    } else {
      await page.locator('[data-testid=own-data-errors]').waitFor();
      const text = await page.textContent('.problem-list');
      assert.match(text, expected === 'here' ? /HTTP 404/ : /is not an address data can be loaded from/, `${address}: ${text}`);
    }
  }
  assert.deepEqual(foreign, [], 'nothing was fetched from another site');
});

test('a huge text that every record would repeat is a problem, not a crash', async (t) => {
  const { page, problems } = await open(t);
  await pick(page, 'multiplied.json', edited((v) => { v.sources[0].publisher = 'P'.repeat(1_500_000); }));
  await page.locator('[data-testid=own-data-errors]').waitFor({ timeout: 60000 });
  assert.match(await page.textContent('.problem-list'), /publisher: the text is 1500000 characters long\. Expected: at most 200 characters/);
  assert.equal(await lanes(page), 9);
  assert.deepEqual(problems, []);
});

test('a body sent without its length, or compressed, is given up once it passes the limit', async (t) => {
  // 2.1 MB of a valid-looking file: streamed in chunks with no Content-Length, and gzipped
  // with a Content-Length (of the compressed bytes) far under the limit.
  const big = Buffer.from(`{"pad":"${' '.repeat(2_100_000)}"}`);
  handlers.set('/stream/chunked.json', (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    const step = 64 * 1024;
    let at = 0;
    const more = () => {
      while (at < big.length) {
        const part = big.subarray(at, at + step);
        at += step;
        if (!res.write(part)) return res.once('drain', more);
      }
      res.end();
    };
    res.on('close', () => { at = big.length; });
    more();
  });
  const packed = gzipSync(big);
  handlers.set('/stream/packed.json', (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': packed.length });
    res.end(packed);
  });
  t.after(() => { handlers.delete('/stream/chunked.json'); handlers.delete('/stream/packed.json'); });
  for (const name of ['chunked', 'packed']) {
    const { page, problems } = await open(t, { path: `/?data=stream/${name}.json` });
    await page.locator('[data-testid=own-data-errors]').waitFor();
    assert.match(await page.textContent('.problem-list'),
      /the file as a whole: the file is more than 2000000 bytes, too large to check\. Expected: at most 2000000 bytes/, name);
    assert.equal(await lanes(page), 9, name);
    assert.deepEqual(problems.filter((p) => !/Failed to load resource/.test(p)), [], name);
  }
  assert.ok(packed.length < 2_000_000, 'the compressed length alone passes the header check');
});

test('the newest load wins: a slower one is stopped, and a load that hangs ends after 30 s', async (t) => {
  // A same-site address whose server sends a first byte and then nothing; each request's end
  // (the browser giving it up) is an event the test waits for.
  const ended = new EventEmitter();
  handlers.set('/stream/hang.json', (req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.write('{');
    res.on('close', () => ended.emit('closed', req.url));
  });
  t.after(() => handlers.delete('/stream/hang.json'));
  const fetching = (page) => page.waitForFunction(() => /stream\/hang\.json/.test(document.querySelector('.own-data')?.textContent ?? ''));

  // A file picked while the address hangs replaces it: the hanging request is aborted, and its
  // time limit never fires.
  const first = await open(t, { path: '/?data=stream/hang.json', beforeGoto: (p) => p.clock.install() });
  await fetching(first.page);
  const aborted = once(ended, 'closed');
  await pick(first.page, 'mine.json', VALID);
  await first.page.locator('[data-testid=own-data-banner]').waitFor();
  assert.deepEqual(await aborted, ['/stream/hang.json']);
  await first.page.clock.fastForward('00:31');
  assert.equal(await first.page.locator('[data-testid=own-data-errors]').count(), 0);
  assert.equal(await lanes(first.page), 3);

  // Alone, it is stopped after 30 s with a message, and the data on screen stays.
  const second = await open(t, { path: '/?data=stream/hang.json', beforeGoto: (p) => p.clock.install() });
  await fetching(second.page);
  const timedOut = once(ended, 'closed');
  await second.page.clock.fastForward('00:31');
  await second.page.locator('[data-testid=own-data-errors]').waitFor();
  assert.match(await second.page.textContent('.problem-list'), /took more than 30 seconds and was stopped/);
  assert.equal(await lanes(second.page), 9);
  assert.deepEqual(await timedOut, ['/stream/hang.json']);
});
