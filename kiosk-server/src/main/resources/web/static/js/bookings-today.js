// Today's bookings (issue 24) on the counter console and the dashboard: slot, code, service, status (booked, checked
// in, not come) and late ones; "Not come" releases the slot's place. No contact data reaches this page.
(function () {
  'use strict';
  var body = null;
  var msg = null;

  function status(b) {
    if (b.status === 'checked_in') {
      return OS.el('span', {cls: 'ok', text: OS.t('bkCheckedIn') + (b.onTime === false ? ' (' + OS.t('bkOutside') + ')' : '')});
    }
    if (b.status === 'no_show') { return OS.el('span', {cls: 'muted', i18n: 'bkNoShow'}); }
    return OS.el('span', {cls: b.late ? 'bad' : '', text: OS.t(b.late ? 'bkLate' : 'bkBooked')});
  }

  function load() {
    if (!body) { return Promise.resolve(); }
    return OS.api('GET', '/api/v1/bookings/today').then(function (list) {
      OS.rows(body, list.map(function (b) {
        return [b.start + '–' + b.end, b.code, b.serviceCode, status(b),
          b.status === 'booked' ? OS.el('button', {i18n: 'bkMarkNoShow', attrs: {'data-no-show': b.code},
            onclick: function () { noShow(b.code); }}) : ''];
      }));
      OS.message(msg, list.length ? '' : OS.t('bkNone'));
    }).catch(function (e) { OS.message(msg, e.message, true); });
  }

  function noShow(code) {
    OS.api('POST', '/api/v1/bookings/' + encodeURIComponent(code) + '/no-show', {}).then(load)
      .catch(function (e) { OS.message(msg, e.message, true); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    body = document.getElementById('bookings-today');
    msg = document.getElementById('bookings-msg');
    if (!body) { return; }
    load();
    setInterval(load, 30000);
    document.addEventListener('os-language', load);
  });
})();
