// Province dashboard (issue 21): every centre side by side, refreshed every 15 s; a centre opens its own dashboard.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };

  function flag(n) {
    return OS.el('span', {cls: n > 0 ? 'bad' : 'ok', text: String(n)});
  }

  function load() {
    return OS.api('GET', '/api/v1/province/overview').then(function (v) {
      $('province-at').textContent = OS.time(v.at);
      $('province-totals').textContent = OS.t('waiting') + ': ' + v.waiting + ' · ' + OS.t('openCounters') + ': ' +
        v.openCounters + ' · ' + OS.t('pvKiosksOffline') + ': ' + v.kiosksOffline + ' · ' + OS.t('pvHelp') + ': ' +
        v.openHelpAlerts;
      OS.rows($('centres'), v.centres.map(function (c) {
        var name = OS.lang() === 'vi' ? c.nameVi : c.nameEn;
        return [OS.el('span', {text: name + (c.disabled ? ' (' + OS.t('pvDisabled') + ')' : '')}), c.waiting,
          c.longestWaitMinutes + ' ' + OS.t('pvMin'), c.openCounters + ' / ' + c.counters,
          flag(c.kiosksOffline), flag(c.printerProblems), flag(c.openHelpAlerts),
          OS.el('a', {text: OS.t('pvOpen'), attrs: {href: '/staff/dashboard?centre=' + encodeURIComponent(c.centreId)}})];
      }));
      OS.message($('province-msg'), '');
    }).catch(function (e) { OS.message($('province-msg'), e.message, true); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    OS.start().then(function () {
      load();
      setInterval(load, 15000);
      document.addEventListener('os-language', load);
    });
  });
})();
