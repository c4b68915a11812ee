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

  // An answer shows the filters as they were sent; what the reader typed in a text field since then
  // (the answer came while they were still typing) is theirs and stays in the field, caret and all,
  // so the next Enter sends it and not the answer's older text. Every request that swaps the
  // chronology (the form, a boosted link, the late counts) is synchronised on #chronology
  // (hx-sync replace): an earlier answer never lands after a later one.
  function texts() {
    var out = {};
    var form = document.querySelector('form.filters');
    if (form) form.querySelectorAll('input[type=search]').forEach(function (i) { if (i.id) out[i.id] = i.value; });
    return out;
  }
  document.addEventListener('htmx:beforeRequest', function (e) {
    var xhr = e.detail.xhr;
    if (!xhr) return;
    xhr.chronologySent = texts();
    quietAbort(xhr);
  });
  // A request replaced by a newer one (hx-sync replace, typing on) is aborted on purpose, but htmx
  // reports every abort as an error ("htmx:afterRequest", "htmx:sendAbort" in the console). Its
  // abort handler runs as it is (indicators, request lock), with console.error silenced for that
  // call only; a real failure (onerror, a timeout, a bad status) is still reported.
  function quietAbort(xhr) {
    var onabort = xhr.onabort;
    if (typeof onabort !== 'function' || onabort.chronologyQuiet) return;
    var quiet = function () {
      var error = console.error;
      console.error = function () {};
      try {
        return onabort.apply(this, arguments);
      } finally {
        console.error = error;
      }
    };
    quiet.chronologyQuiet = true;
    xhr.onabort = quiet;
  }
  var typed = null;
  document.addEventListener('htmx:beforeSwap', function (e) {
    var sent = e.detail.xhr && e.detail.xhr.chronologySent;
    typed = null;
    if (!sent) return;
    var now = texts();
    Object.keys(now).forEach(function (id) {
      if (id in sent && now[id] !== sent[id]) {
        var el = document.getElementById(id);
        typed = typed || {};
        typed[id] = { value: now[id], start: el.selectionStart, end: el.selectionEnd };
      }
    });
  });
  document.addEventListener('htmx:afterSwap', function () {
    if (!typed) return;
    Object.keys(typed).forEach(function (id) {
      var el = document.getElementById(id);
      if (!el) return;
      el.value = typed[id].value;
      if (document.activeElement === el && typed[id].start != null) {
        try { el.setSelectionRange(typed[id].start, typed[id].end); } catch (ignored) { /* no caret */ }
      }
    });
    typed = null;
  });

  // Typing an actor's name applies nothing until Enter (the form's submit) or another filter
  // changes: the name field's change event stops before the form, whose other changes apply at
  // once. An htmx trigger filter (change[target.name!='who']) is compiled with Function(), which
  // the Content-Security-Policy forbids: htmx then logged an error and applied every change, so
  // Enter in the field sent the form twice.
  document.addEventListener('change', function (e) {
    var t = e.target;
    if (t && t.name === 'who' && t.form && t.form.matches('form.filters')) e.stopPropagation();
  }, true);

  // Closed, "more filters" holds only a link to the page with its fields (?more=1): they are asked
  // for (the page's URL, their block as the target) when it is first opened, and put in the link's
  // place. If that fails the link stays, and leads to them as it does without JavaScript.
  document.addEventListener('toggle', function (e) {
    var details = e.target;
    if (!details.matches || !details.matches('details.more') || !details.open) return;
    var later = details.querySelector('.more-fields.later');
    if (!later || later.dataset.asked) return;
    later.dataset.asked = '1';
    fetch(location.pathname + location.search, {
      headers: { 'HX-Request': 'true', 'HX-Target': later.id }
    }).then(function (r) { return r.ok ? r.text() : ''; }).then(function (html) {
      var fields = html && new DOMParser().parseFromString(html, 'text/html').getElementById(later.id);
      if (!fields || !later.isConnected) { delete later.dataset.asked; return; }
      var focused = later.contains(document.activeElement);
      later.replaceWith(document.adoptNode(fields));
      if (focused) { var first = fields.querySelector('input, select'); if (first) first.focus(); }
    }).catch(function () { delete later.dataset.asked; });
  }, true);

  // Older events come a page at a time, so that the first response stays small: the "older events"
  // link appends its page to the list in place, when followed or (up to AUTO cards) when it comes
  // near the screen. Without JavaScript, or when the request fails, it leads to that page.
  var AUTO = 100;
  var loading = null;
  function more(link, focus) {
    if (loading) return;
    var results = document.getElementById('results');
    loading = fetch(link.getAttribute('href'), { headers: { 'HX-Request': 'true', 'HX-Target': 'results' } })
      .then(function (r) {
        if (!r.ok) throw new Error('HTTP ' + r.status);
        return r.text();
      })
      .then(function (html) {
        var next = new DOMParser().parseFromString(html, 'text/html').getElementById('results');
        if (!next) throw new Error('no list');
        var first = append(results, next);
        var older = next.querySelector('nav.pager a.more');
        if (older) {
          link.setAttribute('href', older.getAttribute('href'));
        } else { // the last page: no link, and no empty list of pages
          var nav = link.parentNode;
          link.remove();
          if (!nav.querySelector('a')) nav.remove();
        }
        var shown = results.querySelector('.showing');
        var got = next.querySelector('.showing');
        if (shown && got) { // "showing 1–20" becomes "showing 1–40": the last figure is the page's end
          var t = shown.textContent;
          var i = t.lastIndexOf(shown.dataset.to);
          if (i >= 0) shown.textContent = t.slice(0, i) + got.dataset.to + t.slice(i + shown.dataset.to.length);
          shown.dataset.to = got.dataset.to;
        }
        var title = first && first.querySelector('.title a');
        if (focus && title) title.focus();
        loading = null;
        watch();
      })
      .catch(function () {
        loading = null;
        if (focus) location.href = link.href;
      });
  }
  // Moves a fetched page's cards into the list: under the year and month headings already shown,
  // or with their own headings. Returns the first new card's item.
  function append(results, next) {
    var pager = results.querySelector('nav.pager');
    var first = null;
    Array.prototype.slice.call(next.querySelectorAll('section.year')).forEach(function (sec) {
      var h2 = sec.querySelector('h2');
      var had = h2 && document.getElementById(h2.id);
      var target = had && had.closest('section.year');
      if (!target) {
        first = first || sec.querySelector('ol.events > li');
        results.insertBefore(sec, pager);
        return;
      }
      var lists = target.querySelectorAll(':scope > ol.events');
      var into = lists.length ? lists[lists.length - 1] : null;
      Array.prototype.slice.call(sec.children).forEach(function (c) {
        if (c.matches('h3.month')) {
          var same = document.getElementById(c.id);
          into = same && same.nextElementSibling && same.nextElementSibling.matches('ol.events')
            ? same.nextElementSibling : null;
          if (!same) target.appendChild(c);
        } else if (c.matches('ol.events')) {
          first = first || c.firstElementChild;
          if (into) {
            while (c.firstElementChild) into.appendChild(c.firstElementChild);
          } else {
            target.appendChild(c);
            into = c;
          }
        }
      });
    });
    return first;
  }
  document.addEventListener('click', function (e) {
    var link = e.target.closest && e.target.closest('#results nav.pager a.more');
    if (!link || e.button !== 0 || e.ctrlKey || e.metaKey || e.shiftKey || e.altKey) return;
    e.preventDefault();
    more(link, true);
  });
  var near = 'IntersectionObserver' in window
    ? new IntersectionObserver(function (entries) {
      entries.forEach(function (en) {
        if (en.isIntersecting && document.querySelectorAll('#results article.event').length < AUTO) {
          more(en.target, false);
        }
      });
    }, { rootMargin: '0px 0px 600px 0px' })
    : null;
  function watch() {
    if (!near) return;
    near.disconnect();
    var link = document.querySelector('#results nav.pager a.more');
    if (link) near.observe(link);
  }
  window.addEventListener('load', watch);
  document.addEventListener('htmx:afterSettle', watch);

  // What the reader did before htmx arrived (it comes after the first paint, below) is not lost: a
  // name typed in the actor box asks for its suggestions (htmx's "changed" filter takes the typed
  // text as the field's last value, so the box's "typed" trigger is used), and a field of the form
  // changed meanwhile applies the form, as it would have once htmx was there. The actor box's own
  // change events never reach these listeners (stopped above).
  var ready = false;
  var typedEarly = false;
  var changedEarly = false;
  document.addEventListener('input', function (e) {
    if (!ready && e.target && e.target.id === 'f-who') typedEarly = true;
  });
  document.addEventListener('change', function (e) {
    var form = e.target && e.target.form;
    if (!ready && form && form.matches('form.filters')) changedEarly = true;
  });
  document.addEventListener('htmx:load', function early(e) {
    if (e.target !== document.body) return;
    document.removeEventListener('htmx:load', early);
    ready = true;
    var form = document.querySelector('form.filters');
    if (!form || !window.htmx) return;
    if (changedEarly) {
      window.htmx.trigger(form, 'change');
    } else if (typedEarly) {
      var who = form.querySelector('#f-who');
      if (who && who.value.trim() !== '') window.htmx.trigger(who, 'typed');
    }
  });

  // htmx (the form applying on change, boosted year links, the actor suggestions) only after the
  // page's load event and its first contentful paint, so neither its code nor its walk over the
  // page comes before the first paint; until then every link and the form work as they do without
  // JavaScript. The paint is known only once the frame is on screen: a trace of `/` under load
  // showed the first frame committed, then its raster (on the renderer's worker threads) sharing
  // the two cores with htmx's parse and evaluation (about a second at load 20) until it was
  // presented. A page that never reports a paint (a background tab) gets htmx 3 s after its load.
  function loadHtmx() {
    if (window.htmx || document.getElementById('htmx-script')) return;
    var s = document.createElement('script');
    s.id = 'htmx-script';
    s.src = '/_static/htmx.org/2.0.2/dist/htmx.min.js';
    document.head.appendChild(s);
  }
  // js/fonts.js (every page's head, so run before this deferred script) waits for the first
  // contentful paint; without it, htmx is loaded at once.
  function start() {
    (window.chronologyAfterFirstPaint || function (fn) { fn(); })(loadHtmx);
  }
  if (document.readyState === 'complete') {
    start();
  } else {
    window.addEventListener('load', start);
  }
})();
