// A picked day written beside its date box as the page writes days ("4 March 2022"), since the box
// shows it in the browser's locale format (an English browser: mm/dd/yyyy); the server writes it the
// same way for a sent one. The box's element with data-months (the reader's month names, ";"
// separated) and data-digits says how; the output is the box's id + "-day".
(function () {
  'use strict';
  function echoDay(e) {
    var box = e.target;
    if (!box.matches || !box.matches('input[type=date]')) return;
    var out = document.getElementById(box.id + '-day');
    var fields = box.closest('[data-months]');
    if (!out || !fields) return;
    var m = /^(\d{4,})-(\d\d)-(\d\d)$/.exec(box.value);
    var text = m ? Number(m[3]) + ' ' + fields.dataset.months.split(';')[Number(m[2]) - 1] + ' ' + Number(m[1]) : '';
    if (fields.dataset.digits === 'arab') {
      text = text.replace(/[0-9]/g, function (d) { return String.fromCharCode(0x660 + Number(d)); });
    }
    out.value = text;
  }
  document.addEventListener('input', echoDay);
  document.addEventListener('change', echoDay);
})();
