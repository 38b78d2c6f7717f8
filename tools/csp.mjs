// Trunk post-build hook: adds a Content-Security-Policy to the built page. Scripts run only
// from our own origin or as the exact inline loader Trunk wrote (allowed by its SHA-256, so
// no 'unsafe-inline' for scripts); WebAssembly needs 'wasm-unsafe-eval'. Yew sets inline
// `style` attributes (positions along the axes), hence style-src-attr. No dependencies.
//
//   TRUNK_STAGING_DIR=dist node tools/csp.mjs      (Trunk sets the variable for its hooks)
import { readFileSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import { join } from 'node:path';

export function policyFor(html) {
  const inline = [...html.matchAll(/<script(?:\s[^>]*)?>([\s\S]*?)<\/script>/g)]
    .map((m) => m[1])
    .filter((body) => body.trim() !== '');
  const hashes = inline.map((body) => `'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  return [
    "default-src 'self'",
    `script-src 'self' ${hashes.join(' ')} 'wasm-unsafe-eval'`.replace(/\s+/g, ' '),
    "style-src 'self'",
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data:",
    // A reader's own dataset may come from another site (data=https://…, after the reader agrees).
    "connect-src 'self' https:",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'none'",
  ].join('; ');
}

export function addPolicy(html) {
  if (html.includes('http-equiv="Content-Security-Policy"')) return html;
  const charset = html.match(/<meta charset=("?)utf-8\1\s*\/?>/i);
  if (!charset) throw new Error('index.html: no <meta charset=utf-8> to put the policy after');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policyFor(html)}">`;
  return html.replace(charset[0], charset[0] + meta);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const dir = process.env.TRUNK_STAGING_DIR ?? process.argv[2] ?? 'dist';
  const file = join(dir, 'index.html');
  writeFileSync(file, addPolicy(readFileSync(file, 'utf8')));
}
