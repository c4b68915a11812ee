// Article edit page: a text selection fills the new event's start/end offsets.
"use strict";
(function () {
  var box = document.getElementById('article-text');
  if (!box || !window.getSelection) return;
  box.addEventListener('mouseup', function () {
    var sel = window.getSelection();
    if (!sel.rangeCount) return;
    var r = sel.getRangeAt(0);
    if (!box.contains(r.startContainer) || !box.contains(r.endContainer)) return;
    var pre = document.createRange();
    pre.selectNodeContents(box);
    pre.setEnd(r.startContainer, r.startOffset);
    var start = pre.toString().length;
    var end = start + r.toString().length;
    if (end > start) {
      document.getElementById('start').value = start;
      document.getElementById('end').value = end;
    }
  });
})();
