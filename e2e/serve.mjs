// A plain static host for the built site, as a training site would have one:
// files under a sub-path, no rewrite rules, and `404.html` for unknown paths
// (the way GitHub Pages and most static hosts behave).
//   node serve.mjs DIR PORT PREFIX
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

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
  if (body) {
    res.writeHead(200, {
      'content-type': types[extname(path)] ?? 'application/octet-stream',
      'content-security-policy': CSP,
    });
    return res.end(body);
  }
  const notFound = await file(join(dir, '404.html'));
  res.writeHead(404, { 'content-type': 'text/html; charset=utf-8', 'content-security-policy': CSP });
  res.end(notFound ?? 'not found');
}).listen(Number(port), 'localhost', () => {
  console.log(`serving ${dir} at http://localhost:${port}${prefix}`);
});
