// A small static file server bound to 127.0.0.1, used by `scripts/serve` and the browser
// tests. Usage: node scripts/static-server.mjs DIR [PORT]
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { brotliCompressSync, constants } from 'node:zlib';

const TYPES = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8', '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8', '.wasm': 'application/wasm',
  '.svg': 'image/svg+xml', '.png': 'image/png', '.ico': 'image/x-icon',
};

/**
 * Starts a server. `mounts` maps URL prefixes ('/', '/sub/path/') to directories;
 * `handler(req, res)` may answer a request first (return true when it did).
 */
export async function startServer({ mounts, port = 0, handler, headers = {} }) {
  const prefixes = Object.keys(mounts).sort((a, b) => b.length - a.length);
  const server = createServer(async (req, res) => {
    try {
      if (handler && (await handler(req, res))) return;
      const url = new URL(req.url, 'http://127.0.0.1');
      const path = decodeURIComponent(url.pathname);
      const prefix = prefixes.find((p) => path.startsWith(p));
      if (!prefix) return send(res, 404, 'not found');
      const root = resolve(mounts[prefix]);
      let file = normalize(join(root, path.slice(prefix.length)));
      if (!file.startsWith(root)) return send(res, 403, 'forbidden');
      let info = await stat(file).catch(() => null);
      if (info?.isDirectory()) {
        // Like static hosts: a directory's address ends in '/', then its index.html.
        if (!path.endsWith('/')) {
          res.writeHead(301, { location: `${url.pathname}/${url.search}` });
          return res.end();
        }
        file = join(file, 'index.html');
        info = await stat(file).catch(() => null);
      }
      let status = 200;
      let body = info && (await readFile(file).catch(() => null));
      if (!body) {
        // Like GitHub Pages and Netlify: the site's own 404.html when it has one.
        file = join(root, '404.html');
        status = 404;
        info = await stat(file).catch(() => null);
        body = info && (await readFile(file).catch(() => null));
        if (!body) return send(res, 404, 'not found');
      }
      const type = TYPES[extname(file)] ?? 'application/octet-stream';
      const base = { 'content-type': type, 'cache-control': 'no-cache', vary: 'accept-encoding', ...headers };
      // Like any CDN: brotli for text and wasm when the browser accepts it.
      if (COMPRESSIBLE.test(type) && /\bbr\b/.test(req.headers['accept-encoding'] ?? '')) {
        res.writeHead(status, { ...base, 'content-encoding': 'br' });
        res.end(brotli(`${file}:${info.mtimeMs}:${info.size}`, body));
      } else {
        res.writeHead(status, base);
        res.end(body);
      }
    } catch (error) {
      send(res, 500, String(error));
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  return { server, origin: `http://127.0.0.1:${server.address().port}`, close: () => new Promise((ok) => server.close(ok)) };
}

const COMPRESSIBLE = /^(text\/|application\/(json|wasm)|image\/svg)/;
const compressed = new Map();

/** Brotli of a file's bytes, computed once per version of the file (`key`). */
function brotli(key, body) {
  if (!compressed.has(key)) {
    // Big files (generated benchmark catalogs) get a fast setting, as CDNs do on the fly.
    const quality = body.length > 4_000_000 ? 3 : 9;
    compressed.set(key, brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: quality } }));
  }
  return compressed.get(key);
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain; charset=utf-8' });
  res.end(text);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dir = process.argv[2] ?? 'dist';
  const { origin } = await startServer({ mounts: { '/': dir }, port: Number(process.argv[3] ?? 8080) });
  console.log(`Versus is served from ${dir} at ${origin}/ (Ctrl-C to stop)`);
}
