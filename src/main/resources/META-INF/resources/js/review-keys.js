// Review queue keys: j/k move, c confirm, r reject, x tick, e edit (the buttons work without it).
// The keys act on the row that has the focus (or the one j/k moved to), and j/k move the focus
// itself, so Tab goes on from there and a screen reader says the row. Never while typing in a
// field: a letter typed in the year (a number field) or the search is the field's.
"use strict";
(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('.review-queue tr[data-id]'));
  if (!rows.length) return;
  var at = 0;
  rows.forEach(function (r) { r.tabIndex = -1; });
  function show(focus) {
    rows.forEach(function (r, i) {
      r.classList.toggle('current', i === at);
      if (i === at) r.setAttribute('aria-current', 'true'); else r.removeAttribute('aria-current');
    });
    if (focus) rows[at].focus({preventScroll: true});
    rows[at].scrollIntoView({block: "nearest"});
  }
  document.addEventListener('focusin', function (ev) {
    var i = rows.indexOf(ev.target.closest ? ev.target.closest('tr[data-id]') : null);
    if (i >= 0 && i !== at) { at = i; show(false); }
  });
  function typing(t) {
    return t.closest('textarea, select, [contenteditable=""], [contenteditable=true],'
        + ' input:not([type=checkbox]):not([type=radio]):not([type=button]):not([type=submit])');
  }
  document.addEventListener('keydown', function (ev) {
    if (typing(ev.target) || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var row = rows[at];
    if (ev.key === 'j') { at = Math.min(rows.length - 1, at + 1); show(true); }
    else if (ev.key === 'k') { at = Math.max(0, at - 1); show(true); }
    else if (ev.key === 'c') { row.querySelector('[data-action=confirm]').click(); }
    else if (ev.key === 'r') { row.querySelector('[data-action=reject]').click(); }
    else if (ev.key === 'x') { var b = row.querySelector('input[type=checkbox]'); b.checked = !b.checked; }
    else if (ev.key === 'e') { row.querySelector('[data-action=edit]').click(); }
    else return;
    ev.preventDefault();
  });
  show(false);
})();
