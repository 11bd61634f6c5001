// Counter console, reception panel (issue 22): open a dossier prepared at a kiosk by its preparation code (a USB
// QR scanner types the code and Enter into the focused field, or the official types it), check its data and scanned
// documents, then receive it with the official dossier code, ask for a supplement, or refuse it. Each decision opens
// its slip (PDF). Everything from the server is put into the page with textContent.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var dossier = null, busy = false, slipUrl = null;

  function path(suffix) { return '/api/v1/staff/prepared/' + encodeURIComponent(dossier.preparationCode) + suffix; }

  function say(text, isError) { OS.message($('rc-result'), text, isError); }

  /** The code in a scanned or typed text: a slip QR's MHS field, or the text itself. */
  function codeOf(text) {
    var m = /(?:^|\|)MHS=([^|]+)/.exec(text);
    return (m ? m[1] : text).trim();
  }

  function open(e) {
    e.preventDefault();
    var code = codeOf($('rc-code').value);
    if (!code) { return; }
    OS.message($('rc-msg'), '');
    load(code).then(function () {
      $('rc-code').value = '';
      say('');
    }).catch(function (err) {
      $('rc-panel').hidden = true;
      dossier = null;
      OS.message($('rc-msg'), err.message, true);
      // Keep the wrong code visible but selected, so the next scan or typing replaces it.
      $('rc-code').focus();
      $('rc-code').select();
    });
  }

  function load(code) {
    return OS.api('GET', '/api/v1/staff/prepared/' + encodeURIComponent(code)).then(function (d) {
      if (!dossier || dossier.preparationCode !== d.preparationCode) {
        clearTimeout(printTimer);
        OS.message($('rc-print'), '');
        $('rc-print-again').hidden = true;
      }
      dossier = d;
      slipUrl = d.slipUrl;
      $('rc-panel').hidden = false;
      render();
    });
  }

  function name(vi, en) { return OS.lang() === 'en' ? en : vi; }

  function render() {
    var d = dossier;
    OS.rows($('rc-data'), [[OS.t('rcPreparationCode'), d.preparationCodeDisplay],
      [OS.t('status'), name(d.statusVi, d.statusEn)], [OS.t('rcReception'), name(d.receptionVi, d.receptionEn)],
      [OS.t('rcOfficial'), d.officialCode || '—'],
      [OS.t('procedure'), d.procedureCode + ' – ' + name(d.procedureNameVi, d.procedureNameEn)],
      [OS.t('rcApplicant'), d.applicantName], [OS.t('rcIdNumber'), d.applicantIdNumber],
      [OS.t('rcBirth'), d.applicantBirthDate || ''], [OS.t('rcAddress'), d.applicantAddress],
      [OS.t('rcPhone'), d.phone + (d.email ? ' · ' + d.email : '')],
      [OS.t('delivery'), OS.word('dl_', d.delivery) + (d.postalAddress ? ' · ' + d.postalAddress : '')],
      [OS.t('rcPrepared'), OS.time(d.preparedAt)],
      [OS.t('appointment'), d.appointmentAt ? String(d.appointmentAt).replace('T', ' ') : '—']]);
    OS.rows($('rc-docs'), d.documents.map(function (doc) {
      var link = doc.url ? OS.el('a', {text: OS.t('rcOpenPdf'), attrs: {href: doc.url, target: '_blank',
        rel: 'noopener', 'data-doc': String(doc.index)}}) : OS.t('rcNotScanned');
      return [String(doc.index + 1), doc.name + ' (' + doc.quantity + ')', doc.formVi,
        doc.pages === null ? '—' : String(doc.pages), link];
    }));
    OS.rows($('rc-history'), d.history.map(function (h) {
      return [OS.time(h.at), name(h.statusVi, h.statusEn), h.actor, h.note];
    }));
    var missing = OS.clear($('rc-missing'));
    d.documents.forEach(function (doc) {
      var id = 'rc-miss-' + doc.index;
      missing.appendChild(OS.el('div', {}, [
        OS.el('input', {attrs: {type: 'checkbox', id: id, value: doc.name, 'data-missing': String(doc.index)}}),
        OS.el('label', {text: ' ' + doc.name, attrs: {'for': id}})]));
    });
    $('rc-decide').hidden = !d.awaitingReception;
    $('rc-official').placeholder = d.connectorAssignsCodes ? OS.t('rcCodeByConnector')
      : OS.t('rcExample') + ' ' + d.officialCodeExample;
    $('rc-official').value = d.officialCode || '';
    $('rc-slip').hidden = !slipUrl;
    if (slipUrl) { $('rc-slip').href = slipUrl; }
    if (!d.awaitingReception) {
      say(d.reception === 'official' ? OS.t('rcReceived') + ' ' + (d.officialCode || '…') : OS.t('rcDecided'));
    }
  }

  function decide(suffix, body, done) {
    if (busy || !dossier) { return; }
    busy = true;
    OS.api('POST', path(suffix), body).then(function (r) {
      slipUrl = r.slipUrl;
      return load(dossier.preparationCode).then(function () {
        slipUrl = r.slipUrl;
        $('rc-slip').hidden = !slipUrl;
        if (slipUrl) { $('rc-slip').href = slipUrl; }
        say(done(r));
      });
    }).catch(function (err) { say(err.message, true); }).then(function () { busy = false; });
  }

  // The receipt slip on the thermal printer of the counter this console works at (through its device gateway).
  // A printer fault never touches the reception: the PDF link stays.
  var printTimer = null;
  function showPrint(s, tries) {
    clearTimeout(printTimer);
    var status = s ? s.status : 'none';
    var text = {none: OS.t('rcPrintNone'), pending: OS.t('rcPrintPending'), printed: OS.t('rcPrinted'),
      failed: OS.t('rcPrintFailed') + ': ' + (s && s.error || '') + ' – ' + OS.t('rcPrintPdf')}[status] || '';
    if (status === 'pending' && tries > 20) { text = OS.t('rcPrintSlow') + ' – ' + OS.t('rcPrintPdf'); }
    OS.message($('rc-print'), text, status === 'failed' || (status === 'pending' && tries > 20));
    $('rc-print-again').hidden = !(status === 'printed' || status === 'failed' || (status === 'pending' && tries > 20));
    if (status === 'pending' && tries <= 20 && dossier) {
      var code = dossier.preparationCode;
      printTimer = setTimeout(function () {
        if (!dossier || dossier.preparationCode !== code) { return; }
        OS.api('GET', path('/counter-print')).then(function (n) { showPrint(n, tries + 1); })
          .catch(function (e) { OS.message($('rc-print'), e.message, true); });
      }, 1000);
    }
  }

  function counterPrint() {
    var counter = document.getElementById('counter-select');
    if (!dossier || !counter || !counter.value) { showPrint(null, 0); return; }
    OS.api('POST', path('/counter-print'), {counterId: counter.value}).then(function (s) { showPrint(s, 0); })
      .catch(function (e) { OS.message($('rc-print'), e.message, true); });
  }

  function receive() {
    decide('/receive', {officialCode: $('rc-official').value.trim()}, function (r) {
      var v = r.dossier;
      if (!v.officialCode) { return OS.t('rcAwaitCode'); }
      counterPrint();
      return OS.t('rcReceived') + ' ' + v.officialCode + ', ' + OS.t('rcAppointment') + ' '
        + String(v.appointmentAt).replace('T', ' ');
    });
  }

  function supplement() {
    var ticked = Array.prototype.slice.call($('rc-missing').querySelectorAll('input:checked'))
      .map(function (c) { return c.value; });
    decide('/supplement', {missing: ticked, note: $('rc-note').value.trim()}, function () {
      $('rc-note').value = '';
      return OS.t('rcSupplemented');
    });
  }

  function refuse() {
    var reason = $('rc-reason').value.trim();
    if (!reason) { say(OS.t('rcNeedReason'), true); return; }
    decide('/refuse', {reason: reason}, function () {
      $('rc-reason').value = '';
      return OS.t('rcRefused');
    });
  }

  document.addEventListener('DOMContentLoaded', function () {
    $('rc-form').addEventListener('submit', open);
    $('rc-receive').addEventListener('click', receive);
    $('rc-supplement').addEventListener('click', supplement);
    $('rc-refuse').addEventListener('click', refuse);
    $('rc-print-again').addEventListener('click', counterPrint);
    document.addEventListener('os-language', function () { if (dossier) { render(); } });
  });
})();
