// Counter console: one action in flight at a time (all buttons disabled meanwhile), and "call next" tells the
// server which ticket it saw as current, so a repeated click can never call a second ticket.
(function () {
  'use strict';
  var state = null, busy = false, services = [];
  var $ = function (id) { return document.getElementById(id); };
  var msg = $('counter-msg');
  var KEYS = {n: 'next', r: 'recall', s: 'serve', v: 'no-show', g: 'park', h: 'complete', t: 'transfer'};

  function counterId() { return $('counter-select').value; }

  function refresh() {
    if (!counterId()) { return Promise.resolve(); }
    return Promise.all([OS.api('GET', '/api/v1/counters/' + encodeURIComponent(counterId()) + '/state'),
      OS.api('GET', '/api/v1/supervisor/queues')]).then(function (r) { state = r[0]; render(r[1]); });
  }

  function render(queues) {
    var c = state.current;
    $('counter-state').textContent = OS.t(state.open ? 'counterOpen' : 'counterClosed');
    $('open-toggle').textContent = OS.t(state.open ? 'closeCounter' : 'openCounter');
    $('current-number').textContent = c ? c.number : '—';
    $('current-service').textContent = c ? c.serviceCode + ' – ' + c.serviceName : '';
    $('current-waited').textContent = c ? OS.minutes(c.waitedSeconds) : '';
    $('current-status').textContent = c ? OS.t('st_' + c.status) : '';
    $('current-recalls').textContent = c ? c.recallCount : '';
    var dossiers = OS.clear($('current-dossiers'));
    (c ? c.dossiers : []).forEach(function (d) {
      dossiers.appendChild(OS.el('button', {cls: 'link', text: d.code + ' · ' + d.procedureCode, onclick: function () {
        $('dossier-code').value = d.code;
        $('dossier-form').requestSubmit();
      }}));
    });
    OS.rows($('parked'), state.parked.map(function (p) {
      return [p.number, p.serviceName, OS.el('button', {i18n: 'returnTicket', onclick: function () {
        act('return', p.id);
      }})];
    }));
    OS.rows($('queues'), queues.filter(function (q) { return state.services.indexOf(q.serviceCode) >= 0; })
      .map(function (q) { return [q.serviceCode + ' – ' + q.nameVi, q.waiting, q.next.join(' ')]; }));
    enable();
  }

  function enable() {
    var c = state && state.current;
    document.querySelectorAll('[data-act]').forEach(function (b) {
      var a = b.dataset.act;
      var ok = state && state.open && (a === 'next' || (c && (
        (a === 'recall' || a === 'serve' || a === 'no-show') ? c.status === 'called' : true)));
      b.disabled = busy || !ok;
    });
    $('open-toggle').disabled = busy || !state;
  }

  function run(promise) {
    busy = true;
    enable();
    return promise.then(function () { return refresh(); })
      .catch(function (e) { OS.message(msg, e.message, true); return refresh(); })
      .finally(function () { busy = false; enable(); });
  }

  function act(action, ticketId) {
    if (busy) { return; }
    OS.message(msg, '');
    var base = '/api/v1/counters/' + encodeURIComponent(counterId());
    if (action === 'next') {
      var seen = state.current ? state.current.id : '';
      return run(OS.api('POST', base + '/next?expectCurrent=' + encodeURIComponent(seen)).then(function (t) {
        OS.message(msg, t ? OS.t('next') + ': ' + t.displayNumber : OS.t('nobodyWaiting'));
      }));
    }
    var id = ticketId || (state.current && state.current.id);
    if (!id) { return; }
    var body = action === 'transfer' ? {toService: $('transfer-service').value} : undefined;
    return run(OS.api('POST', base + '/tickets/' + encodeURIComponent(id) + '/' + action, body));
  }

  function toggleOpen() {
    if (busy) { return; }
    run(OS.api('POST', '/api/v1/counters/' + encodeURIComponent(counterId()) + (state.open ? '/close' : '/open')));
  }

  function keys(e) {
    if (e.ctrlKey || e.altKey || e.metaKey || /INPUT|SELECT|TEXTAREA/.test(e.target.tagName)) { return; }
    var a = (OS.counterKeys ? OS.counterKeys() : KEYS)[e.key.toLowerCase()];
    if (!a) { return; }
    var b = document.querySelector('[data-act="' + a + '"]');
    if (b && !b.disabled) { e.preventDefault(); act(a); }
  }

  OS.start().then(function () {
    return Promise.all([OS.api('GET', '/api/v1/supervisor/counters'), OS.api('GET', '/api/v1/services')]);
  }).then(function (r) {
    services = r[1];
    var saved = localStorage.getItem('onestop.counter');
    r[0].forEach(function (k) {
      $('counter-select').appendChild(OS.el('option', {text: k.name, attrs: {value: k.id}}));
    });
    if (saved && r[0].some(function (k) { return k.id === saved; })) { $('counter-select').value = saved; }
    services.forEach(function (s) {
      $('transfer-service').appendChild(OS.el('option', {text: s.code + ' – ' + s.nameVi, attrs: {value: s.code}}));
    });
    $('counter-select').addEventListener('change', function () {
      localStorage.setItem('onestop.counter', counterId());
      refresh();
    });
    document.querySelectorAll('[data-act]').forEach(function (b) {
      b.addEventListener('click', function () { act(b.dataset.act); });
    });
    $('open-toggle').addEventListener('click', toggleOpen);
    document.addEventListener('keydown', keys);
    document.addEventListener('os-language', function () { if (state) { refresh(); } });
    var later = null;
    var soon = function () { clearTimeout(later); later = setTimeout(function () { if (!busy) { refresh(); } }, 300); };
    OS.stream('/api/v1/events', Object.assign({'ticket.issued': soon, 'ticket.called': soon,
      'ticket.transferred': soon, 'ticket.waiting': soon, 'counter.state': soon,
      // A citizen may park or cancel their ticket from a phone (issue 24): the console shows it at once.
      'ticket.parked': soon, 'ticket.voided': soon},
      OS.helpAlerts.start(document.getElementById('help-alerts'))));
    setInterval(function () { if (!busy) { refresh(); } }, 15000);
    // The buttons show their keys only now, when pressing them works.
    return refresh().then(function () { if (OS.labelCounterKeys) { OS.labelCounterKeys(); } });
  }).catch(function (e) { OS.message(msg, e.message, true); });
})();
