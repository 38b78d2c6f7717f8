// Starts the app once the page has loaded and painted. The first view is prerendered HTML
// (src/bin/prerender.rs): it needs the page and its stylesheet only. Trunk's loader would
// preload the script and the wasm from <head>, where on a slow phone link they take the
// bandwidth the stylesheet needs for the first paint. Instead both are requested by a module
// script, which runs once the stylesheet is in (so the paint has what it needs), and the wasm
// compiles while it streams in; it is only started, and hydrates what is on screen, once the
// page has loaded and painted.
import { trunkLoader, withoutPreloads } from './trunk-loader.mjs';

/** The app for one view alone: Trunk builds the `csto-view` binary as a "worker" asset
 * (an ES module glue and its wasm, no loader of its own; see index.html). */
export const LEAN = { glue: 'csto-view.js', wasm: 'csto-view_bg.wasm' };

export function deferStart(html) {
  const loader = trunkLoader(html);
  const start = `// One graphic alone (?view=, set on <html> by the head's script) gets the app built for
// one view (csto-view, without the page and the story); the page and a chapter get the whole.
const alone = document.documentElement.getAttribute('data-layout') === 'alone'
  && !new URLSearchParams(location.search || location.hash.slice(1)).has('chapter');
const [glueFile, wasmFile] = alone ? ['${LEAN.glue}', '${LEAN.wasm}'] : ['${loader.glue}', '${loader.wasm}'];
const glue = import('./' + glueFile);
// Compiled while it streams in (off the main thread); a server that sends the wasm with another
// type than application/wasm gets it fetched and compiled the plain way at the start instead.
const compiled = WebAssembly.compileStreaming(fetch('./' + wasmFile)).catch(() => null);
const start = async () => {
  const bindings = await glue;
  const wasm = await bindings.default({ module_or_path: (await compiled) ?? './' + wasmFile });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
};
// Once the page has loaded and its first view is painted: the wasm's compile and hydration must
// not hold back that paint. A page that paints nothing (a hidden tab) starts after 2 s anyway.
const loaded = new Promise((ok) => (document.readyState === 'complete' ? ok() : addEventListener('load', ok, { once: true })));
const painted = new Promise((ok) => {
  const seen = () => performance.getEntriesByName('first-contentful-paint').length > 0;
  if (seen()) return ok();
  new PerformanceObserver((list, observer) => {
    if (list.getEntries().some((e) => e.name === 'first-contentful-paint')) { observer.disconnect(); ok(); }
  }).observe({ type: 'paint', buffered: true });
  setTimeout(ok, 2000);
});
Promise.all([loaded, painted]).then(start);`;
  return withoutPreloads(html).replace(loader.element, () => `<script type=module>${start}</script>`);
}
