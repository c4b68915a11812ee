// Review queue keys: j/k move, c confirm, r reject, x tick, e edit (the buttons work without it).
"use strict";
(function () {
  var rows = Array.prototype.slice.call(document.querySelectorAll('.review-queue tr[data-id]'));
  if (!rows.length) return;
  var at = 0;
  function show() { rows.forEach(function (r, i) { r.classList.toggle('current', i === at); }); rows[at].scrollIntoView({block: "nearest"}); }
  document.addEventListener('keydown', function (ev) {
    if (ev.target.matches('input[type=text], input:not([type]), textarea, select') || ev.ctrlKey || ev.metaKey || ev.altKey) return;
    var row = rows[at];
    if (ev.key === 'j') { at = Math.min(rows.length - 1, at + 1); show(); }
    else if (ev.key === 'k') { at = Math.max(0, at - 1); show(); }
    else if (ev.key === 'c') { row.querySelector('[data-action=confirm]').click(); }
    else if (ev.key === 'r') { row.querySelector('[data-action=reject]').click(); }
    else if (ev.key === 'x') { var b = row.querySelector('input[type=checkbox]'); b.checked = !b.checked; }
    else if (ev.key === 'e') { row.querySelector('[data-action=edit]').click(); }
    else return;
    ev.preventDefault();
  });
  show();
})();
