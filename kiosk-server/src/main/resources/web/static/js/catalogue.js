// Issue 21 (catalogue): the procedure catalogue (edit fees, time, documents, channel; import CSV/JSON; export), the
// working calendar (days off, make-up working days) and the acting centre's kiosk texts, all live.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var mayEdit = false;
  var editing = null;

  function numberOrNull(text) {
    var t = String(text).trim().replace(/[.,\s]/g, '');
    return t === '' ? null : Number(t);
  }

  function procedures() {
    return OS.api('GET', '/api/v1/admin/catalogue').then(function (c) {
      mayEdit = c.mayEdit;
      $('cat-readonly').hidden = mayEdit;
      OS.rows($('cat-procedures'), c.procedures.map(function (p) {
        var name = OS.lang() === 'vi' ? p.name_vi : (p.name_en || p.name_vi);
        return [p.code, name, p.service, p.fee_vnd === null || p.fee_vnd === undefined ? '–' : p.fee_vnd,
          p.processing_days === null || p.processing_days === undefined ? '–' : p.processing_days,
          OS.t('catCh_' + p.channel),
          mayEdit ? OS.el('button', {i18n: 'edit', attrs: {'data-code': p.code}, onclick: function () { edit(p); }})
            : ''];
      }));
    });
  }

  function edit(p) {
    editing = p.code;
    $('ed-code').textContent = p.code;
    $('ed-name').value = p.name_vi || '';
    $('ed-fee').value = p.fee_vnd === null || p.fee_vnd === undefined ? '' : p.fee_vnd;
    $('ed-days').value = p.processing_days === null || p.processing_days === undefined ? '' : p.processing_days;
    $('ed-channel').value = p.channel;
    $('ed-docs').value = (p.documents_vi || []).join('\n');
    OS.message($('ed-msg'), '');
    $('cat-editor').hidden = false;
    $('ed-name').focus();
  }

  function save() {
    var fee = $('ed-fee').value.trim().replace(/[.,\s]/g, '');
    var days = $('ed-days').value.trim();
    if (!/^\d*$/.test(fee) || !/^\d*$/.test(days)) {
      OS.message($('ed-msg'), OS.t('catWholeNumber'), true);
      return;
    }
    var body = {name_vi: $('ed-name').value.trim(), fee_vnd: numberOrNull($('ed-fee').value),
      processing_days: numberOrNull($('ed-days').value), channel: $('ed-channel').value,
      documents_vi: $('ed-docs').value.split('\n').map(function (d) { return d.trim(); })
        .filter(function (d) { return d !== ''; })};
    OS.api('PUT', '/api/v1/admin/catalogue/procedures/' + encodeURIComponent(editing), body).then(function () {
      OS.message($('ed-msg'), OS.t('catSaved'));
      return procedures();
    }).catch(function (e) { OS.message($('ed-msg'), e.message, true); });
  }

  function importFile() {
    var file = $('imp-file').files[0];
    if (!file) { OS.message($('imp-msg'), OS.t('pickFile'), true); return; }
    var csv = /\.csv$/i.test(file.name) || file.type === 'text/csv';
    fetch('/api/v1/admin/catalogue/import', {method: 'POST', credentials: 'same-origin',
      headers: {'X-CSRF-Token': OS.session.csrfToken, 'Accept': 'application/json',
        'Content-Type': csv ? 'text/csv' : 'application/json'}, body: file}).then(function (r) {
      return r.json().then(function (data) {
        if (!r.ok) { OS.message($('imp-msg'), data.detail, true); return null; }
        OS.message($('imp-msg'), OS.t('catImported') + ': ' + data.created + ' ' + OS.t('catCreated') + ', '
          + data.changed + ' ' + OS.t('catChanged'));
        return procedures();
      });
    }).catch(function (e) { OS.message($('imp-msg'), e.message, true); });
  }

  function texts() {
    return OS.api('GET', '/api/v1/admin/kiosk-texts').then(function (t) {
      $('tx-name-vi').value = t.centreNameVi; $('tx-name-en').value = t.centreNameEn;
      $('tx-notice-vi').value = t.noticeVi; $('tx-notice-en').value = t.noticeEn;
    });
  }

  function saveTexts() {
    OS.api('PUT', '/api/v1/admin/kiosk-texts', {centreNameVi: $('tx-name-vi').value,
      centreNameEn: $('tx-name-en').value, noticeVi: $('tx-notice-vi').value, noticeEn: $('tx-notice-en').value})
      .then(function () { OS.message($('tx-msg'), OS.t('catSaved')); })
      .catch(function (e) { OS.message($('tx-msg'), e.message, true); });
  }

  function calendar() {
    var year = $('cal-year').value.trim();
    return OS.api('GET', '/api/v1/admin/calendar?year=' + encodeURIComponent(year)).then(function (c) {
      $('cal-listed').textContent = OS.t(c.listed ? 'catListed' : 'catComputed');
      OS.rows($('cal-days'), c.days.map(function (d) {
        return [d.date, OS.t('catKind_' + d.kind), OS.lang() === 'vi' ? d.nameVi : d.nameEn, OS.t('catSt_' + d.status),
          c.listed && c.mayEdit ? OS.el('button', {i18n: 'catRemove', attrs: {'data-date': d.date},
            onclick: function () { removeDay(d.date); }}) : ''];
      }));
    }).catch(function (e) { OS.message($('cal-msg'), e.message, true); });
  }

  function putDay() {
    var date = $('day-date').value;
    OS.api('PUT', '/api/v1/admin/calendar/days/' + encodeURIComponent(date), {kind: $('day-kind').value,
      nameVi: $('day-name-vi').value, nameEn: $('day-name-en').value, status: $('day-status').value})
      .then(function () {
        OS.message($('cal-msg'), OS.t('catSaved'));
        if (date) { $('cal-year').value = date.substring(0, 4); }
        return calendar();
      }).catch(function (e) { OS.message($('cal-msg'), e.message, true); });
  }

  function removeDay(date) {
    OS.api('DELETE', '/api/v1/admin/calendar/days/' + encodeURIComponent(date)).then(calendar)
      .catch(function (e) { OS.message($('cal-msg'), e.message, true); });
  }

  OS.start().then(function () {
    $('ed-save').addEventListener('click', save);
    $('ed-cancel').addEventListener('click', function () { $('cat-editor').hidden = true; });
    $('imp-send').addEventListener('click', importFile);
    $('tx-save').addEventListener('click', saveTexts);
    $('cal-show').addEventListener('click', calendar);
    $('day-add').addEventListener('click', putDay);
    $('cal-year').value = String(new Date().getFullYear());
    return Promise.all([procedures(), texts(), calendar()]);
  }).catch(function (e) { OS.message($('cat-msg'), e.message, true); });
})();
