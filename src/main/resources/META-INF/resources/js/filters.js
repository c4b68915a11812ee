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
  // In the frame that paints first, not before it: the measuring lays the page out.
  requestAnimationFrame(function () { showYear(); });
  document.addEventListener('htmx:afterSettle', function (e) { showYear(e.target); });

  // The article select comes without its options while "more filters" is closed: they are asked
  // for (the page's URL, the select as the target) when it is first opened.
  document.addEventListener('toggle', function (e) {
    var details = e.target;
    if (!details.matches || !details.matches('details.more') || !details.open) return;
    var select = details.querySelector('select[data-choices="later"]');
    if (!select) return;
    select.removeAttribute('data-choices');
    fetch(location.pathname + location.search, {
      headers: { 'HX-Request': 'true', 'HX-Target': select.id }
    }).then(function (r) { return r.ok ? r.text() : ''; }).then(function (html) {
      if (!html) return;
      var value = select.value;
      select.insertAdjacentHTML('beforeend', html);
      select.value = value;
    });
  }, true);

  // htmx (the form applying on change, boosted year links, the actor suggestions) only after the
  // page's load event, so neither its code nor its walk over the page comes before the first paint;
  // until then every link and the form work as they do without JavaScript. Once the document is
  // complete htmx initialises at once.
  function loadHtmx() {
    if (window.htmx || document.getElementById('htmx-script')) return;
    var s = document.createElement('script');
    s.id = 'htmx-script';
    s.src = '/_static/htmx.org/2.0.2/dist/htmx.min.js';
    document.head.appendChild(s);
  }
  if (document.readyState === 'complete') {
    loadHtmx();
  } else {
    window.addEventListener('load', loadHtmx);
  }
})();
