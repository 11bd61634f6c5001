// Technician pages: fleet with device status, enrolment codes, remote device settings, audit log.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var editing = null;

  function printer(hb) {
    if (!hb || !hb.printer) { return '—'; }
    var p = hb.printer;
    return OS.t(!p.online ? 'p_printer offline' : p.paperOut ? 'p_paper out' : p.paperLow ? 'p_paper low' : 'ok');
  }

  function fleet() {
    return OS.api('GET', '/api/v1/technician/fleet').then(function (list) {
      OS.rows($('fleet'), list.map(function (k) {
        var hb = k.heartbeat;
        var actions = OS.el('span', {cls: 'row nowrap'}, [
          OS.el('button', {i18n: 'edit', onclick: function () { edit(k); }}),
          k.revoked ? null : OS.el('button', {cls: 'danger', i18n: 'revoke', onclick: function () { revoke(k); }})]);
        return [k.name, hb ? hb.appVersion : '', OS.time(k.lastSeenAt), printer(hb),
          hb ? OS.t(hb.scannerOk ? 'ok' : 'offline') : '', hb ? Math.round(hb.freeDiskBytes / 1048576) + ' MB' : '',
          hb ? hb.outboxPending : '', OS.offlinePeriod(k), OS.el('span', {cls: k.problems.length ? 'bad' : 'ok',
            text: k.revoked ? OS.t('revoked') : OS.problems(k.problems) || OS.t('ok')}),
          OS.t('sent') + ' v' + k.settingsVersion + ' / ' + OS.t('applied') + ' ' +
            (k.appliedVersion ? 'v' + k.appliedVersion : '—') + (k.applyError ? ' (' + k.applyError + ')' : ''),
          actions];
      }));
    });
  }

  function edit(k) {
    OS.api('GET', '/api/v1/technician/kiosks/' + encodeURIComponent(k.id) + '/device-settings').then(function (s) {
      editing = k.id;
      $('settings-card').hidden = false;
      $('settings-kiosk').textContent = k.name + ' (v' + s.version + ')';
      $('settings-text').value = Object.keys(s.settings).map(function (key) {
        return key + '=' + s.settings[key];
      }).join('\n');
      OS.message($('settings-msg'), '');
    }).catch(function (e) { OS.message($('fleet-msg'), e.message, true); });
  }

  function save() {
    var settings = {};
    $('settings-text').value.split('\n').forEach(function (line) {
      var i = line.indexOf('=');
      if (line.trim() && i > 0) { settings[line.slice(0, i).trim()] = line.slice(i + 1).trim(); }
    });
    OS.api('POST', '/api/v1/technician/kiosks/' + encodeURIComponent(editing) + '/device-settings',
      {settings: settings}).then(function (s) {
      OS.message($('settings-msg'), OS.t('saved') + ' v' + s.version);
      return Promise.all([fleet(), audit()]);
    }).catch(function (e) { OS.message($('settings-msg'), e.message, true); });
  }

  function revoke(k) {
    if (!confirm(OS.t('confirmRevoke'))) { return; }
    OS.api('POST', '/api/v1/technician/kiosks/' + encodeURIComponent(k.id) + '/revoke').then(fleet)
      .catch(function (e) { OS.message($('fleet-msg'), e.message, true); });
  }

  function audit() {
    return OS.api('GET', '/api/v1/technician/audit').then(function (list) {
      OS.rows($('audit'), list.map(function (a) { return [OS.time(a.at), a.actor, a.action, a.target, a.detail]; }));
    });
  }

  OS.start().then(function () {
    $('new-code').addEventListener('click', function () {
      OS.api('POST', '/api/v1/technician/enrolment-codes').then(function (r) {
        $('code').textContent = r.enrolmentCode;
        return audit();
      }).catch(function (e) { OS.message($('fleet-msg'), e.message, true); });
    });
    $('settings-save').addEventListener('click', save);
    setInterval(fleet, 30000);
    var admin = String(OS.session.role).toLowerCase() === 'admin';
    OS.onAccountsChanged = audit;
    return Promise.all([fleet(), audit(), admin ? OS.accounts().then(audit) : null, OS.connectorBacklog(), OS.notificationOutbox()]);
  }).catch(function (e) { OS.message($('fleet-msg'), e.message, true); });
})();
