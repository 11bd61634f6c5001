// The public booking page (issue 24): book a slot, then look up, cancel or move a booking with its code. No login;
// the server's answers carry no personal data, and this page never shows the contact it sent. Server data goes into
// the page with textContent only.
(function () {
  'use strict';
  // Booking page texts (issue 24): Vietnamese first, English second.
  var TEXT = {
    vi: {
      title: 'Đặt lịch hẹn', bookTitle: 'Đặt lịch mới', what: 'Dịch vụ hoặc thủ tục', day: 'Ngày (chỉ ngày làm việc)',
      slot: 'Giờ hẹn', phone: 'Số điện thoại di động', email: 'hoặc thư điện tử', idNumber: 'Số CCCD (không bắt buộc)',
      privacy: 'Số điện thoại, thư điện tử và số CCCD chỉ dùng cho lịch hẹn này và được xoá sau đó.',
      book: 'Đặt lịch', booked: 'Đã đặt lịch', yourCode: 'Mã đặt lịch của bạn',
      atKiosk: 'Tại trung tâm, quét mã QR này (hoặc nhập mã) ở ki-ốt để lấy số; đến trong khung giờ hẹn để được gọi trước.',
      manageTitle: 'Xem, huỷ hoặc đổi lịch', codeLabel: 'Mã đặt lịch', lookup: 'Xem', cancel: 'Huỷ lịch',
      moveTo: 'Đổi sang ngày', move: 'Đổi lịch', services: 'Dịch vụ', procedures: 'Thủ tục', free: 'còn',
      full: 'hết chỗ', noSlots: 'Ngày này không còn giờ hẹn', pickSlot: 'Hãy chọn giờ hẹn',
      needContact: 'Hãy nhập số điện thoại hoặc thư điện tử', wait: 'Đang gửi…', cancelled: 'Đã huỷ lịch hẹn',
      moved: 'Đã đổi lịch hẹn', confirmCancel: 'Huỷ lịch hẹn này?', nothing: 'Trung tâm chưa mở đặt lịch trực tuyến',
      status_booked: 'Đã đặt', status_checked_in: 'Đã lấy số', status_cancelled: 'Đã huỷ', status_no_show: 'Vắng mặt',
      failed: 'Không thực hiện được', language: 'English'
    },
    en: {
      title: 'Book an appointment', bookTitle: 'New booking', what: 'Service or procedure', day: 'Day (working days only)',
      slot: 'Time', phone: 'Mobile phone number', email: 'or e-mail', idNumber: 'Citizen ID number (optional)',
      privacy: 'Your phone, e-mail and ID number are used only for this booking and erased afterwards.',
      book: 'Book', booked: 'Booked', yourCode: 'Your booking code',
      atKiosk: 'At the centre, scan this QR (or type the code) at a kiosk to take a number; come within your time to be called first.',
      manageTitle: 'See, cancel or move a booking', codeLabel: 'Booking code', lookup: 'Show', cancel: 'Cancel booking',
      moveTo: 'Move to day', move: 'Move booking', services: 'Services', procedures: 'Procedures', free: 'free',
      full: 'full', noSlots: 'No times left on this day', pickSlot: 'Pick a time',
      needContact: 'Give a phone number or an e-mail address', wait: 'Sending…', cancelled: 'Booking cancelled',
      moved: 'Booking moved', confirmCancel: 'Cancel this booking?', nothing: 'This centre takes no online bookings yet',
      status_booked: 'Booked', status_checked_in: 'Checked in', status_cancelled: 'Cancelled', status_no_show: 'Did not come',
      failed: 'Could not do that', language: 'Tiếng Việt'
    }
  };
  var lang = localStorage.getItem('onestop.lang') === 'en' ? 'en' : 'vi';
  var centre = new URLSearchParams(location.search).get('centre') || 'main';
  var q = '?centre=' + encodeURIComponent(centre);
  var options = null;
  var current = null;

  function t(key) { return TEXT[lang][key] !== undefined ? TEXT[lang][key] : key; }
  function $(id) { return document.getElementById(id); }
  function el(tag, text) { var e = document.createElement(tag); if (text !== undefined) { e.textContent = text; } return e; }
  function clear(e) { while (e.firstChild) { e.removeChild(e.firstChild); } return e; }

  function apply() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-t]').forEach(function (e) { e.textContent = t(e.dataset.t); });
    $('lang-button').textContent = t('language');
    if (options) { $('centre-name').textContent = lang === 'en' ? options.nameEn : options.nameVi; fillWhat(); }
    if (current) { showBooking(current); }
  }

  function api(method, path, body) {
    return fetch(path, {method: method, headers: body === undefined ? {'Accept': 'application/json'}
      : {'Accept': 'application/json', 'Content-Type': 'application/json'},
      body: body === undefined ? undefined : JSON.stringify(body)}).then(function (r) {
      return r.text().then(function (text) {
        var data = null;
        try { data = text ? JSON.parse(text) : null; } catch (e) { data = null; }
        if (!r.ok) { throw new Error((data && data.detail) || (t('failed') + ' (' + r.status + ')')); }
        return data;
      });
    });
  }

  function say(id, text, error) { var m = $(id); m.textContent = text || ''; m.className = 'msg' + (error ? ' error' : ''); }

  function dayLabel(d) {
    var date = new Date(d + 'T00:00:00');
    return date.toLocaleDateString(lang === 'en' ? 'en-GB' : 'vi-VN', {weekday: 'long', day: 'numeric', month: 'numeric'});
  }

  function fillDays(select) {
    var keep = select.value;
    clear(select);
    options.days.forEach(function (d) { var o = el('option', dayLabel(d)); o.value = d; select.appendChild(o); });
    if (keep) { select.value = keep; }
  }

  function fillWhat() {
    var select = $('what');
    var keep = select.value;
    clear(select);
    var g1 = el('optgroup'); g1.label = t('services');
    options.services.forEach(function (s) {
      var o = el('option', s.code + ' – ' + (lang === 'en' ? s.nameEn : s.nameVi)); o.value = 's:' + s.code; g1.appendChild(o);
    });
    var g2 = el('optgroup'); g2.label = t('procedures');
    options.procedures.forEach(function (p) {
      var o = el('option', lang === 'en' ? p.nameEn : p.nameVi); o.value = 'p:' + p.code; g2.appendChild(o);
    });
    select.appendChild(g1);
    if (options.procedures.length) { select.appendChild(g2); }
    if (keep) { select.value = keep; }
    fillDays($('day'));
    fillDays($('move-day'));
  }

  function serviceOf(value) {
    if (!value) { return null; }
    if (value.indexOf('s:') === 0) { return value.substring(2); }
    var code = value.substring(2);
    var p = options.procedures.filter(function (x) { return x.code === code; })[0];
    return p ? p.serviceCode : null;
  }

  function loadSlots(service, day, box, name) {
    clear(box);
    if (!service || !day) { return Promise.resolve(); }
    return api('GET', '/api/v1/public/booking/slots' + q + '&service=' + encodeURIComponent(service) + '&day='
        + encodeURIComponent(day)).then(function (slots) {
      if (!slots.length) { box.appendChild(el('p', t('noSlots'))); }
      slots.forEach(function (s) {
        var label = el('label');
        var input = el('input');
        input.type = 'radio'; input.name = name; input.value = s.start; input.disabled = s.free <= 0;
        label.appendChild(input);
        label.appendChild(el('span', s.start + '–' + s.end + ' · ' + (s.free > 0 ? t('free') + ' ' + s.free : t('full'))));
        if (s.free <= 0) { label.className = 'full'; }
        box.appendChild(label);
      });
    }).catch(function (e) { box.appendChild(el('p', e.message)); });
  }

  function chosen(name) { var c = document.querySelector('input[name="' + name + '"]:checked'); return c ? c.value : null; }

  function book() {
    var start = chosen('slot');
    if (!start) { say('book-msg', t('pickSlot'), true); return; }
    if (!$('phone').value.trim() && !$('email').value.trim()) { say('book-msg', t('needContact'), true); return; }
    var what = $('what').value;
    var body = {day: $('day').value, start: start, phone: $('phone').value, email: $('email').value,
      idNumber: $('id-number').value};
    if (what.indexOf('p:') === 0) { body.procedureCode = what.substring(2); } else { body.serviceCode = what.substring(2); }
    say('book-msg', t('wait'));
    $('book-button').disabled = true;
    api('POST', '/api/v1/public/bookings' + q, body).then(function (b) {
      say('book-msg', '');
      $('phone').value = ''; $('email').value = ''; $('id-number').value = '';
      $('result-code').textContent = b.code;
      $('result-qr').src = '/api/v1/public/bookings/' + encodeURIComponent(b.code) + '/qr.svg';
      $('result-when').textContent = dayLabel(b.day) + ' ' + b.start + '–' + b.end + ' · ' + b.serviceCode + ' '
        + (lang === 'en' ? b.serviceNameEn : b.serviceNameVi);
      $('result-card').classList.remove('hidden');
      $('code').value = b.code;
      refreshSlots();
      $('result-card').scrollIntoView();
    }).catch(function (e) { say('book-msg', e.message, true); refreshSlots(); })
      .then(function () { $('book-button').disabled = false; });
  }

  function showBooking(b) {
    current = b;
    $('booking').classList.remove('hidden');
    $('booking-when').textContent = b.code + ' · ' + dayLabel(b.day) + ' ' + b.start + '–' + b.end + ' · ' + b.serviceCode;
    $('booking-status').textContent = t('status_' + b.status);
    var open = b.status === 'booked';
    $('cancel-button').disabled = !open;
    $('move-button').disabled = !open;
  }

  function lookup() {
    say('manage-msg', '');
    api('GET', '/api/v1/public/bookings/' + encodeURIComponent($('code').value.trim())).then(function (b) {
      showBooking(b);
      return loadSlots(b.serviceCode, $('move-day').value, $('move-slots'), 'move-slot');
    }).catch(function (e) { $('booking').classList.add('hidden'); current = null; say('manage-msg', e.message, true); });
  }

  function cancel() {
    if (!current || !window.confirm(t('confirmCancel'))) { return; }
    api('POST', '/api/v1/public/bookings/' + encodeURIComponent(current.code) + '/cancel', {}).then(function (b) {
      showBooking(b); say('manage-msg', t('cancelled')); refreshSlots();
    }).catch(function (e) { say('manage-msg', e.message, true); });
  }

  function move() {
    var start = chosen('move-slot');
    if (!current) { return; }
    if (!start) { say('manage-msg', t('pickSlot'), true); return; }
    api('POST', '/api/v1/public/bookings/' + encodeURIComponent(current.code) + '/move',
        {day: $('move-day').value, start: start}).then(function (b) {
      showBooking(b); say('manage-msg', t('moved')); refreshSlots();
      loadSlots(b.serviceCode, $('move-day').value, $('move-slots'), 'move-slot');
    }).catch(function (e) { say('manage-msg', e.message, true); });
  }

  function refreshSlots() { return loadSlots(serviceOf($('what').value), $('day').value, $('slots'), 'slot'); }

  document.addEventListener('DOMContentLoaded', function () {
    apply();
    $('lang-button').addEventListener('click', function () {
      lang = lang === 'vi' ? 'en' : 'vi';
      localStorage.setItem('onestop.lang', lang);
      apply();
    });
    $('what').addEventListener('change', refreshSlots);
    $('day').addEventListener('change', refreshSlots);
    $('move-day').addEventListener('change', function () {
      if (current) { loadSlots(current.serviceCode, $('move-day').value, $('move-slots'), 'move-slot'); }
    });
    $('book-button').addEventListener('click', book);
    $('lookup-button').addEventListener('click', lookup);
    $('cancel-button').addEventListener('click', cancel);
    $('move-button').addEventListener('click', move);
    api('GET', '/api/v1/public/booking/options' + q).then(function (o) {
      options = o;
      apply();
      if (!o.services.length) { say('book-msg', t('nothing'), true); $('book-button').disabled = true; return; }
      refreshSlots();
    }).catch(function (e) { say('book-msg', e.message, true); $('book-button').disabled = true; });
  });
})();
