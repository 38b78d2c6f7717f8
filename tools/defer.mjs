// Moves the app's start after the page's load event. The first view is prerendered HTML
// (examples/prerender.rs): it needs the page and its stylesheet only. Trunk's loader would
// preload the script and the wasm from <head>, where on a slow phone link they take the
// bandwidth the stylesheet needs for the first paint; instead both are fetched once the page
// has loaded and painted, and the wasm then hydrates what is already on screen.
import { trunkLoader, withoutPreloads } from './trunk-loader.mjs';

export function deferStart(html) {
  const loader = trunkLoader(html);
  const start = `const start = async () => {
  const bindings = await import('./${loader.glue}');
  const wasm = await bindings.default({ module_or_path: './${loader.wasm}' });
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
