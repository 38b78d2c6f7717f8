// A small static file server for the built site, bound to 127.0.0.1 only. Used by the
// end-to-end tests and the benchmark; `--gzip` serves gzip-compressed responses (as a CDN
// would) so transfer sizes can be measured. `handlers` (tests only) maps a path to a function
// that answers it by hand, for responses a file cannot give (a body streamed without a length).
// No dependencies.
//
//   node tools/serve.mjs [--dir dist] [--port 8080] [--gzip]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { gzipSync } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
};

export function startServer({ dir = 'dist', port = 0, gzip = false, handlers = new Map() } = {}) {
  const root = resolve(dir);
  const cache = new Map();
  const server = createServer(async (req, res) => {
    try {
      const url = new URL(req.url, 'http://127.0.0.1');
      let path = decodeURIComponent(url.pathname);
      if (handlers.has(path)) return handlers.get(path)(req, res);
      if (path.endsWith('/')) path += 'index.html';
      const file = normalize(join(root, path));
      if (file !== root && !file.startsWith(root + sep)) {
        res.writeHead(403).end('forbidden');
        return;
      }
      const info = await stat(file).catch(() => null);
      if (!info || !info.isFile()) {
        res.writeHead(404, { 'content-type': 'text/plain' }).end('not found');
        return;
      }
      let body = await readFile(file);
      const headers = { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' };
      // The host script is loaded by articles on other sites, the hashed one with CORS (as the
      // build's `_headers` says).
      if (/^\/(embed|csto-embed-[0-9a-f]+)\.js$/.test(path)) headers['access-control-allow-origin'] = '*';
      if (gzip && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '')) {
        const key = `${file}:${info.mtimeMs}`;
        if (!cache.has(key)) cache.set(key, gzipSync(body, { level: 9 }));
        body = cache.get(key);
        headers['content-encoding'] = 'gzip';
        headers.vary = 'accept-encoding';
      }
      headers['content-length'] = body.length;
      res.writeHead(200, headers);
      res.end(req.method === 'HEAD' ? undefined : body);
    } catch (err) {
      res.writeHead(500, { 'content-type': 'text/plain' }).end(String(err));
    }
  });
  return new Promise((ok) => server.listen(port, '127.0.0.1', () => ok({ server, port: server.address().port })));
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const opt = (name, fallback) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : fallback;
  };
  const { port } = await startServer({ dir: opt('--dir', 'dist'), port: Number(opt('--port', 8080)), gzip: args.includes('--gzip') });
  console.log(`serving ${opt('--dir', 'dist')} on http://127.0.0.1:${port}/`);
}
