// Trunk's post-build hook (Trunk.toml), in order:
//   1. the data downloads, written from the bundled dataset by examples/data_files.rs;
//   2. the offline copy, one self-contained HTML file (tools/offline.mjs), which inlines them;
//   3. the Content-Security-Policy of the served page (tools/csp.mjs).
// One hook rather than three because Trunk starts hooks of a stage side by side.
//
//   TRUNK_STAGING_DIR=dist node tools/post-build.mjs
import { execFileSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addPolicy } from './csp.mjs';
import { OFFLINE_NAME, offlinePage } from './offline.mjs';

const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
execFileSync('cargo', ['run', '--quiet', '--example', 'data_files', '--', dir], { stdio: 'inherit' });
const index = join(dir, 'index.html');
const html = readFileSync(index, 'utf8');
writeFileSync(join(dir, OFFLINE_NAME), offlinePage(dir, html));
writeFileSync(index, addPolicy(html));
