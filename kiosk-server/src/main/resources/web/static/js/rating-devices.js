// Counter rating tablets (issue 27): enrolment codes per counter (admin), the enrolled tablets with revocation
// (technician, admin), officials' photos for the tablets (admin).
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };

  function devices() {
    return OS.api('GET', '/api/v1/technician/rating-devices').then(function (list) {
      OS.rows($('rd-devices'), list.map(function (d) {
        return [d.counterId, d.name, OS.time(d.enrolledAt), OS.time(d.lastSeenAt),
          OS.el('span', {cls: d.revoked ? 'bad' : 'ok', text: d.revoked ? OS.t('revoked') : OS.t('ok')}),
          d.revoked ? '' : OS.el('button', {cls: 'danger', i18n: 'revoke', attrs: {'data-device': d.id},
            onclick: function () { revoke(d); }})];
      }));
    });
  }

  function revoke(d) {
    if (!window.confirm(OS.t('confirmRevoke'))) { return; }
    OS.api('POST', '/api/v1/technician/rating-devices/' + encodeURIComponent(d.id) + '/revoke')
      .then(devices).catch(function (e) { OS.message($('rd-devices-msg'), e.message, true); });
  }

  function counters() {
    return OS.api('GET', '/api/v1/display/state').then(function (s) {
      var select = OS.clear($('rd-counter'));
      s.counters.forEach(function (k) { select.appendChild(OS.el('option', {text: k.name, attrs: {value: k.id}})); });
    });
  }

  function officials() {
    return OS.api('GET', '/api/v1/admin/staff').then(function (list) {
      var select = OS.clear($('photo-user'));
      list.forEach(function (s) {
        select.appendChild(OS.el('option', {text: s.displayName + ' (' + s.username + ')', attrs: {value: s.username}}));
      });
      preview();
    });
  }

  function preview() {
    var img = $('photo-preview');
    var user = $('photo-user').value;
    if (!user) { img.hidden = true; return; }
    img.onerror = function () { img.hidden = true; };
    img.onload = function () { img.hidden = false; };
    img.src = '/api/v1/staff-photos/' + encodeURIComponent(user) + '?t=' + Date.now();
  }

  function upload() {
    var file = $('photo-file').files[0];
    if (!file) { OS.message($('photo-msg'), OS.t('pickFile'), true); return; }
    fetch(OS.withCentre('/api/v1/admin/staff-photos/' + encodeURIComponent($('photo-user').value)), {method: 'POST',
      credentials: 'same-origin', headers: {'X-CSRF-Token': OS.session.csrfToken,
        'Content-Type': file.type || 'application/octet-stream'}, body: file}).then(function (r) {
      if (r.ok) { OS.message($('photo-msg'), OS.t('rdPhotoSaved')); preview(); return null; }
      return r.json().then(function (p) { OS.message($('photo-msg'), p.detail, true); });
    }).catch(function (e) { OS.message($('photo-msg'), e.message, true); });
  }

  OS.start().then(function () {
    $('rd-new-code').addEventListener('click', function () {
      OS.api('POST', '/api/v1/admin/rating-devices/codes', {counterId: $('rd-counter').value}).then(function (r) {
        $('rd-code').textContent = r.code;
        OS.message($('rd-code-msg'), '');
      }).catch(function (e) { OS.message($('rd-code-msg'), e.message, true); });
    });
    $('photo-upload').addEventListener('click', upload);
    $('photo-user').addEventListener('change', preview);
    var admin = String(OS.session.role).toLowerCase() === 'admin';
    return Promise.all([counters(), devices(), admin ? officials() : null]);
  }).catch(function (e) { OS.message($('rd-devices-msg'), e.message, true); });
})();
