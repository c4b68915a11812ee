// Where a page's first contentful paint goes, from Chromium's own traces, over several loads.
//
//   node --experimental-websocket bench/first-paint-trace.mjs OUT RUNS name=URL [name=URL ...]
//   node bench/first-paint-trace.mjs --table OUT name [name ...]      (the table again from OUT)
//
// Launches Debian's Chromium (/usr/bin/chromium, the tests' flags: headless, --no-sandbox,
// --disable-gpu, --disable-background-networking; nothing is downloaded) and, for each page, loads
// it RUNS + 1 times, each in a fresh browser context at 1366x900 (as FirstPaintReport does: a fresh
// renderer, nothing cached); the first load only warms the server. Each other load is traced over
// the DevTools protocol from before the navigation to 300 ms after the first contentful paint and
// saved as OUT/<name>-<i>.json (open it in chrome://tracing or Perfetto). The pages are loaded in
// the order given, so `a=URL1 b=URL2 a2=URL1 b2=URL2` alternates two variants.
//
// The table: per page, medians over its loads of the renderer's work between the navigation's
// start and the first contentful paint: the main thread's CPU (all its tasks), the CPU of HTML
// parsing, style, layout, pre-paint + paint, script and raster (RasterTask, on the raster worker),
// the number of raster tasks (256 px tiles), the synchronous font look-ups the renderer makes to the
// browser process (local() matches, render styles of a strike, family matches, fallbacks: count and
// wall ms, which is mostly waiting for the browser process), and how many layout passes took over
// 1 ms of CPU. Static copies of the pages (FirstPaintReport -DfirstPaint.html=true writes them to
// target/pages/) can be served with bench/static-pages.mjs, so variants are edited copies.
import { openChromium } from './cdp.mjs';
import fs from 'node:fs';

const med = a => { const s = [...a].sort((x, y) => x - y); return s.length ? s[Math.floor(s.length / 2)] : 0; };
const STEPS = { parse: ['ParseHTML'], style: ['UpdateLayoutTree'], layout: ['Layout'], paint: ['PrePaint', 'Paint'], script: ['EvaluateScript', 'FunctionCall', 'v8.run'], raster: ['RasterTask'] };
const FONT_IPC = /MatchFontByPostscriptNameOrFullFontName|GetWebFontRenderStyleForStrike|onMatchFamilyStyle|FallbackFontForChar/;

function figures(file) {
  const ev = JSON.parse(fs.readFileSync(file)).traceEvents;
  const fcp = ev.find(e => e.name === 'firstContentfulPaint');
  if (!fcp) return null;
  // navigationStart (blink.user_timing) of the same navigation: the renderer's start of the load
  const pid = fcp.pid;
  const nav = ev.find(e => e.pid === pid && e.name === 'navigationStart' && e.args.data.navigationId === fcp.args.data.navigationId);
  if (!nav) return null;
  const thread = {};
  ev.filter(e => e.ph === 'M' && e.name === 'thread_name' && e.pid === pid).forEach(e => { thread[e.tid] = e.args.name; });
  const before = ev.filter(e => e.pid === pid && e.ph === 'X' && e.ts >= nav.ts && e.ts < fcp.ts);
  const cpu = list => list.reduce((s, e) => s + (e.tdur || 0) / 1000, 0);
  const r = { fcp: (fcp.ts - nav.ts) / 1000 };
  r.main = cpu(before.filter(e => thread[e.tid] === 'CrRendererMain' && e.name === 'ThreadControllerImpl::RunTask'));
  for (const [step, names] of Object.entries(STEPS)) r[step] = cpu(before.filter(e => names.includes(e.name)));
  r.tiles = before.filter(e => e.name === 'RasterTask').length;
  const ipc = before.filter(e => FONT_IPC.test(e.name));
  r.ipc = ipc.length;
  r.ipcWall = ipc.reduce((s, e) => s + e.dur / 1000, 0);
  r.passes = before.filter(e => e.name === 'Layout' && e.tdur > 1000).length;
  return r;
}

function table(dir, names) {
  const out = ['| page | loads | FCP ms | main-thread CPU | ' + Object.keys(STEPS).join(' | ') + ' | raster tasks | font IPCs (n, wall ms) | layout passes |',
    '|---|---:|---:|---:|' + Object.keys(STEPS).map(() => '---:').join('|') + '|---:|---:|---:|'];
  for (const name of names) {
    const rows = fs.readdirSync(dir).filter(f => new RegExp('^' + name + '-\\d+\\.json$').test(f)).map(f => figures(`${dir}/${f}`)).filter(Boolean);
    const m = k => med(rows.map(r => r[k]));
    out.push(`| ${name} | ${rows.length} | ${m('fcp').toFixed(0)} | ${m('main').toFixed(0)} | ` + Object.keys(STEPS).map(s => m(s).toFixed(1)).join(' | ')
      + ` | ${m('tiles')} | ${m('ipc')}, ${m('ipcWall').toFixed(0)} | ${m('passes')} |`);
  }
  return out.join('\n');
}

if (process.argv[2] === '--table') {
  console.log(table(process.argv[3], process.argv.slice(4)));
  process.exit(0);
}

const [, , outDir, runsArg, ...specs] = process.argv;
const RUNS = Number(runsArg);
fs.mkdirSync(outDir, { recursive: true });
const chromium = await openChromium('/tmp/first-paint-trace-');
const send = chromium.send;
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'disabled-by-default-devtools.timeline.frame', 'blink', 'cc', 'loading', 'toplevel', 'v8', 'fonts', 'renderer.scheduler', 'benchmark', 'navigation', 'blink.user_timing'];
const FCP = "new Promise(done => { new PerformanceObserver(l => { const p = l.getEntries().find(e => e.name === 'first-contentful-paint'); if (p) setTimeout(() => done(p.startTime), 300); }).observe({ type: 'paint', buffered: true }); setTimeout(() => done(-1), 15000); })";
for (const spec of specs) {
  const [name, url] = [spec.slice(0, spec.indexOf('=')), spec.slice(spec.indexOf('=') + 1)];
  for (let i = 0; i <= RUNS; i++) {
    const page = await chromium.newPage();
    const sessionId = page.sessionId;
    const events = [];
    let complete;
    const completed = new Promise(ok => { complete = ok; });
    const loaded = new Promise(ok => { chromium.listen(m => {
      if (m.method === 'Tracing.dataCollected') events.push(...m.params.value);
      if (m.method === 'Tracing.tracingComplete') complete();
      if (m.sessionId === sessionId && m.method === 'Page.loadEventFired') ok();
    }); });
    if (i > 0) await send('Tracing.start', { traceConfig: { includedCategories: CATEGORIES, recordMode: 'recordAsMuchAsPossible' }, transferMode: 'ReportEvents' });
    await send('Page.navigate', { url }, sessionId);
    await loaded;
    const r = await send('Runtime.evaluate', { expression: FCP, awaitPromise: true, returnByValue: true }, sessionId);
    if (i > 0) {
      await send('Tracing.end');
      await completed;
      fs.writeFileSync(`${outDir}/${name}-${i}.json`, JSON.stringify({ traceEvents: events }));
      console.error(`${name} ${i}: FCP ${r.result.value} ms`);
    }
    await page.close();
  }
}
await chromium.close();
console.log(table(outDir, [...new Set(specs.map(s => s.slice(0, s.indexOf('='))))]));
