// The comparison benchmark: our page, a static HTML copy of its first view, vis-timeline and
// TimelineJS3 drawing the same events, side by side in one run. Each page is served
// gzip-compressed from 127.0.0.1 and loaded fresh in headless Chromium, unthrottled and
// throttled as Lighthouse's mobile profile (150 ms round trip, 1.6 Mbit/s down, 750 kbit/s up,
// CPU 4× slower). Reported per page: bytes (raw, gzip; for our page also what the first view
// loads, up to the load event, before the app's script and wasm), first contentful paint, ready
// time (the timeline — and for us the chart — in the page), for us the time the app is live
// (hydrated), and main-thread work per interaction at the 95th percentile, each a median over
// the runs; and the ratios issue 19's budgets name. Our page is measured whole and as the two
// one-view embeds (embed.html?view=timeline and ?view=chart, with the bytes transferred until
// each is live). A measurement, not a test.
//
// Interaction work is timed in the page with the Performance API: from just before the event
// to the end of the task that handles it (Yew renders in a microtask), including the style and
// layout it causes (forced before the clock stops); the paint is the compositor's. For us:
// selecting a timeline item, moving the roster date one year (the year slider's value, then its
// input event, as an arrow key does), switching the chart track, hovering a chart mark, zooming
// the timeline by its buttons and opening a chapter (the story's first, then the next ones); for
// the peers, selecting an item. Each target is scrolled into view first, as a reader would.
// "To end": the longest task from the page going live until a reader scrolling a screen at a
// time has reached the end of the page.
// Long tasks (> 50 ms) are counted while hydrating (load event to live) and once live. Until the
// page is live the benchmark waits through the DevTools protocol, so no script of its own (such
// as Playwright's injected helpers) runs in the page during the tasks it counts.
//
//   node tools/bench-peers.mjs [--dir dist] [--runs 5] [--json out.json]
// (scripts/bench-peers.sh installs the peer libraries into tools/peers/ first.)
import { mkdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { startServer } from './serve.mjs';
import { launch } from './browser.mjs';

const args = process.argv.slice(2);
const opt = (name, fallback) => (args.includes(name) ? args[args.indexOf(name) + 1] : fallback);
const dist = resolve(opt('--dir', 'dist'));
const runs = Math.max(1, Number(opt('--runs', 5)));
const peers = resolve('tools/peers/node_modules');
const site = resolve('target/bench-peers');

// ---- the pages ----
const dataset = JSON.parse(readFileSync(join(dist, 'data', 'csto.json'), 'utf8'));
const stateName = Object.fromEntries(dataset.states.map((s) => [s.id, s.name]));
const asOf = dataset.as_of;
// A partial date as a full day: its first day, or for an open end the as-of date.
const day = (d) => (d ? (d.length === 4 ? `${d}-01-01` : d.length === 7 ? `${d}-01` : d) : asOf);

const visItems = [
  ...dataset.status_periods.map((p) => ({ id: p.id, group: p.state, content: p.title, start: day(p.start), end: day(p.end), type: 'range', className: p.status })),
  ...dataset.events.map((e) => ({ id: e.id, group: e.lane === 'state' ? e.states[0] : 'org', content: e.title, start: day(e.date), type: 'point' })),
];
const visGroups = [{ id: 'org', content: 'Organization' }, ...dataset.states.map((s) => ({ id: s.id, content: s.name }))];
const tlEvents = [
  ...dataset.status_periods.map((p) => ({ p, start: p.start, end: p.end, headline: `${stateName[p.state]}: ${p.title}`, text: p.description })),
  ...dataset.events.map((e) => ({ start: e.date, end: e.end_date, headline: e.title, text: e.description })),
].map(({ start, end, headline, text }) => {
  const parts = (d) => { const [year, month, dd] = d.split('-'); return { year, ...(month ? { month } : {}), ...(dd ? { day: dd } : {}) }; };
  return { start_date: parts(start), ...(end ? { end_date: parts(end) } : {}), text: { headline, text } };
});

rmSync(site, { recursive: true, force: true });
mkdirSync(join(site, 'vis'), { recursive: true });
mkdirSync(join(site, 'tl'), { recursive: true });
symlinkSync(dist, join(site, 'ours'));
symlinkSync(join(peers, 'vis-timeline'), join(site, 'lib-vis'));
symlinkSync(join(peers, '@knight-lab', 'timelinejs', 'dist'), join(site, 'lib-tl'));
writeFileSync(join(site, 'vis', 'index.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>vis-timeline: the CSTO events</title>
<link rel="stylesheet" href="../lib-vis/styles/vis-timeline-graph2d.min.css">
<script src="../lib-vis/standalone/umd/vis-timeline-graph2d.min.js"></script></head>
<body><h1>The CSTO, 1992 to today (vis-timeline)</h1><div id="tl"></div>
<script>
new vis.Timeline(document.getElementById('tl'), new vis.DataSet(${JSON.stringify(visItems)}),
  new vis.DataSet(${JSON.stringify(visGroups)}), { stack: true, start: '1992-01-01', end: '2027-01-01' });
</script></body></html>`);
writeFileSync(join(site, 'tl', 'index.html'), `<!DOCTYPE html><html lang="en"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1"><title>TimelineJS3: the CSTO events</title>
<link rel="stylesheet" href="../lib-tl/css/timeline.css">
<script src="../lib-tl/js/timeline.js"></script></head>
<body><div id="tl" style="width:100%;height:600px"></div>
<script>
new TL.Timeline('tl', { title: { text: { headline: 'The CSTO, 1992 to today (TimelineJS3)' } }, events: ${JSON.stringify(tlEvents)} });
</script></body></html>`);

const { server, port } = await startServer({ dir: site, gzip: true });
const base = `http://127.0.0.1:${port}`;
const browser = await launch();

// The static copy: our first view as the browser has drawn it, without its scripts (the same
// page otherwise, its head's policy included, so the two differ only by what the app adds).
{
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${base}/ours/`);
  await page.waitForSelector('.chart svg text');
  const html = await page.evaluate(() => {
    const copy = document.documentElement.cloneNode(true);
    // Only the scripts go: the head keeps everything else, its content security policy too.
    copy.querySelectorAll('script, link[rel=modulepreload], link[rel=preload]').forEach((n) => n.remove());
    // Its stylesheet and icon stay where the page has them (absolute addresses: the policy
    // allows no <base>).
    copy.querySelectorAll('link[href]').forEach((l) => l.setAttribute('href', new URL(l.getAttribute('href'), location.href).pathname));
    return `<!DOCTYPE html>${copy.outerHTML}`;
  });
  mkdirSync(join(site, 'static'), { recursive: true });
  writeFileSync(join(site, 'static', 'index.html'), html);
  await page.close();
}

const PAGES = [
  { name: 'our page', path: '/ours/', ready: () => document.querySelector('.tl-item') && document.querySelector('.chart svg text'), item: '.tl-item', live: 'html[data-app=live]' },
  // Issue 19's one-view embeds: one graphic, in the frame an article gives it.
  { name: 'embed: timeline', path: '/ours/embed.html?view=timeline&embed=1', ready: () => document.querySelector('.tl-item'), item: '.tl-item', live: 'html[data-app=live]', embed: true },
  { name: 'embed: chart', path: '/ours/embed.html?view=chart&embed=1', ready: () => document.querySelector('.chart svg text'), item: null, live: 'html[data-app=live]', embed: true },
  { name: 'static copy', path: '/static/', ready: () => document.querySelector('.tl-item') && document.querySelector('.chart svg text'), item: null },
  { name: 'vis-timeline', path: '/vis/', ready: () => document.querySelector('.vis-item'), item: '.vis-item.vis-point' },
  { name: 'TimelineJS3', path: '/tl/', ready: () => document.querySelector('.tl-timemarker'), item: '.tl-timemarker' },
];

const THROTTLED = { latency: 150, downloadThroughput: (1.6e6 / 8), uploadThroughput: (750e3 / 8), cpu: 4 };

async function measure(spec, throttled) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  // Nothing may leave 127.0.0.1 (TimelineJS3 asks for fonts from its CDN; they fail fast here).
  await page.route((url) => !url.href.startsWith(base), (r) => r.abort());
  const cdp = await context.newCDPSession(page);
  await cdp.send('Network.enable');
  if (throttled) {
    await cdp.send('Network.emulateNetworkConditions', { offline: false, latency: THROTTLED.latency,
      downloadThroughput: THROTTLED.downloadThroughput, uploadThroughput: THROTTLED.uploadThroughput });
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: THROTTLED.cpu });
  }
  let gzip = 0;
  let raw = 0;
  let loaded = null;
  cdp.on('Network.loadingFinished', (e) => { gzip += e.encodedDataLength; });
  cdp.on('Network.dataReceived', (e) => { raw += e.dataLength; });
  // What the first view loads: everything transferred by the page's load event.
  page.on('load', () => { loaded ??= { gzip, raw }; });
  await page.addInitScript(`(() => {
    window.__tasks = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__tasks.push([e.startTime, e.duration]); })
      .observe({ type: 'longtask', buffered: true });
    window.__ready = null;
    const ready = ${spec.ready.toString()};
    let readyNow;
    window.__readyAt = new Promise((resolve) => { readyNow = resolve; });
    const check = () => { if (!window.__ready && ready()) { window.__ready = performance.now(); readyNow(window.__ready); } };
    new MutationObserver(check).observe(document, { childList: true, subtree: true });
    document.addEventListener('DOMContentLoaded', check);
    window.__fcpAt = new Promise((resolve) => new PerformanceObserver((l) => {
      for (const e of l.getEntries()) if (e.name === 'first-contentful-paint') resolve(e.startTime);
    }).observe({ type: 'paint', buffered: true }));
    const live = ${JSON.stringify(spec.live ?? null)};
    window.__liveAt = live && new Promise((resolve) => {
      const seen = () => document.querySelector(live) && resolve(performance.now());
      new MutationObserver(seen).observe(document, { attributes: true, childList: true, subtree: true });
    });
  })()`);
  await page.goto(base + spec.path);
  // Waiting goes through the DevTools protocol, not Playwright's helpers: those inject a large
  // script into the page, whose compiling would land among the tasks measured below.
  const settled = (expression) => cdp.send('Runtime.evaluate', { expression, awaitPromise: true, returnByValue: true })
    .then((r) => r.result.value);
  await settled('window.__readyAt');
  const live = spec.live ? await settled('window.__liveAt') : NaN;
  // Everything transferred until the page is live (issue 19's embed budget).
  const untilLive = spec.live ? gzip : NaN;
  // Hydration's longest task: between the page's load event and the app going live.
  const hydrationTask = spec.live ? await page.evaluate((live) => {
    const load = performance.getEntriesByType('navigation')[0].loadEventStart;
    return Math.max(0, ...window.__tasks.filter(([start]) => start >= load && start <= live).map(([, d]) => d));
  }, live) : NaN;
  await page.waitForLoadState('networkidle');
  await page.evaluate(() => {
    window.__long = [];
    new PerformanceObserver((l) => { for (const e of l.getEntries()) window.__long.push(e.duration); })
      .observe({ type: 'longtask' });
  });
  // Reaching the end: the reader scrolls down a screen at a time to the end of the page; the
  // longest task from the page going live until the end is on screen.
  const toEnd = spec.live && !spec.embed ? await page.evaluate(async (live) => {
    const frame = () => new Promise((r) => requestAnimationFrame(() => setTimeout(r, 100)));
    while (scrollY + innerHeight < document.documentElement.scrollHeight - 2) {
      const before = scrollY;
      scrollBy(0, innerHeight * 0.9);
      await frame();
      if (scrollY === before) break;
    }
    await frame();
    const tasks = window.__tasks.filter(([start]) => start >= live);
    scrollTo(0, 0);
    await frame();
    return Math.max(0, ...tasks.map(([, d]) => d));
  }, live) : NaN;
  const fcp = await settled('window.__fcpAt');
  const ready = await page.evaluate(() => window.__ready);
  let interactions = { select: [] };
  if (spec.item) {
    interactions = await page.evaluate(async ({ selector, ours }) => {
      // The end of the task that handles an event: after its microtasks (Yew's render), in the
      // next task; the style and layout it caused are forced into the measurement.
      const nextTask = () => new Promise((r) => { const c = new MessageChannel(); c.port1.onmessage = r; c.port2.postMessage(0); });
      const settle = () => new Promise((r) => setTimeout(r, 30));
      // The reader sees what they act on: the target is scrolled into view first.
      const time = async (target, act) => {
        target.scrollIntoView({ block: 'center' });
        await settle();
        const t0 = performance.now();
        act();
        await nextTask();
        void document.body.getBoundingClientRect().height;
        return performance.now() - t0;
      };
      const items = [...document.querySelectorAll(selector)].filter((el) => el.getBoundingClientRect().width > 0);
      const out = { select: [], date: [], track: [], hover: [], zoom: [], chapter: [] };
      if (ours) {
        // Zooming the timeline: in, then out again, by its buttons.
        for (let k = 0; k < 6; k++) {
          const button = document.querySelector(`.tl-controls [data-zoom=${k % 2 ? 'out' : 'in'}]`);
          if (button) out.zoom.push(await time(button, () => button.click()));
        }
        // Opening a chapter: the story's first, then the next ones; then back to the page.
        const open = document.querySelector('.story-open');
        if (open) {
          out.chapter.push(await time(open, () => open.click()));
          for (let k = 0; k < 5; k++) {
            const next = document.querySelector('[data-testid=story-next]');
            if (next && !next.disabled) out.chapter.push(await time(next, () => next.click()));
          }
          document.querySelector('[data-testid=story-leave]')?.click();
          await new Promise((r) => setTimeout(r, 300));
        }
      }
      for (let k = 0; k < Math.min(12, items.length); k++) {
        const el = items[(k * 7) % items.length];
        out.select.push(await time(el, () => {
          el.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }));
          el.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }));
          el.click();
        }));
        if (!ours || !document.getElementById('roster-year')) continue;
        const year = document.getElementById('roster-year');
        year.focus();
        // What an arrow key on the year slider does: the value moves one year, then `input`.
        out.date.push(await time(year, () => {
          year.value = String(Number(year.value) + (k % 2 ? 1 : -1));
          year.dispatchEvent(new Event('input', { bubbles: true }));
        }));
        const track = document.querySelector(`button[data-track=${k % 2 ? 'collective' : 'bilateral'}]`);
        out.track.push(await time(track, () => track.click()));
        // A chart mark's hotspot: the pointer over its centre shows its tooltip.
        const marks = [...document.querySelectorAll('.chart .chart-track:not([hidden]) .hotspot')];
        const mark = marks[k % marks.length];
        if (mark) {
          out.hover.push(await time(mark, () => {
            const box = mark.getBoundingClientRect();
            const at = { bubbles: true, clientX: box.x + box.width / 2, clientY: box.y + box.height / 2, pointerType: 'mouse' };
            mark.dispatchEvent(new PointerEvent('pointermove', at));
          }));
        }
      }
      return out;
    }, { selector: spec.item, ours: Boolean(spec.live) });
  }
  const longTasks = await page.evaluate(() => window.__long);
  await context.close();
  return { gzip, raw, fcp, ready, live, untilLive, toEnd, loaded, interactions, hydrationTask, longest: Math.max(0, ...longTasks) };
}

const median = (xs) => { const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b); return s.length ? s[Math.floor((s.length - 1) / 2)] : NaN; };
const p95 = (xs) => { const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b); return s.length ? s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)] : NaN; };

const results = {};
for (const throttled of [false, true]) {
  const label = throttled ? 'throttled (mobile profile)' : 'unthrottled';
  results[label] = {};
  // Interleaved: each run loads every page once, so a slow moment of the machine falls on all.
  const runsOf = Object.fromEntries(PAGES.map((spec) => [spec.name, []]));
  for (let i = 0; i < runs; i++) for (const spec of PAGES) runsOf[spec.name].push(await measure(spec, throttled));
  for (const spec of PAGES) {
    const all = runsOf[spec.name];
    const kinds = ['select', 'date', 'track', 'hover', 'zoom', 'chapter'];
    results[label][spec.name] = {
      raw: median(all.map((m) => m.raw)),
      gzip: median(all.map((m) => m.gzip)),
      first_view_raw: median(all.map((m) => m.loaded?.raw ?? NaN)),
      first_view_gzip: median(all.map((m) => m.loaded?.gzip ?? NaN)),
      fcp: median(all.map((m) => m.fcp)),
      ready: median(all.map((m) => m.ready)),
      live: median(all.map((m) => m.live)),
      gzip_until_live: median(all.map((m) => m.untilLive)),
      longest_task_to_end: median(all.map((m) => m.toEnd)),
      p95: Object.fromEntries(kinds.map((k) => [k, p95(all.flatMap((m) => m.interactions[k] ?? []))])),
      longest_task_after_load: spec.item ? median(all.map((m) => m.longest)) : NaN,
      longest_hydration_task: median(all.map((m) => m.hydrationTask)),
    };
  }
}
await browser.close();
server.close();

const kb = (n) => (n / 1000).toFixed(1);
const ms = (n) => (Number.isFinite(n) ? n.toFixed(0) : '—');
const ratio = (a, b) => (Number.isFinite(a) && Number.isFinite(b) && b > 0 ? (a / b).toFixed(2) : '—');
for (const [label, pages] of Object.entries(results)) {
  console.log(`\n${label}, medians of ${runs} fresh loads; interaction work p95 over every run's interactions`);
  console.log('page             raw KB  gzip KB  first view KB  until live KB  FCP ms  ready ms  live ms  hydration  select  date  track  hover  zoom  chapter  to end  longest');
  for (const [name, r] of Object.entries(pages)) {
    const view = Number.isFinite(r.first_view_gzip) && name === 'our page' ? kb(r.first_view_gzip) : '';
    const untilLive = Number.isFinite(r.gzip_until_live) ? kb(r.gzip_until_live) : '';
    const p = r.p95;
    console.log(`${name.padEnd(15)} ${kb(r.raw).padStart(7)} ${kb(r.gzip).padStart(8)} ${view.padStart(14)} ${untilLive.padStart(14)} ${ms(r.fcp).padStart(7)} ${ms(r.ready).padStart(9)} ${ms(r.live).padStart(8)} ${ms(r.longest_hydration_task).padStart(10)} ${ms(p.select).padStart(7)} ${ms(p.date).padStart(5)} ${ms(p.track).padStart(6)} ${ms(p.hover).padStart(6)} ${ms(p.zoom).padStart(5)} ${ms(p.chapter).padStart(8)} ${ms(r.longest_task_to_end).padStart(7)} ${ms(r.longest_task_after_load).padStart(8)}`);
  }
  const ours = pages['our page'];
  const tjs = pages.TimelineJS3;
  const worst = Math.max(...Object.values(ours.p95).filter(Number.isFinite));
  const line = (what, value, budget) => console.log(`  ${what.padEnd(58)} ${value.padStart(8)}  (budget ${budget})`);
  console.log('  Budgets (issue 19):');
  line('whole explorer live ÷ TimelineJS3 ready', ratio(ours.live, tjs.ready), '≤ 1.0');
  line('first view in the page ÷ vis-timeline ready', ratio(ours.ready, pages['vis-timeline'].ready), '≤ 0.5');
  line('FCP ÷ the static copy\'s', ratio(ours.fcp, pages['static copy'].fcp), '≤ 1.2');
  for (const view of ['embed: timeline', 'embed: chart']) {
    const e = pages[view];
    line(`${view}: live ÷ TimelineJS3 ready`, ratio(e.live, tjs.ready), '≤ 0.6');
    line(`${view}: gzip KB transferred until live`, kb(e.gzip_until_live), '≤ 150');
  }
  line('interaction work p95, worst kind (ms)', ms(worst), '≤ 50 throttled');
  line('longest task from live to the end of the page (ms)', ms(ours.longest_task_to_end), '≤ 50');
  line('longest task while hydrating (ms)', ms(ours.longest_hydration_task), 'issue 7: ≤ 50');
  line('first view (by the load event), gzip KB', kb(ours.first_view_gzip), 'issue 7: ≤ 150');
}
const out = opt('--json', null);
if (out) await writeFile(out, JSON.stringify(results, null, 2));
