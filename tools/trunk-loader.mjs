// The loader Trunk writes into the built page: an inline module script that imports the wasm's
// JavaScript glue and starts the wasm, plus preload links for both in <head>. The offline copy
// (tools/offline.mjs) and the deferred start (tools/defer.mjs) both rewrite it; this is the one
// place that knows its form.

/** The loader in `html`: its whole `<script>` element, and the glue's and the wasm's file names
 * (`csto-explorer-….js`, `…_bg.wasm`, relative to the page). Throws when Trunk's form changed. */
export function trunkLoader(html) {
  const loader = html.match(/<script type=["']?module["']?>([\s\S]*?)<\/script>/);
  if (!loader) throw new Error('no Trunk loader in the page');
  const glue = loader[1].match(/from '\.\/([^']+\.js)'/)?.[1];
  const wasm = loader[1].match(/module_or_path: '\.\/([^']+\.wasm)'/)?.[1];
  if (!glue || !wasm) throw new Error('the Trunk loader has an unexpected form');
  return { element: loader[0], glue, wasm };
}

/** `html` without Trunk's preload links for the glue and the wasm. */
export function withoutPreloads(html) {
  return html.replace(/<link[^>]*rel=["']?(modulepreload|preload)["']?[^>]*>/g, '');
}
