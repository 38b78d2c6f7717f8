// Writes the offline copy: one self-contained HTML file next to the site
// (csto-explorer-offline.html) with the stylesheet, the JavaScript glue, the WebAssembly, the
// dataset's translations, the data downloads and the favicon inlined, for a USB stick or an
// email attachment. It opens from file:// with no network at all:
//   - the wasm sits base64-encoded in a data block and is instantiated from those bytes;
//   - the translations sit in JSON data blocks (`csto-texts-<code>`), which the app reads
//     instead of fetching `data/i18n/<code>.json`;
//   - each data download sits in a data block (`data-file="<name>"`), which the app saves
//     instead of following its link;
//   - the dataset checker's worker script and wasm sit in a text block (`csto-checker`), which
//     the app starts as a blob: worker when a reader loads their own data;
//   - its own Content-Security-Policy allows only those inline script and style (by hash) and
//     WebAssembly, and no request of any kind (default-src 'none').
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';
import { trunkLoader, withoutPreloads } from './trunk-loader.mjs';

export const OFFLINE_NAME = 'csto-explorer-offline.html';

const sha256 = (text) => `'sha256-${createHash('sha256').update(text, 'utf8').digest('base64')}'`;
const b64 = (path) => readFileSync(path).toString('base64');
// Inside a <script> data block, "</" would end the block early; JSON allows "<\/".
const jsonBlock = (text) => text.replace(/<\//g, '<\\/');

export function offlinePage(dir, html) {
  const page = html.replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '');
  const { element: loader, glue: glueFile, wasm: wasmFile } = trunkLoader(page);
  const cssFile = page.match(/<link href=\.\/([^ >]+\.css)[^>]*rel=stylesheet>/)[1];
  const iconFile = page.match(/<link href=\.\/([^ >]+\.svg)[^>]*rel=icon>/)[1];

  const glue = readFileSync(join(dir, glueFile), 'utf8');
  const exported = [...glue.matchAll(/^export function (\w+)/gm)].map((m) => m[1]);
  const script = `${glue}
const cstoWasmBytes = Uint8Array.from(atob(document.getElementById('csto-wasm').textContent.trim()), (c) => c.charCodeAt(0));
const cstoInstance = await __wbg_init({ module_or_path: cstoWasmBytes });
window.wasmBindings = { ${exported.join(', ')} };
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm: cstoInstance } }));`;
  const css = readFileSync(join(dir, cssFile), 'utf8');

  const blocks = [`<script type="application/octet-stream" id="csto-wasm">${b64(join(dir, wasmFile))}</script>`];
  const i18nDir = join(dir, 'data', 'i18n');
  for (const file of existsSync(i18nDir) ? readdirSync(i18nDir).sort() : []) {
    const code = file.replace(/\.json$/, '');
    blocks.push(`<script type="application/json" id="csto-texts-${code}">${jsonBlock(readFileSync(join(i18nDir, file), 'utf8'))}</script>`);
  }
  for (const file of readdirSync(join(dir, 'data')).filter((f) => /^csto-data-.*\.(zip|json)$/.test(f)).sort()) {
    blocks.push(`<script type="application/octet-stream" data-file="${file}">${b64(join(dir, 'data', file))}</script>`);
  }
  // The format of a reader's own dataset: the schema and the guide, saved from the file too.
  for (const [name, path] of [['csto.schema.json', join(dir, 'data', 'csto.schema.json')], ['DATASET.md', join(dir, 'DATASET.md')]]) {
    if (existsSync(path)) blocks.push(`<script type="application/octet-stream" data-file="${name}">${b64(path)}</script>`);
  }

  // The dataset checker (a Web Worker): a page from file:// may not start one from a file, so the
  // app starts it from this block's text as a blob: its glue, then its wasm from inline bytes.
  if (existsSync(join(dir, 'check-data.js'))) {
    const checker = `${readFileSync(join(dir, 'check-data.js'), 'utf8')}
wasm_bindgen({ module_or_path: Uint8Array.from(atob('${b64(join(dir, 'check-data_bg.wasm'))}'), (c) => c.charCodeAt(0)) });`;
    blocks.push(`<script type="text/plain" id="csto-checker">${checker.replace(/<\//g, '<\\/')}</script>`);
  }

  const datasetUrl = `data:application/json;base64,${b64(join(dir, 'data', 'csto.json'))}`;
  let out = withoutPreloads(page)
    .replace(loader, '')
    .replace(/<link href=\.\/[^ >]+\.css[^>]*rel=stylesheet>/, () => `<style>${css}</style>`)
    .replace(/<link href=\.\/[^ >]+\.svg[^>]*rel=icon>/, () => `<link href="data:image/svg+xml;base64,${b64(join(dir, iconFile))}" rel=icon>`)
    .replace(/href=data\/csto\.json/g, () => `href="${datasetUrl}" download=csto.json`)
    .replace('</body>', () => `${blocks.join('')}<script type=module>${script}</script></body>`);
  // The page's own small inline scripts (the early one that shows a view alone before the
  // app starts) keep running: each is allowed by its hash, like the loader.
  const early = [...page.matchAll(/<script>([\s\S]*?)<\/script>/g)].map((m) => sha256(m[1]));
  const policy = [
    "default-src 'none'",
    `script-src ${[...early, sha256(script)].join(' ')} 'wasm-unsafe-eval'`,
    `style-src ${sha256(css)}`,
    "style-src-attr 'unsafe-inline'",
    'img-src data:',
    // Only for the dataset checker, started from its inline block.
    'worker-src blob:',
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
  out = out.replace(/<meta charset=("?)utf-8\1\s*\/?>/i, (m) => `${m}<meta http-equiv="Content-Security-Policy" content="${policy}">`);
  return out;
}
