// Counter console, dossier panel: open a dossier by code, change its status, download the receipt slip again, and
// digitise it (scanned pages uploaded one file at a time, joined by the server into the dossier's single PDF).
// Everything from the server is put into the page with textContent.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  // The changes the server allows from each status (kiosk-core DossierStatus.next(); the server checks again).
  var NEXT = {received: ['processing', 'supplement_requested', 'done', 'refused'],
    processing: ['supplement_requested', 'done', 'refused'], supplement_requested: ['processing', 'refused'],
    done: ['handed_to_post', 'delivered'], refused: ['handed_to_post', 'delivered'], handed_to_post: ['delivered'],
    delivered: []};
  var dossier = null, busy = false;

  function staffPath(suffix) { return '/api/v1/staff/dossiers/' + encodeURIComponent(dossier.code) + suffix; }

  function say(text, isError) { OS.message($('panel-msg'), text, isError); }

  function open(e) {
    e.preventDefault();
    var code = $('dossier-code').value.trim();
    if (!code) { return; }
    OS.message($('dossier-msg'), '');
    load(code).catch(function (err) {
      $('dossier-panel').hidden = true;
      OS.message($('dossier-msg'), err.message, true);
    });
  }

  function load(code) {
    return OS.api('GET', '/api/v1/dossiers/' + encodeURIComponent(code)).then(function (d) {
      dossier = d;
      say('');
      $('dossier-panel').hidden = false;
      renderDossier();
      return loadPages();
    });
  }

  function renderDossier() {
    var d = dossier;
    $('dossier-title').textContent = d.code;
    OS.rows($('dossier'), [[OS.t('dossierCode'), d.code],
      [OS.t('procedure'), d.procedureCode + ' – ' + (OS.lang() === 'en' ? d.procedureNameEn : d.procedureNameVi)],
      [OS.t('status'), OS.word('ds_', d.status)], [OS.t('received'), OS.time(d.receivedAt)],
      // A prepared dossier has no appointment until an official receives it (issue 22)
      [OS.t('appointment'), d.appointmentAt ? String(d.appointmentAt).replace('T', ' ') : '—'],
      [OS.t('delivery'), OS.word('dl_', d.delivery) + (d.trackingNumber ? ' · ' + d.trackingNumber : '')],
      // Issue 22: the official code, and whether an official or (before official reception) the kiosk received it
      [OS.t('rcOfficial'), d.officialCode || '—'],
      [OS.t('rcReception'), d.reception ? (OS.lang() === 'en' ? d.receptionEn : d.receptionVi) : '']]);
    var buttons = OS.clear($('status-buttons'));
    (NEXT[d.status] || []).filter(function (s) { return s !== 'handed_to_post' || d.delivery === 'POST'; })
      .forEach(function (s) {
        buttons.appendChild(OS.el('button', {text: OS.word('ds_', s), attrs: {'data-status': s},
          onclick: function () { changeStatus(s); }}));
      });
    $('tracking-number').hidden = d.delivery !== 'POST';
    $('slip-link').href = staffPath('/slip.pdf');
    $('slip-link').hidden = !d.receivedAt;
  }

  function loadPages() {
    return OS.api('GET', staffPath('/pages')).then(function (p) {
      $('page-count').textContent = String(p.pageCount);
      $('pages-link').href = staffPath('/pages.pdf');
      $('pages-link').classList.toggle('disabled', p.pageCount === 0);
      OS.rows($('uploads'), p.uploads.map(function (u) {
        return [OS.time(u.at), u.actor, u.kind.toUpperCase(), u.pagesAdded, u.pageCount];
      }));
    });
  }

  function changeStatus(status) {
    if (busy) { return; }
    var tracking = $('tracking-number').value.trim();
    if (status === 'handed_to_post' && !tracking) { say(OS.t('needTracking'), true); return; }
    var body = {status: status, note: $('status-note').value.trim() || null,
      trackingNumber: status === 'handed_to_post' ? tracking : null};
    busy = true;
    OS.api('POST', staffPath('/status'), body).then(function (d) {
      dossier = d;
      $('status-note').value = '';
      renderDossier();
      say(OS.t('statusChanged') + ': ' + OS.word('ds_', d.status));
    }).catch(function (err) { say(err.message, true); }).then(function () { busy = false; });
  }

  /** Sends one file as the request body; resolves with the pages info or rejects with the server's reason. */
  function uploadOne(file) {
    return fetch(OS.withCentre(staffPath('/pages')), {method: 'POST', credentials: 'same-origin', body: file,
      headers: {'X-CSRF-Token': OS.session.csrfToken, 'Accept': 'application/json',
        'Content-Type': file.type || 'application/octet-stream'}}).then(function (r) {
      return r.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (notJson) { data = null; }
        if (!r.ok) { throw new Error(file.name + ': ' + (data && data.detail ? data.detail : 'HTTP ' + r.status)); }
        return data;
      });
    });
  }

  function upload(e) {
    e.preventDefault();
    var files = Array.prototype.slice.call($('scan-file').files);
    if (!files.length) { say(OS.t('pickFile'), true); return; }
    if (busy) { return; }
    busy = true;
    $('upload-form').querySelector('button').disabled = true;
    var chain = Promise.resolve(null);
    files.forEach(function (f, i) {
      chain = chain.then(function () {
        say(OS.t('uploading') + ' ' + (i + 1) + '/' + files.length + '…');
        return uploadOne(f);
      });
    });
    chain.then(function (p) {
      $('scan-file').value = '';
      say(OS.t('pagesUploaded') + ' ' + p.pageCount + ' ' + OS.t('pagesWord'));
    }).catch(function (err) { say(err.message, true); }).then(function () {
      busy = false;
      $('upload-form').querySelector('button').disabled = false;
      return loadPages();
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('dossier-form').addEventListener('submit', open);
    $('upload-form').addEventListener('submit', upload);
    document.addEventListener('os-language', function () { if (dossier) { renderDossier(); loadPages(); } });
  });
})();
