// Supervisor dashboard, issue 27: today's ratings (count, average, not rated, per counter) and the ratings report
// per official, counter, service or centre over the report form's dates, with its CSV.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var LEVELS = [1, 2, 3, 4, 5];

  function dash(v) { return v === null || v === undefined ? '–' : Number(v).toFixed(2); }

  function today() {
    return OS.api('GET', '/api/v1/supervisor/ratings/today').then(function (t) {
      $('today-ratings').textContent = t.ratings;
      $('today-average').textContent = dash(t.average);
      $('today-not-rated').textContent = t.notRated;
      OS.rows($('today-counters'), t.counters.map(function (k) {
        return [k.name || k.key || OS.t('unknownOfficial'), k.ratings, dash(k.average), k.notRated];
      }));
    }).catch(function (e) { OS.message($('rating-msg'), e.message, true); });
  }

  function query() {
    var q = new URLSearchParams();
    q.set('by', $('rating-by').value);
    if ($('from').value) { q.set('from', $('from').value); }
    if ($('to').value) { q.set('to', $('to').value); }
    return q.toString();
  }

  function report() {
    var q = query();
    $('rating-csv').href = '/api/v1/supervisor/ratings/report.csv?' + q;
    return OS.api('GET', '/api/v1/supervisor/ratings/report?' + q).then(function (r) {
      var vi = OS.lang() === 'vi';
      var head = OS.clear($('rating-head'));
      [OS.t('rdBy_' + r.by), OS.t('ratingCount'), OS.t('ratingAverage')].concat(LEVELS.map(String))
        .concat(r.reasons.map(function (x) { return vi ? x.nameVi : x.nameEn; })).concat([OS.t('rdNotRated')])
        .forEach(function (h) { head.appendChild(OS.el('th', {text: h})); });
      OS.rows($('rating-groups'), r.groups.map(function (g) {
        return [g.name || g.key || OS.t('unknownOfficial'), g.ratings, dash(g.average)]
          .concat(LEVELS.map(function (l) { return g.levels[l - 1]; }))
          .concat(r.reasons.map(function (x) { return g.reasons[x.code] || 0; })).concat([g.notRated]);
      }));
      OS.message($('rating-msg'), '');
    }).catch(function (e) { OS.message($('rating-msg'), e.message, true); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('rating-show').addEventListener('click', report);
    $('rating-by').addEventListener('change', report);
    $('report-form').addEventListener('submit', report);
    document.addEventListener('os-language', report);
    today();
    report();
    setInterval(today, 20000);
  });
})();
