// Trunk's post-build hook (Trunk.toml), in order:
//   1. the data downloads, written from the bundled dataset by src/bin/data-files.rs, which
//      also puts the host script for articles beside `embed.js` under the content-hashed name
//      build.rs gave it (`csto-embed-<hash>.js`; the embed code carries its integrity value);
//   2. the first view prerendered into index.html, and embed.html for iframes
//      (src/bin/prerender.rs, Yew's server renderer; the wasm hydrates it);
//   3. the offline copy, one self-contained HTML file (tools/offline.mjs), which inlines them;
//   4. the app's start moved after the page's load (tools/defer.mjs), so the first view's
//      bytes are the page and its stylesheet alone;
//   5. the Content-Security-Policy of the served pages (tools/csp.mjs);
//   6. the response headers to send with them (tools/headers.mjs): `_headers` and
//      `nginx-headers.conf`.
// One hook rather than several because Trunk starts hooks of a stage side by side.
//
//   TRUNK_STAGING_DIR=dist node tools/post-build.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addPolicy } from './csp.mjs';
import { deferStart } from './defer.mjs';
import { headerRules, headersFile, nginxSnippet } from './headers.mjs';
import { OFFLINE_NAME, offlinePage } from './offline.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
// The build's own programs (src/bin/, behind the `build-tools` feature), built once together.
const tool = (bin) => execFileSync('cargo', ['run', '--quiet', '--locked', '--features', 'build-tools', '--bin', bin, '--', dir], { stdio: 'inherit' });
tool('data-files');
tool('prerender');
const index = join(dir, 'index.html');
writeFileSync(join(dir, OFFLINE_NAME), offlinePage(dir, readFileSync(index, 'utf8')));
for (const name of ['index.html', 'embed.html']) {
  const file = join(dir, name);
  writeFileSync(file, addPolicy(deferStart(readFileSync(file, 'utf8'))));
}
// The response headers to send with the site, with the pages' final script hashes.
const rules = headerRules(readFileSync(index, 'utf8'), readFileSync(join(dir, 'embed.html'), 'utf8'));
writeFileSync(join(dir, '_headers'), headersFile(rules));
writeFileSync(join(dir, 'nginx-headers.conf'), nginxSnippet(rules));
