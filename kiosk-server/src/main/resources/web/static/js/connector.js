// Technician page: the backlog of the connector to the provincial dossier system (issue 22), with "retry now".
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };

  function state(r) {
    if (r.state === 'failed') { return OS.el('span', {cls: 'bad', text: OS.t('cx_refused')}); }
    if (r.lastError) { return OS.el('span', {cls: 'bad', text: OS.t('cx_failing')}); }
    return OS.t('cx_pending');
  }

  function load() {
    return OS.api('GET', '/api/v1/technician/connector/outbox').then(function (b) {
      $('connector-off').hidden = b.enabled;
      $('connector-on').hidden = !b.enabled;
      $('connector-target').textContent = b.target || '';
      $('cx-pending').textContent = b.pending;
      $('cx-failing').textContent = b.failing;
      $('cx-refused').textContent = b.failed;
      $('cx-delivered').textContent = b.deliveredToday;
      OS.rows($('connector-rows'), b.rows.map(function (r) {
        return [r.dossierCode, OS.t('cx_ev_' + r.event), state(r), r.attempts, r.lastError || '',
          r.nextAttemptAt ? OS.time(r.nextAttemptAt) : '',
          OS.el('button', {i18n: 'cx_retry', onclick: function () { retry(r); }})];
      }));
    });
  }

  function retry(r) {
    OS.api('POST', '/api/v1/technician/connector/outbox/' + encodeURIComponent(r.id) + '/retry').then(function () {
      OS.message($('connector-msg'), OS.t('cx_retried') + ' ' + r.dossierCode);
      return load();
    }).catch(function (e) { OS.message($('connector-msg'), e.message, true); });
  }

  /** Called by technician.js once the session is there: loads the backlog now and every 15 s. */
  OS.connectorBacklog = function () {
    setInterval(function () { load().catch(function () {}); }, 15000);
    return load().catch(function (e) { OS.message($('connector-msg'), e.message, true); });
  };
}());
