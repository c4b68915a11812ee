// First contentful paint, first byte and DOMContentLoaded of pages of a running app (any archive
// size), against a static reference loaded in the same run (issue #12: FCP <= 300 ms on every page).
//
//   node --experimental-websocket bench/first-paint-urls.mjs RUNS name=URL [name=URL ...] > OUT.md
//
// Debian's Chromium (/usr/bin/chromium) with the browser tests' flags (headless, --no-sandbox,
// --disable-gpu, --disable-background-networking; nothing downloaded), 1366x900, each load in a
// fresh browser context (nothing cached), as FirstPaintMatrixReport and bench/first-paint-trace.mjs
// do. Each page is loaded once unmeasured (it warms the server; its figures are printed on stderr
// and in the "first load" column) and then RUNS times; the pages are loaded in turns (page 1, page
// 2, ..., page 1, ...), so a load spike hits them alike. Each load is measured with the tests'
// expression (FirstPaintMatrixReport.MEASURE): FCP from the paint entries, first byte
// (responseStart) and DOMContentLoaded end from the navigation entry, CLS summed until the load
// event, the web fonts in and 500 ms more; every layout shift is printed on stderr under its load
// with its sources (node, rect before → after, in CSS px), as Chromium gives them. The reference: a static page, e.g. the test resources'
// first-paint-styled-reference.html served by bench/static-pages.mjs. Prints a Markdown table of
// medians (min-max) and the FCP ratio to the first page given (the reference).
import { openChromium } from './cdp.mjs';
import fs from 'node:fs';

const med = a => { const s = [...a].sort((x, y) => x - y); return s.length ? s[Math.floor(s.length / 2)] : NaN; };
const [, , runsArg, ...specs] = process.argv;
const RUNS = Number(runsArg);
const pages = specs.map(s => ({ name: s.slice(0, s.indexOf('=')), url: s.slice(s.indexOf('=') + 1), loads: [] }));
const chromium = await openChromium('/tmp/first-paint-urls-');
const send = chromium.send;
// FirstPaintMatrixReport.MEASURE, called at once
const MEASURE = "new Promise(done => {"
  + " let cls = 0; const moved = []; new PerformanceObserver(l => { for (const e of l.getEntries())"
  + " if (!e.hadRecentInput) { cls += e.value; moved.push(e.value.toFixed(4) + ' @' + e.startTime.toFixed(0) + ' '"
  + "  + (e.sources || []).map(s => (s.node ? s.node.nodeName + (s.node.id ? '#' + s.node.id : '')"
  + "  + (typeof s.node.className === 'string' && s.node.className ? '.' + s.node.className.split(' ').join('.') : '') : '?')"
  + "  + ' ' + [s.previousRect, s.currentRect].map(r => [r.x, r.y, r.width, r.height].map(Math.round).join(',')).join('→')).join(' ; ')); } })"
  + ".observe({ type: 'layout-shift', buffered: true });"
  + " const report = () => { const p = performance.getEntriesByType('paint').find(e => e.name === 'first-contentful-paint');"
  + " const n = performance.getEntriesByType('navigation')[0];"
  + " done({ fcp: p ? p.startTime : -1, ttfb: n.responseStart, dcl: n.domContentLoadedEventEnd, cls: cls, status: n.responseStatus,"
  + " bytes: n.transferSize, nodes: document.getElementsByTagName('*').length, moved: moved }); };"
  + " const after = () => document.fonts.ready.then(() => setTimeout(report, 500));"
  + " if (document.readyState === 'complete') after(); else addEventListener('load', after); })";

async function load(url) {
  const page = await chromium.newPage();
  const sessionId = page.sessionId;
  const loaded = new Promise(ok => { chromium.listen(m => { if (m.sessionId === sessionId && m.method === 'Page.loadEventFired') ok(); }); });
  await send('Page.navigate', { url }, sessionId);
  await loaded;
  const r = await send('Runtime.evaluate', { expression: MEASURE, awaitPromise: true, returnByValue: true }, sessionId);
  await page.close();
  return r.result.value;
}

for (let i = 0; i <= RUNS; i++) {
  for (const p of pages) {
    const m = await load(p.url);
    m.load = Number(fs.readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
    console.error(`${p.name} ${i}: FCP ${m.fcp.toFixed(0)} first byte ${m.ttfb.toFixed(0)} DCL ${m.dcl.toFixed(0)} status ${m.status} CLS ${m.cls.toFixed(4)} load ${m.load}`);
    for (const x of m.moved) console.error(`  shift ${x}`);
    if (i === 0) p.first = m; else p.loads.push(m);
  }
}
await chromium.close();

const ref = med(pages[0].loads.map(m => m.fcp));
const cell = (p, k) => { const v = p.loads.map(m => m[k]); return `${med(v).toFixed(0)} (${Math.min(...v).toFixed(0)}–${Math.max(...v).toFixed(0)})`; };
console.log(`| page | URL | FCP ms (min–max) | / reference | first byte ms | DOMContentLoaded ms | CLS (max) | HTML KB | elements | first load: FCP / first byte ms |`);
console.log('|---|---|---:|---:|---:|---:|---:|---:|---:|---:|');
for (const p of pages) {
  console.log(`| ${p.name} | \`${new URL(p.url).pathname}${new URL(p.url).search}\` | ${cell(p, 'fcp')} | ${(med(p.loads.map(m => m.fcp)) / ref).toFixed(2)} | ${cell(p, 'ttfb')} | ${cell(p, 'dcl')} | `
    + `${Math.max(...p.loads.map(m => m.cls)).toFixed(3)} | ${(med(p.loads.map(m => m.bytes)) / 1024).toFixed(0)} | ${med(p.loads.map(m => m.nodes))} | ${p.first.fcp.toFixed(0)} / ${p.first.ttfb.toFixed(0)} |`);
}
const loads = pages.flatMap(p => p.loads.map(m => m.load));
console.log(`\nload (1 min) over the measured loads: ${Math.min(...loads)}–${Math.max(...loads)}`);
