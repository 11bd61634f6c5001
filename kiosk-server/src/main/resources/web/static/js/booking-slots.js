// Booking slots (issue 24): the centre admin sets each service's weekly slots and how many people each takes.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };

  function input(type, value, attrs) {
    var a = attrs || {};
    a.type = type;
    var e = OS.el('input', {attrs: a});
    e.value = value;
    return e;
  }

  function weekday(value) {
    var s = OS.el('select', {attrs: {'data-field': 'weekday'}});
    for (var d = 1; d <= 7; d++) {
      s.appendChild(OS.el('option', {text: OS.t('bkDay' + d), attrs: {value: String(d)}}));
    }
    s.value = String(value);
    return s;
  }

  function row(slot) {
    var tr = OS.el('tr', {}, [
      OS.el('td', {}, [weekday(slot.weekday)]),
      OS.el('td', {}, [input('time', slot.start, {'data-field': 'start'})]),
      OS.el('td', {}, [input('time', slot.end, {'data-field': 'end'})]),
      OS.el('td', {}, [input('number', slot.capacity, {'data-field': 'capacity', min: '0', max: '1000'})])]);
    tr.appendChild(OS.el('td', {}, [OS.el('button', {i18n: 'bkRemove', onclick: function () { tr.remove(); }})]));
    $('bk-slots').appendChild(tr);
  }

  function load() {
    OS.clear($('bk-slots'));
    return OS.api('GET', '/api/v1/booking/slots?service=' + encodeURIComponent($('bk-service').value))
      .then(function (list) { list.forEach(row); })
      .catch(function (e) { OS.message($('bk-msg'), e.message, true); });
  }

  function save() {
    var slots = Array.prototype.map.call($('bk-slots').querySelectorAll('tr'), function (tr) {
      var f = function (n) { return tr.querySelector('[data-field=' + n + ']').value; };
      return {weekday: Number(f('weekday')), start: f('start'), end: f('end'), capacity: Number(f('capacity'))};
    });
    OS.api('PUT', '/api/v1/booking/slots/' + encodeURIComponent($('bk-service').value), slots).then(function () {
      OS.message($('bk-msg'), OS.t('bkSaved'));
      return load();
    }).catch(function (e) { OS.message($('bk-msg'), e.message, true); });
  }

  OS.start().then(function (s) {
    $('bk-public').href = '/book?centre=' + encodeURIComponent(s.centreId || 'main');
    return OS.api('GET', '/api/v1/services');
  }).then(function (services) {
    services.forEach(function (s) {
      $('bk-service').appendChild(OS.el('option', {text: s.code + ' – ' + s.nameVi, attrs: {value: s.code}}));
    });
    $('bk-service').addEventListener('change', load);
    $('bk-add').addEventListener('click', function () { row({weekday: 1, start: '08:00', end: '08:30', capacity: 2}); });
    $('bk-save').addEventListener('click', save);
    document.addEventListener('os-language', load);
    return load();
  });
})();
