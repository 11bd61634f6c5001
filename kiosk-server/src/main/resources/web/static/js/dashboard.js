// Supervisor dashboard: live view refreshed on events and every 20 s; reports with SVG charts and CSV export.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var WAIT_LABELS = ['<5', '5–10', '10–15', '15–30', '30–60', '≥60'];

  function live() {
    var minutes = parseInt($('threshold').value, 10) || 20;
    return OS.api('GET', '/api/v1/supervisor/live?alertMinutes=' + minutes).then(function (d) {
      var alerts = OS.clear($('alerts'));
      d.alerts.forEach(function (a) {
        alerts.appendChild(OS.el('div', {cls: 'alert', text: OS.t('waitAlert') + ': ' + a.serviceCode + ' – ' +
          a.nameVi + ': ' + a.longestWaitMinutes + ' ' + OS.t('minutes') + ' (≥ ' + a.thresholdMinutes + ')'}));
      });
      d.kiosks.filter(function (k) { return k.offline || k.problems.length; }).forEach(function (k) {
        var offline = k.offline && k.offlineSince ? OS.t('offlineSince') + ' ' + OS.time(k.offlineSince) : '';
        alerts.appendChild(OS.el('div', {cls: 'alert', text: k.name + ': ' +
          [offline, OS.problems(k.problems)].filter(Boolean).join(' · ')}));
      });
      if (!alerts.firstChild) { alerts.appendChild(OS.el('p', {cls: 'ok', i18n: 'noAlerts'})); }
      OS.rows($('services'), d.services.map(function (s) {
        return [s.serviceCode + ' – ' + s.nameVi, s.waiting, s.longestWaitMinutes, s.avgWaitMinutes,
          s.avgServiceMinutes, s.served, s.openCounters];
      }));
      OS.rows($('counters'), d.counters.map(function (k) {
        return [k.name, OS.t(k.open ? 'counterOpen' : 'counterClosed'), k.staff, k.current, k.served,
          k.avgServiceMinutes];
      }));
      OS.rows($('overdue'), d.overdueDossiers.map(function (o) {
        return [o.code, o.procedureCode, o.appointmentAt.replace('T', ' '), OS.word('ds_', o.status)];
      }));
      OS.rows($('kiosks'), d.kiosks.map(function (k) {
        return [k.name, OS.el('span', {cls: k.offline ? 'bad' : 'ok', i18n: k.offline ? 'offline' : 'online'}),
          OS.time(k.lastSeenAt), OS.problems(k.problems), OS.offlinePeriod(k)];
      }));
    });
  }

  function report(e) {
    if (e) { e.preventDefault(); }
    var q = 'from=' + encodeURIComponent($('from').value) + '&to=' + encodeURIComponent($('to').value);
    $('csv').setAttribute('href', '/api/v1/supervisor/report.csv?' + q);
    return OS.api('GET', '/api/v1/supervisor/report?' + q).then(function (r) {
      OS.message($('report-msg'), OS.t('totals') + ': ' + OS.t('issued') + ' ' + r.totals.issued + ', ' +
        OS.t('served') + ' ' + r.totals.served + ', ' + OS.t('avgWait') + ' ' + r.totals.avgWaitMinutes);
      Charts.bars($('chart-hours'), r.perHour.map(function (v, i) { return i % 3 === 0 ? i : ''; }), r.perHour);
      Charts.bars($('chart-waits'), WAIT_LABELS, r.waitDistribution);
      Charts.bars($('chart-ratings'), ['1★', '2★', '3★', '4★', '5★'], r.ratings);
      OS.rows($('report-services'), r.services.map(function (s) {
        return [s.key, s.issued, s.served, s.noShow, s.avgWaitMinutes, s.avgServiceMinutes];
      }));
    }).then(function () { return officials(q); })
      .catch(function (err) { OS.message($('report-msg'), err.message, true); });
  }

  function officials(q) {
    $('officials-csv').setAttribute('href', '/api/v1/supervisor/ratings/officials.csv?' + q);
    return OS.api('GET', '/api/v1/supervisor/ratings/officials?' + q).then(function (r) {
      var vi = OS.lang() === 'vi';
      var head = [OS.t('official'), OS.t('ratingCount'), OS.t('ratingAverage')]
        .concat(r.levels.map(function (l) { return vi ? l.nameVi : l.nameEn; }))
        .concat(r.criteria.map(function (c) { return vi ? c.nameVi : c.nameEn; }));
      $('officials-head').textContent = '';
      head.forEach(function (h) {
        var th = document.createElement('th');
        th.textContent = h;
        $('officials-head').appendChild(th);
      });
      OS.rows($('officials'), r.officials.map(function (o) {
        var name = o.official ? (o.displayName || o.official) + ' (' + o.official + ')' : OS.t('unknownOfficial');
        return [name, o.ratings, o.average].concat(r.levels.map(function (l) { return o.levels[l.score - 1]; }))
          .concat(r.criteria.map(function (c) { var v = o.criteria[c.code]; return v == null ? '–' : v; }));
      }));
    });
  }

  function unverified() {
    return OS.api('GET', '/api/v1/supervisor/catalogue/unverified').then(function (list) {
      OS.rows($('unverified'), list.map(function (p) {
        return [p.code + ' – ' + p.nameVi, p.unverified.join('; '), p.hiddenFromCitizens.join('; ')];
      }));
    });
  }

  OS.start().then(function () {
    var today = new Date();
    var iso = new Date(today.getTime() - today.getTimezoneOffset() * 60000).toISOString().slice(0, 10);
    $('from').value = iso;
    $('to').value = iso;
    $('report-form').addEventListener('submit', report);
    $('threshold').value = localStorage.getItem('onestop.alertMinutes') || '20';
    $('threshold').addEventListener('change', function () {
      localStorage.setItem('onestop.alertMinutes', $('threshold').value);
      live();
    });
    var later = null;
    var soon = function () { clearTimeout(later); later = setTimeout(live, 500); };
    OS.stream('/api/v1/events', Object.assign({'ticket.issued': soon, 'ticket.called': soon, 'ticket.done': soon,
      'counter.state': soon, 'device.alert': soon, 'device.recovered': soon}, OS.helpAlerts.start($('help-alerts'))));
    setInterval(live, 20000);
    return Promise.all([live(), report(), unverified()]);
  }).catch(function (e) { OS.message($('report-msg'), e.message, true); });
})();
