// A plain static host for the built site, as a training site would have one:
// files under a sub-path, no rewrite rules, and `404.html` for unknown paths
// (the way GitHub Pages and most static hosts behave), compressed with brotli or
// gzip (`Content-Encoding`) when the client accepts it, as real hosts do.
//   node serve.mjs DIR PORT PREFIX
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const [dir = '../dist', port = '4173', prefix = '/lab/'] = process.argv.slice(2);
// The policy the README gives static hosts, so every e2e test runs under it.
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; object-src 'none'; base-uri 'self'; frame-ancestors 'none'";
const types = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.wasm': 'application/wasm',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

async function file(path) {
  try {
    const s = await stat(path);
    return s.isFile() ? await readFile(path) : null;
  } catch {
    return null;
  }
}

// Compressed once per file content (a rebuilt dist is compressed again). Brotli
// at quality 9 compresses the wasm in well under a second, about as a CDN does
// on the fly; level 9 gzip for clients without brotli.
const packed = new Map();
function encoded(path, body, accept) {
  const accepted = new Set(
    accept
      .split(',')
      .map((part) => part.trim().split(';'))
      .filter(([, q]) => !q || Number(q.trim().replace(/^q=/, '')) > 0)
      .map(([name]) => name.trim().toLowerCase()),
  );
  const encoding = accepted.has('br') ? 'br' : accepted.has('gzip') ? 'gzip' : null;
  if (!encoding || body.length < 256) return { body, encoding: null };
  const key = `${encoding} ${path}`;
  const hit = packed.get(key);
  if (hit && hit.from.equals(body)) return { body: hit.body, encoding };
  const out =
    encoding === 'br'
      ? brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 9, [constants.BROTLI_PARAM_SIZE_HINT]: body.length } })
      : gzipSync(body, { level: 9 });
  packed.set(key, { from: body, body: out });
  return { body: out, encoding };
}

function send(req, res, status, type, path, raw) {
  const { body, encoding } = encoded(path, raw, String(req.headers['accept-encoding'] ?? ''));
  const headers = { 'content-type': type, 'content-security-policy': CSP, vary: 'Accept-Encoding' };
  if (encoding) headers['content-encoding'] = encoding;
  headers['content-length'] = body.length;
  res.writeHead(status, headers);
  res.end(body);
}

// A malformed escape (`/lab/%zz`) is the client's error: answered 400, and the
// server keeps serving rather than dying on the thrown URIError.
function decoded(text) {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

createServer(async (req, res) => {
  const url = new URL(req.url, 'http://localhost');
  let body = null;
  let path = '';
  if (url.pathname.startsWith(prefix)) {
    const text = decoded(url.pathname.slice(prefix.length));
    if (text === null) {
      res.writeHead(400, { 'content-type': 'text/plain; charset=utf-8', 'content-security-policy': CSP });
      return res.end('bad request: malformed URL');
    }
    const rel = normalize(text || 'index.html');
    if (!rel.startsWith('..')) {
      path = join(dir, rel);
      body = await file(path);
    }
  }
  if (body) return send(req, res, 200, types[extname(path)] ?? 'application/octet-stream', path, body);
  const notFound = await file(join(dir, '404.html'));
  send(req, res, 404, 'text/html; charset=utf-8', join(dir, '404.html'), notFound ?? Buffer.from('not found'));
}).listen(Number(port), 'localhost', () => {
  console.log(`serving ${dir} at http://localhost:${port}${prefix}`);
});
