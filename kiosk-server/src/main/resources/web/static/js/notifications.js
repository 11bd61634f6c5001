// Technician page: the outbox of notifications to citizens (issue 24): counts, rows (addresses masked), "retry now".
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };

  function state(r) {
    if (r.state === 'failed') { return OS.el('span', {cls: 'bad', text: OS.t('nt_failed')}); }
    if (r.state === 'delivered') { return OS.t('nt_st_delivered'); }
    if (r.lastError) { return OS.el('span', {cls: 'bad', text: OS.t('cx_failing')}); }
    return OS.t('cx_pending');
  }

  function load() {
    return OS.api('GET', '/api/v1/technician/notifications/outbox').then(function (b) {
      $('notify-off').hidden = b.enabled;
      $('notify-on').hidden = !b.enabled;
      $('nt-channels').textContent = b.channels.join(', ');
      $('nt-pending').textContent = b.pending;
      $('nt-failing').textContent = b.failing;
      $('nt-failed').textContent = b.failed;
      $('nt-delivered').textContent = b.delivered;
      OS.rows($('notify-rows'), b.rows.map(function (r) {
        return [r.idempotencyKey, r.channel + ' ' + r.address, state(r), r.attempts, r.lastError || '',
          r.nextAttemptAt ? OS.time(r.nextAttemptAt) : '',
          r.state === 'delivered' ? '' : OS.el('button', {i18n: 'cx_retry', onclick: function () { retry(r); }})];
      }));
    });
  }

  function retry(r) {
    OS.api('POST', '/api/v1/technician/notifications/outbox/' + encodeURIComponent(r.id) + '/retry')
      .then(function () {
        OS.message($('notify-msg'), OS.t('cx_retried') + ' ' + r.idempotencyKey);
        return load();
      }).catch(function (e) { OS.message($('notify-msg'), e.message, true); });
  }

  /** Called by technician.js once the session is there: loads the outbox now and every 15 s. */
  OS.notificationOutbox = function () {
    setInterval(function () { load().catch(function () {}); }, 15000);
    return load().catch(function (e) { OS.message($('notify-msg'), e.message, true); });
  };
}());
