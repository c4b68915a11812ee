// The Arabic web font (Noto Naskh) after the first contentful paint, not before it. Until then
// Arabic is drawn in the size-adjusted DejaVu Sans (app.css: same advance and line boxes, so
// nothing moves when the font comes). A trace of `/` under load showed the font arriving between
// the first frame's commit and its presentation and the whole page laid out again (424 ms at load
// 20) on the two cores the frame's raster needed. Here both faces are fetched once the first paint
// is reported, and only when both are in does `html.wf` name the font: one relayout, after the
// paint. Later pages of the same session (the fonts then in the HTTP cache) name it at once, as
// every page did before. Without JavaScript a <noscript> style in the page names it at once too.
(function () {
  'use strict';
  // Runs fn once the first contentful paint is reported; at once where paint entries are not
  // supported, and after 3 s on a page that never reports one (a background tab). js/filters.js
  // waits for the same moment before it loads htmx, through window.chronologyAfterFirstPaint.
  function afterFirstPaint(fn) {
    var types = window.PerformanceObserver && PerformanceObserver.supportedEntryTypes;
    if (!types || types.indexOf('paint') < 0) { fn(); return; }
    var done = false;
    var go = function () { if (!done) { done = true; fn(); } };
    var seen = new PerformanceObserver(function (list) {
      if (list.getEntries().some(function (e) { return e.name === 'first-contentful-paint'; })) {
        seen.disconnect();
        go();
      }
    });
    seen.observe({ type: 'paint', buffered: true });
    setTimeout(function () { seen.disconnect(); go(); }, 3000);
  }
  window.chronologyAfterFirstPaint = afterFirstPaint;
  var root = document.documentElement;
  var KEY = 'chronology.wf';
  function apply() {
    root.classList.add('wf');
    try { sessionStorage.setItem(KEY, '1'); } catch (e) { /* storage off: fonts after paint again */ }
  }
  try { if (sessionStorage.getItem(KEY)) { apply(); return; } } catch (e) { /* go on */ }
  function fetchFonts() {
    var fonts = document.fonts;
    if (!fonts || !fonts.load || !window.Promise) { apply(); return; }
    var family = '"Noto Naskh Arabic"';
    Promise.all([fonts.load('400 16px ' + family, '\u0627'), fonts.load('700 16px ' + family, '\u0627')])
      .then(apply, apply);
  }
  afterFirstPaint(fetchFonts);
}());
