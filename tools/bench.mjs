// Benchmark: sizes of the built site (raw and gzip) and, in headless Chromium over several
// fresh loads, the median first contentful paint and the time until the timeline and the chart
// are in the page. Files are served gzip-compressed from 127.0.0.1. Prints one report; times are
// measurements, never pass/fail tests. The size budget is checked: the first view (the
// prerendered page and its stylesheet, all a reader needs to see it) ≤ 150 KB gzip; the app's
// script and wasm, fetched after the page's load to make it interactive, are reported beside it.
// Also a reader's own dataset at the load limits: time to load, check and draw it, and the
// p95 of selecting a record, moving the date and switching the chart track on it.
//
//   node tools/bench.mjs [--dir dist] [--runs 5] [--json out.json]
import { readFileSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from './serve.mjs';
import { launch } from './browser.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dir = opt('--dir', 'dist');
const runs = Math.max(1, Number(opt('--runs', 5)));
const BUDGET_GZIP_BYTES = 150 * 1000;

async function files(base, prefix = '') {
  const out = [];
  for (const entry of await readdir(join(base, prefix), { withFileTypes: true })) {
    const rel = join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await files(base, rel)));
    else out.push(rel);
  }
  return out;
}

// embed.js is for the pages that embed the explorer, the dataset checker (check-data*) starts
// only when a reader loads their own data, and the offline copy is a download: none is part of
// the explorer's own first view.
// embed.html is the same first view in the compact layout, for iframes.
const kindOf = (f) => (f.startsWith('data/') ? 'data' : f === 'embed.js' ? 'host' : f.startsWith('check-data') ? 'worker'
  : f === 'csto-explorer-offline.html' ? 'offline' : f === 'embed.html' ? 'embed'
  : ({ '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html', '.svg': 'icon' })[extname(f)] ?? 'other');
const kb = (n) => (n / 1000).toFixed(1);

const sizes = {};
for (const f of await files(dir)) {
  const body = await readFile(join(dir, f));
  const k = kindOf(f);
  sizes[k] ??= { raw: 0, gzip: 0, files: [] };
  sizes[k].raw += body.length;
  sizes[k].gzip += gzipSync(body, { level: 9 }).length;
  sizes[k].files.push(f);
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};

const { server, port } = await startServer({ dir, gzip: true });
const browser = await launch();
const loads = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  let transferred = 0;
  page.on('response', async (r) => {
    const len = Number((await r.allHeaders())['content-length'] ?? 0);
    transferred += len;
  });
  // Records when the timeline and the chart first exist in the page.
  await page.addInitScript(() => {
    window.__ready = {};
    const check = () => {
      const now = performance.now();
      if (!window.__ready.timeline && document.querySelector('.tl-item')) window.__ready.timeline = now;
      if (!window.__ready.chart && document.querySelector('.chart svg text')) window.__ready.chart = now;
    };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForFunction(() => window.__ready.timeline && window.__ready.chart, null, { timeout: 30000 });
  await page.waitForLoadState('networkidle');
  const m = await page.evaluate(() => ({
    fcp: performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? NaN,
    timeline: window.__ready.timeline,
    chart: window.__ready.chart,
  }));
  m.transferred = transferred;
  loads.push(m);
  await context.close();
}

/** A synthetic dataset at both load limits (2,000 records, close to 2 MB): the fixture's real
 * records plus made-up events, labelled as such. A measurement input only; never shipped. */
function datasetAtTheCap() {
  const v = JSON.parse(readFileSync('tests/fixtures/custom/valid.json', 'utf8'));
  v.title = 'Synthetic dataset at the load limits (benchmark input, not real events)';
  const count = () => v.states.length + v.sources.length + v.status_periods.length
    + v.status_periods.reduce((n, p) => n + (p.announced?.length ?? 0), 0)
    + v.events.length + v.assistance.length + v.assistance.reduce((n, a) => n + (a.items?.length ?? 0), 0)
    + 1 + v.programme.stages.length + v.corrections.length + (v.chapters?.length ?? 0);
  const template = v.events[0];
  const filler = ' Synthetic text to bring the file near the size limit.'.repeat(14);
  for (let i = 0; count() < 2000; i++) {
    const year = 1992 + (i % 34);
    const day = new Date(Date.UTC(year, (i * 7) % 12, 1 + (i % 28))).toISOString().slice(0, 10);
    v.events.push({ ...template, id: `synthetic-${i}`, date: day, title: `Synthetic event ${i}`,
      description: `Made-up event number ${i}, for measuring speed only.${filler}` });
  }
  return { text: JSON.stringify(v), records: count() };
}

// A reader's dataset at the limits: loaded from a file, then the same interactions as ever.
const cap = datasetAtTheCap();
const capRuns = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  await page.goto(`http://127.0.0.1:${port}/`);
  await page.waitForSelector('html[data-app=live]');
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); })
      .observe({ type: 'longtask' });
  });
  const started = Date.now();
  await page.setInputFiles('#own-data-file', { name: 'cap.json', mimeType: 'application/json', buffer: Buffer.from(cap.text) });
  await page.waitForSelector('[data-testid=own-data-banner]', { timeout: 60000 });
  await page.waitForSelector('#tl-synthetic-1500', { state: 'attached' });
  const loaded = Date.now() - started;
  await page.evaluate(() => { window.__long = []; });
  // Each interaction: from the event to the second animation frame after it (the frame is drawn).
  const timings = await page.evaluate(async () => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r)));
    const time = async (act) => { const t0 = performance.now(); act(); await frame(); return performance.now() - t0; };
    const out = { select: [], date: [], track: [] };
    for (let k = 0; k < 10; k++) {
      out.select.push(await time(() => document.getElementById(`tl-synthetic-${100 + k * 37}`).click()));
      const year = document.getElementById('roster-year');
      // What an arrow key on the year slider does: one year back, then the input event.
      out.date.push(await time(() => { year.focus(); year.value = String(Number(year.value) - 1); year.dispatchEvent(new Event('input', { bubbles: true })); }));
      const track = document.querySelector(`button[data-track=${k % 2 ? 'collective' : 'bilateral'}]`);
      out.track.push(await time(() => track.click()));
    }
    return out;
  });
  const longTasks = await page.evaluate(() => window.__long);
  capRuns.push({ loaded, timings, longest_task: Math.max(0, ...longTasks), long_tasks: longTasks.length });
  await context.close();
}
const p95 = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
const capReport = {
  records: cap.records,
  bytes: Buffer.byteLength(cap.text),
  median_load_ms: median(capRuns.map((r) => r.loaded)),
  p95_ms: Object.fromEntries(['select', 'date', 'track'].map((k) => [k, p95(capRuns.flatMap((r) => r.timings[k]))])),
  median_longest_task_after_load_ms: median(capRuns.map((r) => r.longest_task)),
};

