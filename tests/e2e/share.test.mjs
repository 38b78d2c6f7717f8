// Sharing, embedding and downloads, checked the way a journalist would: the picture files open
// and say what they are and where they come from, the PNG is twice the size on screen, the CSV
// tables read back to the bundled records, the embed code pasted into an article on another
// origin shows the same view, and with view sync the article's address keeps the reader's view.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { env, open, openElsewhere, root } from './support.mjs';

const DIST = process.env.DIST_DIR ?? join(root, 'dist');
const bundled = JSON.parse(readFileSync(join(DIST, 'data', 'csto.json'), 'utf8'));

/** Clicks a download control and returns the file's name and bytes. */
async function download(page, selector) {
  const [file] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
  const path = await file.path();
  return { name: file.suggestedFilename(), bytes: readFileSync(path) };
}

/** What a browser's XML parser makes of an SVG file (in the page, which loads nothing for it). */
async function inspectSvg(page, text) {
  return page.evaluate((svg) => {
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const root = doc.documentElement;
    return {
      error: doc.querySelector('parsererror')?.textContent ?? null,
      root: root.localName,
      namespace: root.namespaceURI,
      width: Number(root.getAttribute('width')),
      height: Number(root.getAttribute('height')),
      title: root.querySelector('title')?.textContent,
      text: [...root.querySelectorAll('text')].map((t) => t.textContent).join(' | '),
      background: root.querySelector(':scope > rect')?.getAttribute('fill'),
      font: root.getAttribute('font-family'),
      references: [...root.querySelectorAll('*')].flatMap((el) =>
        [...el.attributes].filter((a) => /href$/i.test(a.name) || /url\((?!#)/.test(a.value)).map((a) => `${el.localName}@${a.name}=${a.value}`)),
    };
  }, text);
}

/** Decodes a PNG in the page and returns its pixel size. */
async function pngSize(page, bytes) {
  return page.evaluate(async (b64) => {
    const data = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    const bitmap = await createImageBitmap(new Blob([data], { type: 'image/png' }));
    return { width: bitmap.width, height: bitmap.height };
  }, bytes.toString('base64'));
}

const onScreenWidth = (page, selector) =>
  page.evaluate((s) => Math.round(document.querySelector(s).getBoundingClientRect().width), selector);

for (const picture of [
  { name: 'timeline', shown: '.timeline', title: 'Membership, 1992 to today' },
  { name: 'chart', shown: '.chart-svg', title: 'Promised and delivered' },
]) {
  test(`the ${picture.name} downloads as a self-contained SVG and as a PNG at twice its on-screen size`, async (t) => {
    const { page, problems, foreign } = await open(t, { width: 1280, height: 900 });
    const svg = await download(page, `[data-download=${picture.name}-svg]`);
    assert.match(svg.name, new RegExp(`^csto-${picture.name}(-collective)?-1\\.2\\.0-en\\.svg$`));
    const parsed = await inspectSvg(page, svg.bytes.toString('utf8'));
    assert.equal(parsed.error, null);
    assert.equal(parsed.root, 'svg');
    assert.equal(parsed.namespace, 'http://www.w3.org/2000/svg');
    assert.ok(parsed.title.startsWith(picture.title), parsed.title);
    assert.match(parsed.text, /Source: the CSTO explorer, dataset 1\.2\.0, facts checked to 11 Mar 2026/);
    assert.match(parsed.text, /CC BY 4\.0/);
    assert.equal(parsed.background, '#FFFFFF');
    assert.match(parsed.font, /^system-ui/);
    assert.deepEqual(parsed.references, [], 'no reference outside the file');
    const width = await onScreenWidth(page, picture.shown);
    assert.equal(parsed.width, width, 'drawn at its on-screen width');

    const png = await download(page, `[data-download=${picture.name}-png]`);
    assert.match(png.name, /\.png$/);
    assert.deepEqual([...png.bytes.subarray(1, 4)].map((c) => String.fromCharCode(c)).join(''), 'PNG');
    assert.deepEqual(await pngSize(page, png.bytes), { width: 2 * width, height: 2 * parsed.height });
    assert.deepEqual(problems, []);
    assert.deepEqual(foreign, []);
  });
}

test('the chart export follows the track on screen, and speaks the page language', async (t) => {
  const { page } = await open(t, { path: '/?lang=ru&track=bilateral' });
  const svg = await download(page, '[data-download=chart-svg]');
  assert.equal(svg.name, 'csto-chart-bilateral-1.2.0-ru.svg');
  const parsed = await inspectSvg(page, svg.bytes.toString('utf8'));
  assert.match(parsed.text, /Двусторонн/);
  assert.match(parsed.text, /Источник: обозреватель ОДКБ/);
});

/** The entries of a zip archive whose files are stored (what the explorer writes). */
function unzip(bytes) {
  const end = bytes.length - 22;
  assert.equal(bytes.readUInt32LE(end), 0x06054b50, 'end of central directory');
  const files = {};
  let at = bytes.readUInt32LE(end + 16);
  for (let i = 0; i < bytes.readUInt16LE(end + 10); i++) {
    assert.equal(bytes.readUInt32LE(at), 0x02014b50);
    assert.equal(bytes.readUInt16LE(at + 10), 0, 'stored');
    const size = bytes.readUInt32LE(at + 24);
    const nameLength = bytes.readUInt16LE(at + 28);
    const local = bytes.readUInt32LE(at + 42);
    const name = bytes.subarray(at + 46, at + 46 + nameLength).toString('utf8');
    const start = local + 30 + bytes.readUInt16LE(local + 26) + bytes.readUInt16LE(local + 28);
    files[name] = bytes.subarray(start, start + size).toString('utf8');
    at += 46 + nameLength;
  }
  return files;
}

/** RFC 4180 CSV into objects keyed by the header row. */
function parseCsv(text) {
  const rows = [];
  let row = [], cell = '', quoted = false;
  const body = text.replace(/^\uFEFF/, '');
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (quoted) {
      if (c === '"' && body[i + 1] === '"') { cell += '"'; i++; }
      else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') { row.push(cell); cell = ''; }
    else if (c === '\n') { row.push(cell); rows.push(row); row = []; cell = ''; }
    else if (c !== '\r') cell += c;
  }
  const [header, ...data] = rows;
  return data.map((r) => Object.fromEntries(header.map((h, i) => [h, r[i]])));
}

const ids = (list) => (list ?? []).join('; ');

test('the CSV tables read back to the bundled records, with a README that cites and licenses them', async (t) => {
  const { page } = await open(t);
  const zip = await download(page, '[data-download=data-zip]');
  assert.equal(zip.name, 'csto-data-1.2.0-en.zip');
  const files = unzip(zip.bytes);
  assert.ok(files['README.txt'].includes(bundled.licence));
  assert.match(files['README.txt'], /How to cite: .*dataset version 1\.2\.0.*SHA-256 [0-9a-f]{64}/);
  assert.equal(files['README.txt'].match(/SHA-256 ([0-9a-f]{64})/)[1], await page.textContent('[data-testid=digest]'));

  const states = parseCsv(files['states.csv']);
  assert.deepEqual(states, bundled.states.map(({ id, name }) => ({ id, name })));

  const periods = parseCsv(files['status_periods.csv']);
  assert.equal(periods.length, bundled.status_periods.length);
  bundled.status_periods.forEach((p, i) => {
    const row = periods[i];
    assert.deepEqual(
      [row.id, row.state, row.status, row.start, row.end, row.title, row.description, row.confidence, row.sources],
      [p.id, p.state, p.status, p.start, p.end ?? '', p.title, p.description, p.confidence, ids(p.sources)],
    );
  });

  const events = parseCsv(files['events.csv']);
  assert.deepEqual(events.map((e) => [e.id, e.date, e.kind, e.states, e.title, e.sources]),
    bundled.events.map((e) => [e.id, e.date, e.kind, ids(e.states), e.title, ids(e.sources)]));

  const aid = parseCsv(files['assistance.csv']);
  assert.equal(aid.length, bundled.assistance.length);
  bundled.assistance.forEach((r, i) => {
    const row = aid[i];
    assert.equal(row.id, r.id);
    assert.equal(row.kind, r.kind);
    assert.equal(row.donor, r.donor);
    assert.equal(row.value_status, r.value.status);
    // An undisclosed amount stays empty: never 0.
    assert.equal(row.amount === '' ? undefined : Number(row.amount), r.value.amount);
    assert.equal(row.currency, r.value.currency ?? '');
    assert.equal(row.description, r.description);
  });

  const sources = parseCsv(files['sources.csv']);
  assert.deepEqual(sources.map((s) => [s.id, s.publisher, s.title, s.date, s.url]),
    bundled.sources.map((s) => [s.id, s.publisher, s.title, s.date ?? '', s.url ?? '']));
  assert.equal(parseCsv(files['corrections.csv']).length, bundled.corrections.length);
  assert.deepEqual(parseCsv(files['chapters.csv']).map((c) => [c.id, c.date, c.title, c.text, c.sources]),
    bundled.chapters.map((c) => [c.id, c.date, c.title, c.text, ids(c.sources)]));
});

/** Every value in `expected` is in `actual` (the download may spell out defaults). */
function assertContains(actual, expected, path = 'dataset') {
  if (Array.isArray(expected)) {
    assert.equal(actual.length, expected.length, path);
    expected.forEach((v, i) => assertContains(actual[i], v, `${path}[${i}]`));
  } else if (expected && typeof expected === 'object') {
    for (const [k, v] of Object.entries(expected)) assertContains(actual[k], v, `${path}.${k}`);
  } else {
    assert.equal(actual, expected, path);
  }
}

test('the JSON download is the bundled dataset under its citation and licence', async (t) => {
  const { page } = await open(t);
  const json = await download(page, '[data-download=data-json]');
  assert.equal(json.name, 'csto-data-1.2.0-en.json');
  const body = JSON.parse(json.bytes.toString('utf8'));
  assert.equal(body.about.licence, bundled.licence);
  assert.equal(body.about.sha256_of_data_csto_json, await page.textContent('[data-testid=digest]'));
  assert.equal(body.about.citation, await page.textContent('[data-testid=citation]'));
  assertContains(body.dataset, bundled);
});

test('the embed dialog asks which graphic, previews it, and gives code sized for it', async (t) => {
  const { page, problems } = await open(t, { path: '/?item=uzb-suspended&span=2010-01-01..2020-01-01' });
  await page.click('text=Embed this view…');
  await page.waitForSelector('dialog#embed-dialog[open]');
  // The timeline is offered first, with the reader's record and window.
  assert.equal(await page.inputValue('input[name=embed-which]:checked'), 'timeline');
  assert.match(await page.inputValue('#embed-code'),
    /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?view=timeline&amp;item=uzb-suspended&amp;span=2010-01-01\.\.2020-01-01&amp;embed=1" title="The CSTO explorer: Timeline" width="100%" height="640"/);
  const heights = {};
  for (const [choice, title] of [['chart', 'Aid for Tajikistan\'s border'], ['map', 'The region on'], ['roster', 'Who was in the treaty'], ['changes', 'What changed between two dates']]) {
    await page.check(`input[name=embed-which][value=${choice}]`);
    const code = await page.inputValue('#embed-code');
    assert.match(code, new RegExp(`embed\\.html\\?view=${choice}&amp;`));
    heights[choice] = Number(code.match(/ height="(\d+)"/)[1]);
    // The preview is that graphic alone, live.
    const preview = page.frameLocator('iframe[data-testid=embed-preview]');
    await preview.locator('html[data-app=live]').waitFor({ state: 'attached' });
    await preview.locator(`section.view[data-view=${choice}] .view-title:has-text("${title}")`).waitFor();
    assert.equal(await preview.locator('section.view').count(), 1);
  }
  assert.deepEqual(heights, { chart: 550, map: 520, roster: 600, changes: 660 });
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog#embed-dialog:not([open])', { state: 'attached' });
  // Closed, the preview frame is gone.
  assert.equal(await page.locator('iframe[data-testid=embed-preview]').count(), 0);
  assert.deepEqual(problems, []);
});

test('the embed dialog gives code for the whole explorer at the current view, and the code works in an article elsewhere', async (t) => {
  const { page, problems } = await open(t, { path: '/?item=uzb-suspended&track=bilateral' });
  await page.waitForSelector('#detail');
  await page.click('text=Embed this view…');
  await page.waitForSelector('dialog#embed-dialog[open]');
  await page.check('input[name=embed-which][value=whole]');
  const code = await page.inputValue('#embed-code');
  assert.match(code, /^<iframe src="http:\/\/127\.0\.0\.1:\d+\/embed\.html\?item=uzb-suspended&amp;track=bilateral&amp;embed=1" title="The CSTO explorer: [^"]+"/);
  assert.match(code, / loading="lazy"/);
  assert.match(code, / height="900"/);
  // The host script under its content's name, with the integrity value of the file served.
  const [, script, integrity] = code.match(/<script src="http:\/\/127\.0\.0\.1:\d+\/(csto-embed-[0-9a-f]{16}\.js)" integrity="(sha384-[A-Za-z0-9+/]{64})" crossorigin="anonymous" async><\/script>$/);
  const served = readFileSync(join(DIST, script));
  assert.equal(integrity, `sha384-${createHash('sha384').update(served).digest('base64')}`);
  // Escape closes the dialog and gives focus back to the button that opened it.
  await page.keyboard.press('Escape');
  await page.waitForSelector('dialog#embed-dialog:not([open])', { state: 'attached' });
  assert.equal(await page.evaluate(() => document.activeElement.textContent), 'Embed this view…');

  const { page: article } = await openElsewhere(t, {
    files: { 'index.html': `<!DOCTYPE html><html lang="en"><title>Article</title><h1>An article</h1>${code}` },
  });
  const frame = article.frameLocator('iframe');
  await frame.locator('#detail').waitFor();
  assert.equal(await frame.locator('#detail').getAttribute('data-record'), 'uzb-suspended');
  assert.equal(await frame.locator('.chart').getAttribute('data-track'), 'bilateral');
  assert.equal(await frame.locator('html').getAttribute('class'), 'embed');
  assert.deepEqual(problems, []);
});

test('with view sync, the article keeps the reader\'s view in its own address and reopens it', async (t) => {
  const { page } = await open(t);
  await page.click('text=Embed this view…');
  await page.check('dialog#embed-dialog input[type=checkbox]');
  const code = await page.inputValue('#embed-code');
  assert.match(code, /embed=1&amp;sync=1" /);
  assert.match(code, / data-csto-sync="csto">/);
  await page.click('dialog#embed-dialog >> text=Close');

  const { page: article, problems } = await openElsewhere(t, {
    files: { 'story.html': `<!DOCTYPE html><html lang="en"><title>Article</title><h1>An article</h1>${code}` },
    path: '/story.html?utm=x#top',
  });
  const frame = article.frameLocator('iframe');
  await frame.locator('#tl-arm-frozen').waitFor();
  const entries = await article.evaluate(() => history.length);
  await frame.locator('#tl-arm-frozen').click();
  await frame.locator('#detail').waitFor();
  await article.waitForFunction(() => new URL(location.href).searchParams.get('csto') === 'item=arm-frozen');
  const kept = new URL(article.url());
  assert.equal(kept.searchParams.get('utm'), 'x', "the article's own parameters stay");
  assert.equal(kept.hash, '#top');
  assert.equal(await article.evaluate(() => history.length), entries, 'Back still leaves the article');

  // Reopening the article's address (a reader's shared link) restores that view in the iframe.
  await article.goto(kept.href);
  const reopened = article.frameLocator('iframe');
  await reopened.locator('#detail').waitFor();
  assert.equal(await reopened.locator('#detail').getAttribute('data-record'), 'arm-frozen');
  assert.deepEqual(problems, []);
});

test('the link field holds the address of this view, and Copy puts it on the clipboard', async (t) => {
  const { page, context, problems } = await open(t, { path: '/?item=treaty-in-force&date=2005-06-01' });
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: env.base });
  const link = await page.inputValue('#share-link');
  assert.equal(link, `${env.base}/?item=treaty-in-force&date=2005-06-01`);
  await page.click('text=Copy link');
  await page.waitForSelector('[data-testid=share-status]:has-text("Copied")');
  assert.equal(await page.evaluate(() => navigator.clipboard.readText()), link);
  // The field follows the view.
  await page.click('button[data-track=bilateral]');
  await page.waitForFunction(() => document.querySelector('#share-link').value.endsWith('&track=bilateral'));
  assert.deepEqual(problems, []);
});

test('hostile view values in the article\'s address never reach the iframe: each parameter is held to its grammar', async (t) => {
  const hostile = 'item=<script>x&date=2012-06-28&track=collective&lang=ru"x&theme=dark&span=1..2&data=https://evil.example/x.json';
  const { page: article, problems } = await openElsewhere(t, {
    files: {
      'a.html': `<!DOCTYPE html><html lang="en"><title>Article</title><h1>An article</h1>
<iframe src="${env.base}/embed.html?view=timeline&amp;embed=1&amp;sync=1" title="The CSTO explorer: timeline" data-csto-explorer data-csto-sync="csto" style="width:100%;border:0" height="640"></iframe>
<script src="${env.base}/embed.js"></script>`,
    },
    path: `/a.html?csto=${encodeURIComponent(hostile)}`,
  });
  await article.waitForFunction(() => /date=2012-06-28/.test(document.querySelector('iframe').src));
  const src = new URL(await article.evaluate(() => document.querySelector('iframe').src));
  assert.equal(src.searchParams.get('date'), '2012-06-28');
  assert.equal(src.searchParams.get('track'), 'collective');
  assert.equal(src.searchParams.get('theme'), 'dark');
  for (const dropped of ['item', 'lang', 'span', 'data']) assert.equal(src.searchParams.get(dropped), null, dropped);
  assert.deepEqual(problems, []);
});

test('a page that frames the explorer without embed.js gets no view messages, only its height', async (t) => {
  const { page: framer, problems } = await openElsewhere(t, {
    files: {
      'f.html': `<!DOCTYPE html><html lang="en"><title>Framer</title>
<script>window.__types = []; addEventListener('message', (e) => window.__types.push(e.data && e.data.type || Object.keys(e.data || {})[0] || ''));</script>
<iframe src="${env.base}/embed.html?view=timeline&amp;embed=1&amp;sync=1" title="x" style="width:100%;border:0" height="640"></iframe>`,
    },
    path: '/f.html',
  });
  const frame = framer.frameLocator('iframe');
  await frame.locator('html[data-app=live]').waitFor({ state: 'attached' });
  await frame.locator('#tl-arm-frozen').click();
  await frame.locator('#detail').waitFor();
  // The explorer asks for its host (a message carrying nothing) and waits for a hello that never comes.
  await framer.waitForFunction(() => window.__types.includes('csto-explorer:ready'));
  assert.ok(!(await framer.evaluate(() => window.__types)).includes('csto-explorer:view'));
  assert.deepEqual(problems, []);
});
