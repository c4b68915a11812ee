// Enhances what already works as links: drag across the time axis to choose a span (from/to),
// arrow keys between events on the axis, ←/→ through the story view, and the year strip as one Tab
// stop (arrow keys between its years). No dependency.
(function () {
  "use strict";
  if (window.chronologyAxis) return;
  window.chronologyAxis = true;

  var DAY = 86400000;

  function iso(epochDay) {
    return new Date(epochDay * DAY).toISOString().slice(0, 10);
  }

  // The day under a pointer: the SVG says where its window starts, how long it is and its direction.
  function dayAt(svg, clientX) {
    var box = svg.getBoundingClientRect();
    var f = (clientX - box.left) / box.width;
    if (svg.dataset.rtl === "true") f = 1 - f;
    f = Math.min(1, Math.max(0, (f - 0.01) / 0.98));
    var start = Number(svg.dataset.startDay), days = Number(svg.dataset.days);
    return start + Math.min(days - 1, Math.floor(f * days));
  }

  var drag = null;

  document.addEventListener("pointerdown", function (e) {
    var svg = e.target.closest && e.target.closest("svg.time-axis");
    if (!svg || e.button !== 0 || e.target.closest("a")) return;
    var box = svg.getBoundingClientRect();
    var rect = document.createElementNS("http://www.w3.org/2000/svg", "rect");
    rect.setAttribute("class", "ax-drag");
    rect.setAttribute("y", "0");
    rect.setAttribute("height", svg.dataset.pickY);
    svg.appendChild(rect);
    drag = { svg: svg, x0: e.clientX, rect: rect, box: box };
    svg.setPointerCapture(e.pointerId);
    e.preventDefault();
  });

  document.addEventListener("pointermove", function (e) {
    if (!drag) return;
    var a = Math.min(drag.x0, e.clientX) - drag.box.left, b = Math.max(drag.x0, e.clientX) - drag.box.left;
    drag.rect.setAttribute("x", a);
    drag.rect.setAttribute("width", Math.max(1, b - a));
  });

  document.addEventListener("pointerup", function (e) {
    if (!drag) return;
    var d = drag;
    drag = null;
    d.rect.remove();
    if (Math.abs(e.clientX - d.x0) < 6) return;
    var a = dayAt(d.svg, d.x0), b = dayAt(d.svg, e.clientX);
    var href = d.svg.dataset.spanHref;
    href += (href.indexOf("?") < 0 ? "?" : "&") + "from=" + iso(Math.min(a, b)) + "&to=" + iso(Math.max(a, b));
    window.location.assign(href);
  });

  // Arrow keys move between the events (or counts) on the axis, in the direction they are drawn.
  document.addEventListener("keydown", function (e) {
    var t = e.target;
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    if (t.closest && t.closest("svg.time-axis") && (t.classList.contains("ax-mark") || t.classList.contains("ax-cell"))) {
      var svg = t.closest("svg.time-axis");
      var marks = Array.prototype.slice.call(svg.querySelectorAll("a.ax-mark, a.ax-cell"));
      marks.sort(function (x, y) { return x.getBoundingClientRect().left - y.getBoundingClientRect().left; });
      var i = marks.indexOf(t), j = -1;
      if (e.key === "ArrowRight") j = i + 1;
      else if (e.key === "ArrowLeft") j = i - 1;
      else if (e.key === "Home") j = 0;
      else if (e.key === "End") j = marks.length - 1;
      else return;
      if (j >= 0 && j < marks.length) marks[j].focus();
      e.preventDefault();
      return;
    }
    // The story view: ← and → follow the previous/next links in the reading direction.
    var story = document.querySelector(".story[data-story]");
    if (!story || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    var rtl = document.documentElement.dir === "rtl";
    var rel = null;
    if (e.key === "ArrowLeft") rel = rtl ? "next" : "prev";
    else if (e.key === "ArrowRight") rel = rtl ? "prev" : "next";
    if (!rel) return;
    var link = story.querySelector(".story-steps a[rel=" + rel + "]");
    if (link) { e.preventDefault(); window.location.assign(link.href); }
  });
  // The story view on a touch screen: a sideways swipe turns the page as the arrow keys do; the
  // next event lies on the reading direction's far side (left in Arabic), so swiping towards the
  // start of the line brings it, as turning a page does. A mostly vertical move is a scroll.
  var swipe = null;
  document.addEventListener("touchstart", function (e) {
    var story = e.target.closest && e.target.closest(".story[data-story]");
    swipe = story && e.touches.length === 1 ? { x: e.touches[0].clientX, y: e.touches[0].clientY } : null;
  }, { passive: true });
  document.addEventListener("touchend", function (e) {
    if (!swipe || e.changedTouches.length !== 1) return;
    var dx = e.changedTouches[0].clientX - swipe.x, dy = e.changedTouches[0].clientY - swipe.y;
    swipe = null;
    if (Math.abs(dx) < 60 || Math.abs(dx) < 2 * Math.abs(dy)) return;
    var rtl = document.documentElement.dir === "rtl";
    var rel = (dx < 0) !== rtl ? "next" : "prev";
    var link = document.querySelector(".story[data-story] .story-steps a[rel=" + rel + "]");
    if (link) window.location.assign(link.href);
  }, { passive: true });
  // In-place zoom and pan: a link on the axis that changes only the axis (its zoom or a pending
  // pick, nothing the list depends on) fetches the axis alone (event.view.AxisFragment) and swaps
  // it, keeping the address and history in step. Every link still works as a link without this.
  var AXIS_PARAMS = ["zoom", "pick"];
  // The language and digits an address came with (a shared "?lang=en" link) are kept in a cookie
  // from then on: the axis's links leave them out, and they change nothing the list shows.
  var KEPT_PARAMS = ["lang", "digits"];

  function listKey(url) {
    var p = new URLSearchParams(url.search);
    AXIS_PARAMS.concat(KEPT_PARAMS).forEach(function (k) { p.delete(k); });
    var pairs = [];
    p.forEach(function (v, k) { pairs.push(k + "=" + v); });
    return url.pathname + "?" + pairs.sort().join("&");
  }

  function axisOnly(href) {
    var to = new URL(href, window.location.href);
    return to.origin === window.location.origin && listKey(to) === listKey(window.location);
  }

  var loading = null;

  function swapAxis(href, push, focusClass) {
    var section = document.getElementById("axis");
    if (!section || !window.fetch || !window.DOMParser) { window.location.assign(href); return; }
    if (loading) loading.abort();
    var ctl = window.AbortController ? new AbortController() : null;
    loading = ctl;
    section.setAttribute("aria-busy", "true");
    fetch(href, { headers: { "HX-Request": "true", "HX-Target": "axis" }, credentials: "same-origin", cache: "no-store", signal: ctl ? ctl.signal : undefined })
      .then(function (r) { if (!r.ok) throw new Error(String(r.status)); return r.text(); })
      .then(function (html) {
        var fresh = new DOMParser().parseFromString(html, "text/html").getElementById("axis");
        if (!fresh) throw new Error("no axis");
        var current = document.getElementById("axis");
        current.replaceWith(document.adoptNode(fresh));
        if (push) {
          // Mark the entry we leave too, so that going back to it swaps the axis back.
          if (!history.state || !history.state.chronologyAxis) {
            history.replaceState(Object.assign({}, history.state, { chronologyAxis: true }), "");
          }
          history.pushState({ chronologyAxis: true }, "", href);
        }
        keepSwitches();
        var target = focusClass && fresh.querySelector("a." + focusClass);
        (target || fresh.querySelector(".axis-title")).focus();
        loading = null;
      })
      .catch(function (err) {
        if (err && err.name === "AbortError") return;
        window.location.assign(href);
      });
  }

  // The language and digits links keep the page's address: give them the new one.
  function keepSwitches() {
    [["lang-switch", "lang"], ["digits-switch", "digits"]].forEach(function (s) {
      var a = document.getElementById(s[0]);
      if (!a) return;
      var v = new URL(a.getAttribute("href"), window.location.href).searchParams.get(s[1]);
      var u = new URL(window.location.href);
      if (v !== null) u.searchParams.set(s[1], v);
      a.setAttribute("href", u.pathname + u.search);
    });
  }

  document.addEventListener("click", function (e) {
    if (e.defaultPrevented || e.button !== 0 || e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    var a = e.target.closest && e.target.closest("#axis a");
    if (!a) return;
    var href = a.getAttribute("href");
    if (!href || href.charAt(0) === "#" || !axisOnly(href)) return;
    e.preventDefault();
    var cls = ["ax-prev", "ax-next", "ax-out"].filter(function (c) { return a.classList.contains(c); })[0];
    swapAxis(href, true, cls);
  });

  window.addEventListener("popstate", function (e) {
    // htmx restores its own entries; ours get the axis of the address we are back at.
    if (e.state && e.state.chronologyAxis && !e.state.htmx && document.getElementById("axis")) {
      swapAxis(window.location.href, false, null);
    }
  });

  // On the axis: PageUp/PageDown go earlier/later, "-" zooms out (the links' aria-keyshortcuts).
  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey) return;
    var t = e.target;
    var axis = t.closest && t.closest("#axis");
    if (!axis || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName)) return;
    var cls = e.key === "PageUp" ? "ax-prev" : e.key === "PageDown" ? "ax-next" : e.key === "-" ? "ax-out" : null;
    var link = cls && axis.querySelector("a." + cls);
    if (!link) return;
    e.preventDefault();
    link.click();
  });

  // The year strip (chronology, actor pages): a link per year, one Tab stop each without this
  // script. With it the strip is one stop, a toolbar (WAI-ARIA's roving tabindex): the selected
  // year holds the stop (else the newest, the one the strip shows first), ←/→ move to the year
  // drawn beside it (older years on the right in Arabic), Home/End to the oldest and newest, and
  // Enter follows the focused year's link as before. The stop follows the focus, so Tab leaves the
  // strip from the year last visited and Shift+Tab comes back to it.
  function stripBars(svg) {
    return Array.prototype.slice.call(svg.querySelectorAll("a.bar"));
  }

  function holdStop(svg, bar) {
    stripBars(svg).forEach(function (b) { b.setAttribute("tabindex", b === bar ? "0" : "-1"); });
  }

  function roveStrips(root) {
    var scope = root && root.querySelectorAll ? root : document;
    var svgs = Array.prototype.slice.call(scope.querySelectorAll("svg.strip"));
    if (scope.matches && scope.matches("svg.strip")) svgs.push(scope);
    svgs.forEach(function (svg) {
      var bars = stripBars(svg);
      if (!bars.length) return;
      var stop = svg.querySelector("a.bar.selected");
      if (!stop) {
        bars.forEach(function (b) {
          if (!stop || Number(b.dataset.year) > Number(stop.dataset.year)) stop = b;
        });
      }
      holdStop(svg, stop);
      svg.setAttribute("role", "toolbar");
    });
  }
  roveStrips(document);
  // A strip that htmx swaps in (a year picked, the filters applied, a large search's late counts).
  document.addEventListener("htmx:afterSettle", function (e) { roveStrips(e.target); });

  // Bring the selected year (or the newest one) into view in the strip, which scrolls sideways on
  // narrow screens; only the strip moves, never the page. Here, not in js/filters.js, so that every
  // page with a strip opens on it: the actor page (no filters.js) opened on the oldest years.
  function showYear(root) {
    var scope = root && root.querySelectorAll ? root : document;
    scope.querySelectorAll(".strip-wrap").forEach(function (wrap) {
      var bar = wrap.querySelector("a.bar.selected");
      if (!bar) {
        wrap.querySelectorAll("a.bar").forEach(function (b) {
          if (!bar || Number(b.dataset.year) > Number(bar.dataset.year)) bar = b;
        });
      }
      if (!bar || wrap.scrollWidth <= wrap.clientWidth) return;
      var w = wrap.getBoundingClientRect();
      var b = bar.getBoundingClientRect();
      wrap.scrollLeft += (b.left + b.width / 2) - (w.left + w.width / 2);
    });
  }
  // In the frame that paints first, not before it: the measuring lays the page out.
  requestAnimationFrame(function () { showYear(); });
  document.addEventListener("htmx:afterSettle", function (e) { showYear(e.target); });

  document.addEventListener("focusin", function (e) {
    var bar = e.target.closest && e.target.closest("svg.strip a.bar");
    if (bar && bar.getAttribute("tabindex") !== "0") holdStop(bar.closest("svg.strip"), bar);
  });

  document.addEventListener("keydown", function (e) {
    if (e.altKey || e.ctrlKey || e.metaKey || e.shiftKey) return;
    var bar = e.target.closest && e.target.closest("svg.strip a.bar");
    if (!bar) return;
    var svg = bar.closest("svg.strip");
    var bars = stripBars(svg);
    var next = null;
    if (e.key === "Home" || e.key === "End") {
      // The oldest and the newest year, whichever side the strip draws them on.
      bars.sort(function (x, y) { return Number(x.dataset.year) - Number(y.dataset.year); });
      next = e.key === "Home" ? bars[0] : bars[bars.length - 1];
    } else if (e.key === "ArrowLeft" || e.key === "ArrowRight") {
      // The neighbour as drawn: right to left in Arabic, left to right in English.
      bars.sort(function (x, y) { return x.getBoundingClientRect().left - y.getBoundingClientRect().left; });
      next = bars[bars.indexOf(bar) + (e.key === "ArrowRight" ? 1 : -1)] || bar;
    } else {
      return;
    }
    e.preventDefault();
    holdStop(svg, next);
    next.focus();
  });
})();
