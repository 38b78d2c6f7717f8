// The response headers a newsroom should send with the built site (issue 20), written by the
// post-build hook with the current script hashes: `_headers` (the format Netlify and Cloudflare
// Pages read) and `nginx-headers.conf` (the same, for nginx), both in dist/. The pages carry
// their policy in a <meta> element too (tools/csp.mjs); the header form adds what a <meta>
// cannot: `frame-ancestors` (the page frames nowhere but its own site; embed.html anywhere) and
// the worker's own policy.
import { policyFor } from './csp.mjs';

const COMMON = [
  ['X-Content-Type-Options', 'nosniff'],
  ['Referrer-Policy', 'strict-origin-when-cross-origin'],
  ['Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()'],
];
// The dataset checker runs as a worker from check-data-loader.js: it needs its own scripts and
// WebAssembly, and fetches nothing.
const WORKER = "default-src 'none'; script-src 'self' 'wasm-unsafe-eval'";
// Files named by their content's hash never change; the others may with each build.
const LONG = 'public, max-age=31536000, immutable';
const HOST_SCRIPT = [['Cross-Origin-Resource-Policy', 'cross-origin'], ['Access-Control-Allow-Origin', '*']];
const SHORT = 'public, max-age=300';

/** [path pattern, [[header, value]…]] rules for the built site. */
export function headerRules(indexHtml, embedHtml) {
  const page = `${policyFor(indexHtml)}; worker-src 'self' blob:; frame-ancestors 'self'`;
  const embed = `${policyFor(embedHtml)}; worker-src 'self' blob:; frame-ancestors *`;
  return [
    ['/*', [...COMMON, ['Cache-Control', SHORT]]],
    ['/', [['Content-Security-Policy', page]]],
    ['/index.html', [['Content-Security-Policy', page]]],
    ['/embed.html', [['Content-Security-Policy', embed]]],
    ['/check-data-loader.js', [['Content-Security-Policy', WORKER]]],
    // Articles elsewhere load the host script, the hashed one with `crossorigin` (so CORS).
    ['/embed.js', [...HOST_SCRIPT, ['Cache-Control', SHORT]]],
    ['/csto-embed-*', [...HOST_SCRIPT, ['Cache-Control', LONG]]],
    ['/csto-explorer-*', [['Cache-Control', LONG]]],
    ['/style-*', [['Cache-Control', LONG]]],
  ];
}

/** The rules in `_headers` form. */
export function headersFile(rules) {
  return rules.map(([path, headers]) => `${path}\n${headers.map(([k, v]) => `  ${k}: ${v}`).join('\n')}\n`).join('');
}

/** The rules as an nginx snippet, to include inside the site's `server { … }` block. */
export function nginxSnippet(rules) {
  const add = (headers) => headers.map(([k, v]) => `    add_header ${k} "${v}" always;`).join('\n');
  const common = rules.find(([p]) => p === '/*')[1];
  const location = (match, headers) => `location ${match} {\n${add([...common.filter(([k]) => !headers.some(([h]) => h === k)), ...headers])}\n}\n`;
  const exact = rules.filter(([p]) => p !== '/*' && !p.endsWith('*'));
  const prefixed = rules.filter(([p]) => p !== '/*' && p.endsWith('*'));
  return [
    '# The CSTO explorer\'s response headers, written by its build (tools/headers.mjs) with the\n# current script hashes. nginx drops inherited add_header lines in a block that has its own,\n# so every block repeats the common ones.\n',
    location('/', common),
    ...exact.map(([p, h]) => location(`= ${p}`, h)),
    ...prefixed.map(([p, h]) => location(`^~ ${p.slice(0, -1)}`, h)),
  ].join('\n');
}