await browser.close();
server.close();

const sum = (kinds) => kinds.reduce((acc, k) => acc + (sizes[k]?.gzip ?? 0), 0);
const firstView = sum(['html', 'css', 'icon']);
const app = sum(['wasm', 'js']);
const report = {
  sizes,
  first_view_gzip_bytes: firstView,
  app_gzip_bytes: app,
  budget_gzip_bytes: BUDGET_GZIP_BYTES,
  runs,
  median_ms: {
    first_contentful_paint: median(loads.map((l) => l.fcp)),
    timeline_in_page: median(loads.map((l) => l.timeline)),
    chart_in_page: median(loads.map((l) => l.chart)),
  },
  median_transferred_bytes: median(loads.map((l) => l.transferred)),
  loads,
  dataset_at_the_cap: capReport,
};

console.log('\nSizes of the release build');
console.log('kind   raw KB   gzip KB   files');
for (const [k, s] of Object.entries(sizes)) {
  console.log(`${k.padEnd(6)} ${kb(s.raw).padStart(7)} ${kb(s.gzip).padStart(9)}   ${s.files.join(', ')}`);
}
console.log(`\nFirst view (prerendered html + css + icon), gzip: ${kb(firstView)} KB of a ${kb(BUDGET_GZIP_BYTES)} KB budget` +
  ` — ${firstView <= BUDGET_GZIP_BYTES ? 'within budget' : 'OVER BUDGET'}`);
console.log(`The app (js + wasm, fetched after the page's load event), gzip: ${kb(app)} KB; first view and app: ${kb(firstView + app)} KB`);
console.log(`Transferred per load (gzip, median): ${kb(report.median_transferred_bytes)} KB`);
console.log(`\nHeadless Chromium, ${runs} fresh loads from 127.0.0.1 (gzip), unthrottled, medians:`);
console.log(`  first contentful paint   ${report.median_ms.first_contentful_paint.toFixed(0)} ms`);
console.log(`  timeline in the page     ${report.median_ms.timeline_in_page.toFixed(0)} ms`);
console.log(`  chart in the page        ${report.median_ms.chart_in_page.toFixed(0)} ms`);
console.log(`\nA reader's dataset at the limits (${capReport.records} records, ${kb(capReport.bytes)} KB), ${runs} runs, medians:`);
console.log(`  loaded, checked and drawn   ${capReport.median_load_ms.toFixed(0)} ms`);
console.log(`  select a record, p95        ${capReport.p95_ms.select.toFixed(0)} ms (event to painted frame)`);
console.log(`  date one year back, p95     ${capReport.p95_ms.date.toFixed(0)} ms`);
console.log(`  switch chart track, p95     ${capReport.p95_ms.track.toFixed(0)} ms`);
console.log(`  longest task after load     ${capReport.median_longest_task_after_load_ms.toFixed(0)} ms`);
const out = opt('--json', null);
if (out) await writeFile(out, JSON.stringify(report, null, 2));
if (firstView > BUDGET_GZIP_BYTES) process.exitCode = 1;
