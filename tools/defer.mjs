// Moves the app's start after the page's load event. The first view is prerendered HTML
// (examples/prerender.rs): it needs the page and its stylesheet only. Trunk's loader would
// preload the script and the wasm from <head>, where on a slow phone link they take the
// bandwidth the stylesheet needs for the first paint; instead both are fetched once the page
// has loaded, and the wasm then hydrates what is already on screen.
export function deferStart(html) {
  const loader = html.match(/<script type=["']?module["']?>([\s\S]*?)<\/script>/);
  if (!loader) throw new Error('defer: no Trunk loader in the page');
  const glue = loader[1].match(/from '(\.\/[^']+\.js)'/)?.[1];
  const wasm = loader[1].match(/module_or_path: '(\.\/[^']+\.wasm)'/)?.[1];
  if (!glue || !wasm) throw new Error('defer: the Trunk loader has an unexpected form');
  const start = `const start = async () => {
  const bindings = await import('${glue}');
  const wasm = await bindings.default({ module_or_path: '${wasm}' });
  window.wasmBindings = bindings;
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
};
if (document.readyState === 'complete') start(); else addEventListener('load', start, { once: true });`;
  return html
    .replace(/<link[^>]*rel=["']?(modulepreload|preload)["']?[^>]*>/g, '')
    .replace(loader[0], () => `<script type=module>${start}</script>`);
}
