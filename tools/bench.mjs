// Benchmark: sizes of the built site (raw and gzip) and, in headless Chromium over several
// fresh loads, the median first contentful paint and the time until the timeline and the chart
// are in the page. Files are served gzip-compressed from 127.0.0.1. Prints one report; times are
// measurements, never pass/fail tests. The size budget (first view ≤ 200 KB gzip) is checked.
//
//   node tools/bench.mjs [--dir dist] [--runs 5] [--json out.json]
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { extname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { startServer } from './serve.mjs';
import { launch } from './browser.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dir = opt('--dir', 'dist');
const runs = Math.max(1, Number(opt('--runs', 5)));
const BUDGET_GZIP_BYTES = 200 * 1000;

async function files(base, prefix = '') {
  const out = [];
  for (const entry of await readdir(join(base, prefix), { withFileTypes: true })) {
    const rel = join(prefix, entry.name);
    if (entry.isDirectory()) out.push(...(await files(base, rel)));
    else out.push(rel);
  }
  return out;
}

// embed.js is for the pages that embed the explorer, and the offline copy is a download: neither
// is part of the explorer's own first view.
const kindOf = (f) => (f.startsWith('data/') ? 'data' : f === 'embed.js' ? 'host'
  : f === 'csto-explorer-offline.html' ? 'offline'
  : ({ '.wasm': 'wasm', '.js': 'js', '.css': 'css', '.html': 'html' })[extname(f)] ?? 'other');
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
      if (!window.__ready.chart && document.querySelector('figure.chart svg text')) window.__ready.chart = now;
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
await browser.close();
server.close();

const firstView = ['wasm', 'js', 'css', 'html'].reduce((acc, k) => acc + (sizes[k]?.gzip ?? 0), 0);
const report = {
  sizes,
  first_view_gzip_bytes: firstView,
  budget_gzip_bytes: BUDGET_GZIP_BYTES,
  runs,
  median_ms: {
    first_contentful_paint: median(loads.map((l) => l.fcp)),
    timeline_in_page: median(loads.map((l) => l.timeline)),
    chart_in_page: median(loads.map((l) => l.chart)),
  },
  median_transferred_bytes: median(loads.map((l) => l.transferred)),
  loads,
};

console.log('\nSizes of the release build');
console.log('kind   raw KB   gzip KB   files');
for (const [k, s] of Object.entries(sizes)) {
  console.log(`${k.padEnd(6)} ${kb(s.raw).padStart(7)} ${kb(s.gzip).padStart(9)}   ${s.files.join(', ')}`);
}
console.log(`\nFirst view (wasm + js + css + html), gzip: ${kb(firstView)} KB of a ${kb(BUDGET_GZIP_BYTES)} KB budget` +
  ` — ${firstView <= BUDGET_GZIP_BYTES ? 'within budget' : 'OVER BUDGET'}`);
console.log(`Transferred per load (gzip, median): ${kb(report.median_transferred_bytes)} KB`);
console.log(`\nHeadless Chromium, ${runs} fresh loads from 127.0.0.1 (gzip), unthrottled, medians:`);
console.log(`  first contentful paint   ${report.median_ms.first_contentful_paint.toFixed(0)} ms`);
console.log(`  timeline in the page     ${report.median_ms.timeline_in_page.toFixed(0)} ms`);
console.log(`  chart in the page        ${report.median_ms.chart_in_page.toFixed(0)} ms`);
const out = opt('--json', null);
if (out) await writeFile(out, JSON.stringify(report, null, 2));
if (firstView > BUDGET_GZIP_BYTES) process.exitCode = 1;
