// The chronology's filter form and year strip, enhanced. Everything works without this file: the
// server also redirects a URL with empty parameters to the clean one.
(function () {
  'use strict';

  // Drop empty fields before a GET form is sent, so the URL carries only the filters in force.
  function clean(data) {
    var names = [];
    data.forEach(function (v, k) { if (names.indexOf(k) < 0) names.push(k); });
    names.forEach(function (k) {
      var kept = data.getAll(k).filter(function (v) { return typeof v !== 'string' || v.trim() !== ''; });
      data.delete(k);
      kept.forEach(function (v) { data.append(k, v); });
    });
  }
  document.addEventListener('formdata', function (e) {
    if ((e.target.getAttribute('method') || 'get').toLowerCase() === 'get') clean(e.formData);
  });
  document.addEventListener('htmx:configRequest', function (e) {
    if (e.detail.verb === 'get' && e.detail.formData) clean(e.detail.formData);
  });

  // Bring the selected year (or the newest one) into view in the strip, which scrolls sideways on
  // narrow screens; only the strip moves, never the page.
  function showYear(root) {
    (root || document).querySelectorAll('.strip-wrap').forEach(function (wrap) {
      var bar = wrap.querySelector('a.bar.selected');
      if (!bar) {
        var bars = wrap.querySelectorAll('a.bar');
        var newest = null;
        bars.forEach(function (b) {
          if (!newest || Number(b.dataset.year) > Number(newest.dataset.year)) newest = b;
        });
        bar = newest;
      }
      if (!bar || wrap.scrollWidth <= wrap.clientWidth) return;
      var w = wrap.getBoundingClientRect();
      var b = bar.getBoundingClientRect();
      wrap.scrollLeft += (b.left + b.width / 2) - (w.left + w.width / 2);
    });
  }
  if (document.readyState === 'loading') {
    document.addEventListener('DOMContentLoaded', function () { showYear(); });
  } else {
    showYear();
  }
  document.addEventListener('htmx:afterSettle', function (e) { showYear(e.target); });
})();
