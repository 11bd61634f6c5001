// Technician page, counter displays (issue 27): each display's state as its device gateway reported it, the
// test pattern action, and one-time gateway enrolment codes. technician.js starts the page (session, language).
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };

  function fail(e) { OS.message($('displays-msg'), e.message, true); }

  function testPattern(d) {
    OS.api('POST', '/api/v1/technician/displays/' + encodeURIComponent(d.counterId) + '/test-pattern')
      .then(function () { OS.message($('displays-msg'), OS.t('dispTestSent') + ' ' + d.counterId); })
      .catch(fail);
  }

  function load() {
    return OS.api('GET', '/api/v1/technician/displays').then(function (list) {
      OS.rows($('displays'), list.map(function (d) {
        var state = d.reportedAt ? OS.el('span', {cls: d.connected ? 'ok' : 'bad',
          i18n: d.connected ? 'dispConnected' : 'dispDisconnected'}) : '—';
        return [d.counterId, d.gateway, d.display || '', state, d.shown || '', d.lastError || '',
          d.reportedAt ? OS.time(d.reportedAt) : '',
          OS.el('button', {i18n: 'dispTest', attrs: {'data-counter': d.counterId},
            onclick: function () { testPattern(d); }})];
      }));
    }).catch(fail);
  }

  $('gateway-code').addEventListener('click', function () {
    var counters = $('gateway-counters').value.split(',').map(function (c) { return c.trim(); })
      .filter(function (c) { return c; });
    OS.api('POST', '/api/v1/technician/gateway-codes', {counters: counters}).then(function (r) {
      $('gateway-code-text').textContent = r.enrolmentCode;
      OS.message($('displays-msg'), '');
    }).catch(fail);
  });
  load();
  setInterval(load, 5000);
})();
