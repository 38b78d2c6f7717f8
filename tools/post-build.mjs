// Trunk's post-build hook (Trunk.toml), in order:
//   1. the data downloads, written from the bundled dataset by examples/data_files.rs;
//   2. the first view prerendered into index.html, and embed.html for iframes
//      (examples/prerender.rs, Yew's server renderer; the wasm hydrates it);
//   3. the offline copy, one self-contained HTML file (tools/offline.mjs), which inlines them;
//   4. the app's start moved after the page's load (tools/defer.mjs), so the first view's
//      bytes are the page and its stylesheet alone;
//   5. the Content-Security-Policy of the served pages (tools/csp.mjs).
// One hook rather than several because Trunk starts hooks of a stage side by side.
//
//   TRUNK_STAGING_DIR=dist node tools/post-build.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addPolicy } from './csp.mjs';
import { deferStart } from './defer.mjs';
import { OFFLINE_NAME, offlinePage } from './offline.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
execFileSync('cargo', ['run', '--quiet', '--example', 'data_files', '--', dir], { stdio: 'inherit' });
execFileSync('cargo', ['run', '--quiet', '--example', 'prerender', '--', dir], { stdio: 'inherit' });
const index = join(dir, 'index.html');
writeFileSync(join(dir, OFFLINE_NAME), offlinePage(dir, readFileSync(index, 'utf8')));
for (const name of ['index.html', 'embed.html']) {
  const file = join(dir, name);
  writeFileSync(file, addPolicy(deferStart(readFileSync(file, 'utf8'))));
}
