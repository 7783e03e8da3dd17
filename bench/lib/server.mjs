// A static file server for the benchmark pages, rooted at the repository (dist/, bench/, node_modules/ themes).
// Text is served brotli-compressed when the browser accepts it, as any CDN or host would serve the bundle.
import { createServer } from 'node:http';
import { createHash } from 'node:crypto';
import { brotliCompressSync } from 'node:zlib';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.map': 'application/json'
};

/**
 * Brotli at quality 11 takes about 100 ms for the all-in-one file: a CDN compresses once and serves that, so the
 * server does too (by content), or every cold page would measure the server's compressor.
 */
const compressed = new Map();
function brotli(body) {
  const key = createHash('sha1').update(body).digest('hex');
  if (!compressed.has(key)) compressed.set(key, brotliCompressSync(body));
  return compressed.get(key);
}

export async function startServer(root = process.cwd()) {
  const server = createServer(async (req, res) => {
    const url = new URL(req.url, 'http://x');
    let path = normalize(decodeURIComponent(url.pathname)).replace(/^(\.\.[/\\])+/, '');
    // `?delay=<ms>` holds a response back: a slow network or CDN, so the widgets upgrade after the first paint.
    const delay = Number(url.searchParams.get('delay')) || 0;
    if (delay) await new Promise((resolve) => setTimeout(resolve, delay));
    // `<page>-slow.html` is `<page>.html` with its scripts held back 1.5 s.
    const slow = path.endsWith('-slow.html');
    if (slow) path = path.replace(/-slow\.html$/, '.html');
    // `<page>-loader.html` is `<page>.html` with the all-in-one file's script tag pointing at the loader instead.
    const loader = path.endsWith('-loader.html');
    if (loader) path = path.replace(/-loader\.html$/, '.html');
    try {
      let body = await readFile(join(root, path));
      if (loader) body = Buffer.from(String(body).replace('/dist/cdn/embrace-widgets.js"', '/dist/cdn/loader.js"'));
      if (slow) body = Buffer.from(String(body).replace(/(<script[^>]* src="[^"]+\.js)"/g, '$1?delay=1500"'));
      const headers = {
        'content-type': TYPES[extname(path)] ?? 'application/octet-stream',
        'cache-control': 'no-store'
      };
      if (/\bbr\b/.test(req.headers['accept-encoding'] ?? '') && TYPES[extname(path)]) {
        res.writeHead(200, { ...headers, 'content-encoding': 'br' });
        res.end(brotli(body));
      } else {
        res.writeHead(200, headers);
        res.end(body);
      }
    } catch {
      res.writeHead(404).end();
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  return { origin: `http://127.0.0.1:${server.address().port}`, close: () => server.close() };
}
