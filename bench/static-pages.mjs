// Serves saved pages and the app's static files on 127.0.0.1, for bench/first-paint-trace.mjs:
//   node bench/static-pages.mjs PORT PAGES_DIR [RESOURCES_DIR]
// /pages/<file> comes from PAGES_DIR (e.g. target/pages/ after FirstPaintReport
// -DfirstPaint.html=true, or edited copies of them), anything else (/css, /js, /fonts, /favicon.svg)
// from RESOURCES_DIR (src/main/resources/META-INF/resources by default). Nothing is cached.
import http from 'node:http';
import fs from 'node:fs';
import path from 'node:path';

const [, , port, pagesDir, resDir = 'src/main/resources/META-INF/resources'] = process.argv;
const TYPES = { '.html': 'text/html; charset=utf-8', '.css': 'text/css', '.js': 'text/javascript', '.woff2': 'font/woff2', '.svg': 'image/svg+xml', '.ttf': 'font/ttf' };
http.createServer((req, res) => {
  const u = path.normalize(decodeURIComponent(req.url.split('?')[0]));
  const file = u.startsWith('/pages/') ? path.join(pagesDir, u.slice(7)) : path.join(resDir, u);
  fs.readFile(file, (err, data) => {
    if (err) { res.writeHead(404); res.end(); return; }
    res.writeHead(200, { 'content-type': TYPES[path.extname(file)] || 'application/octet-stream', 'cache-control': 'no-store' });
    res.end(data);
  });
}).listen(Number(port), '127.0.0.1');
