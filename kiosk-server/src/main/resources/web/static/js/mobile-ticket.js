// The citizen's phone page (issue 24): follows one ticket by the token in the address (/t/<token>). Live through
// Server-Sent Events; when the stream fails (a slow or cutting connection, a proxy that buffers), it asks every few
// seconds instead and tries the stream again later. Everything is put into the page as text, never as HTML.
(function () {
  'use strict';
  // Texts of this page: Vietnamese first, English second (mobile ticket, issue 24).
  var TEXT = {
    vi: {
      title: 'Số thứ tự của bạn', loading: 'Đang tải…', yourNumber: 'Số của bạn',
      unknown: 'Liên kết này không đúng hoặc đã hết hạn.', unknownHint: 'Số thứ tự chỉ theo dõi được trong ngày cấp số.',
      pleaseGo: 'Mời bạn đến', ahead: 'Người chờ trước bạn', wait: 'Chờ khoảng', minutes: 'phút',
      park: 'Tôi sẽ quay lại (giữ số {n} phút)', back: 'Tôi đã quay lại', cancel: 'Hủy số của tôi',
      cancelSure: 'Hủy số này? Bạn sẽ phải lấy số mới nếu quay lại.', cancelYes: 'Có, hủy số', cancelNo: 'Không',
      st_waiting: 'Đang chờ gọi số', st_called: 'Đến lượt bạn!', st_serving: 'Bạn đang được phục vụ tại {c}',
      st_parked: 'Số được giữ đến {t}, sau đó trở lại hàng chờ', st_parked_counter: 'Quầy đang tạm giữ số của bạn',
      st_done: 'Đã phục vụ xong. Cảm ơn bạn!', st_no_show: 'Bạn đã vắng mặt khi được gọi. Hãy hỏi quầy hướng dẫn.',
      st_voided: 'Số này đã được hủy.', st_transferred: 'Số của bạn đã được chuyển',
      live: 'Cập nhật trực tiếp', poll: 'Cập nhật mỗi vài giây', offline: 'Mất kết nối, đang thử lại…',
      failed: 'Không thực hiện được, hãy thử lại',
      // "Notify me by e-mail / SMS" (notifications, issue 24)
      notifyTitle: 'Báo tôi qua {w}', notifyHint: 'Chúng tôi báo khi bạn gần đến lượt và khi được gọi.',
      chEmail: 'E-mail', chSms: 'SMS', addr_email: 'Địa chỉ e-mail', addr_sms: 'Số điện thoại di động',
      notifySend: 'Báo cho tôi', notifyChange: 'Đổi hoặc thêm địa chỉ',
      notifying_email: 'Sẽ báo qua e-mail tới {a}', notifying_sms: 'Sẽ báo qua SMS tới {a}',
      notifyPrivacy: 'Địa chỉ chỉ dùng để báo về số này và được xóa sau đó.'
    },
    en: {
      title: 'Your queue ticket', loading: 'Loading…', yourNumber: 'Your number',
      unknown: 'This link is unknown or has expired.', unknownHint: 'A ticket can be followed on the day it was issued.',
      pleaseGo: 'Please go to', ahead: 'People ahead of you', wait: 'Wait about', minutes: 'min',
      park: 'I am coming back (keep my turn {n} min)', back: 'I am back', cancel: 'Cancel my ticket',
      cancelSure: 'Cancel this ticket? You will need a new one if you come back.', cancelYes: 'Yes, cancel',
      cancelNo: 'No',
      st_waiting: 'Waiting for your number', st_called: 'It is your turn!', st_serving: 'You are being served at {c}',
      st_parked: 'Your turn is kept until {t}, then it goes back to the queue',
      st_parked_counter: 'The counter is holding your ticket',
      st_done: 'Served. Thank you!', st_no_show: 'You were absent when called. Please ask at a counter.',
      st_voided: 'This ticket was cancelled.', st_transferred: 'Your ticket was transferred',
      live: 'Live updates', poll: 'Updated every few seconds', offline: 'Connection lost, trying again…',
      failed: 'That did not work, please try again',
      // "Notify me by e-mail / SMS" (notifications, issue 24)
      notifyTitle: 'Notify me by {w}', notifyHint: 'We tell you when your turn is near and when you are called.',
      chEmail: 'E-mail', chSms: 'SMS', addr_email: 'E-mail address', addr_sms: 'Mobile phone number',
      notifySend: 'Notify me', notifyChange: 'Change or add an address',
      notifying_email: 'We will notify you by e-mail at {a}', notifying_sms: 'We will notify you by SMS at {a}',
      notifyPrivacy: 'The address is used only for this ticket and is erased afterwards.'
    }
  };
  var POLL_MS = 4000;
  var STREAM_RETRY_MS = 60000;
  var FINAL = {done: true, no_show: true, voided: true};
  var lang = localStorage.getItem('onestop.lang') === 'en' ? 'en' : 'vi';
  var token = (location.pathname.match(/^\/t\/([0-9a-f]{48})$/) || [])[1] || '';
  var api = '/api/v1/mobile/tickets/' + token;
  var state = null;
  var stream = null;
  var pollTimer = null;
  var audio = null;
  var lastCalledCounter = null;
  var notifyOpen = false; // the citizen asked to change or add an address

  function $(id) { return document.getElementById(id); }
  function t(key) { var v = TEXT[lang][key]; return v === undefined ? key : v; }
  function fill(s, vars) { return s.replace(/\{(\w)\}/g, function (m, k) { return vars[k] === undefined ? '' : vars[k]; }); }
  function show(id, on) { $(id).hidden = !on; }

  function applyTexts() {
    document.documentElement.lang = lang;
    document.querySelectorAll('[data-t]').forEach(function (e) { e.textContent = t(e.dataset.t); });
    $('lang').textContent = lang === 'vi' ? 'English' : 'Tiếng Việt';
    if (document.body.dataset.live) { live(document.body.dataset.live); } // the footer's text too
    if (state) { render(state); }
  }

  function hhmm(iso) {
    var d = new Date(iso);
    return ('0' + d.getHours()).slice(-2) + ':' + ('0' + d.getMinutes()).slice(-2);
  }

  function render(s) {
    state = s;
    show('loading', false); show('unknown', false); show('ticket', true);
    $('number').textContent = s.number;
    $('service').textContent = lang === 'vi' ? s.serviceNameVi : (s.serviceNameEn || s.serviceNameVi);
    var counter = s.counterName || s.counterId || '';
    var called = s.status === 'called';
    show('called', called);
    $('called-counter').textContent = called ? counter : '';
    var text;
    if (s.status === 'parked') {
      text = s.parkedUntil ? fill(t('st_parked'), {t: hhmm(s.parkedUntil)}) : t('st_parked_counter');
    } else {
      text = fill(t('st_' + s.status), {c: counter});
    }
    $('status-text').textContent = text;
    show('figures', s.status === 'waiting');
    $('ahead').textContent = s.peopleAhead;
    $('wait').textContent = s.estimatedWaitMinutes;
    $('park').textContent = fill(t('park'), {n: s.parkMinutes});
    show('park', s.canPark);
    show('back', s.canReturn);
    show('cancel', s.canCancel && $('confirm').hidden);
    if (!s.canCancel) { show('confirm', false); }
    if (called && lastCalledCounter !== counter) {
      document.body.dataset.calledAt = String(Date.now()); // when the call reached this phone
      alertCitizen();
    }
    lastCalledCounter = called ? counter : null;
    renderNotify(s);
    if (FINAL[s.status]) { stopUpdates(); }
  }

  /** The "notify me" card: only the channels the server sends by, only while the ticket waits. */
  function renderNotify(s) {
    var channels = s.notifyChannels || [];
    var given = s.notifying || [];
    show('notify', s.canNotify && channels.length > 0);
    if (!s.canNotify || channels.length === 0) { return; }
    $('notify-title').textContent = fill(t('notifyTitle'), {w: channels.map(function (c) {
      return c === 'email' ? 'e-mail' : 'SMS';
    }).join(' / ')});
    var list = $('notifying');
    list.textContent = '';
    given.forEach(function (g) {
      var li = document.createElement('li');
      li.textContent = fill(t('notifying_' + g.channel), {a: g.to});
      list.appendChild(li);
    });
    show('ch-email-l', channels.indexOf('email') >= 0);
    show('ch-sms-l', channels.indexOf('sms') >= 0);
    show('notify-channels', channels.length > 1);
    var picked = document.querySelector('input[name=channel]:checked');
    if (!picked || channels.indexOf(picked.value) < 0) {
      $('ch-' + channels[0]).checked = true;
    }
    show('notify-change', given.length > 0 && !notifyOpen);
    show('notify-form', given.length === 0 || notifyOpen);
    channelChosen();
  }

  function channelChosen() {
    var c = (document.querySelector('input[name=channel]:checked') || {}).value || 'email';
    $('notify-label').textContent = t('addr_' + c);
    var input = $('notify-address');
    input.type = c === 'email' ? 'email' : 'tel';
    input.autocomplete = c === 'email' ? 'email' : 'tel';
  }

  function askToBeNotified(e) {
    e.preventDefault();
    var c = (document.querySelector('input[name=channel]:checked') || {}).value || '';
    $('notify-msg').textContent = '';
    $('notify-send').disabled = true;
    fetch(api + '/notify', {method: 'POST', cache: 'no-store',
      headers: {'Accept': 'application/json', 'Content-Type': 'application/json'},
      body: JSON.stringify({channel: c, address: $('notify-address').value})})
      .then(function (r) {
        if (r.status === 404) { unknown(); return null; }
        return r.json().then(function (body) {
          if (!r.ok) { throw new Error(body.detail || t('failed')); }
          return body;
        });
      })
      .then(function (s) {
        if (!s) { return; }
        $('notify-address').value = ''; // the page keeps only the masked address
        notifyOpen = false;
        render(s);
      })
      .catch(function (err) { $('notify-msg').textContent = err.message || t('failed'); })
      .then(function () { $('notify-send').disabled = false; });
  }

  function unknown() {
    state = null;
    show('loading', false); show('ticket', false); show('unknown', true);
    stopUpdates();
    live('');
  }

  /** Vibration and a short two-tone chime (Web Audio); both may be refused by the phone, which is fine. */
  function alertCitizen() {
    try { if (navigator.vibrate) { navigator.vibrate([400, 200, 400, 200, 600]); } } catch (e) { /* not allowed */ }
    try {
      var Ctx = window.AudioContext || window.webkitAudioContext;
      if (!Ctx) { return; }
      audio = audio || new Ctx();
      [880, 660].forEach(function (f, i) {
        var o = audio.createOscillator(); var g = audio.createGain();
        o.frequency.value = f; o.connect(g); g.connect(audio.destination);
        var at = audio.currentTime + i * 0.35;
        g.gain.setValueAtTime(0.0001, at); g.gain.exponentialRampToValueAtTime(0.5, at + 0.03);
        g.gain.exponentialRampToValueAtTime(0.0001, at + 0.3);
        o.start(at); o.stop(at + 0.32);
      });
      document.body.dataset.chimes = String(Number(document.body.dataset.chimes || 0) + 1);
    } catch (e) { /* no sound on this phone */ }
  }

  function live(mode) {
    document.body.dataset.live = mode;
    $('live-dot').className = 'dot' + (mode === 'stream' ? ' live' : mode === 'poll' ? ' poll' : '');
    $('live-text').textContent = mode === 'stream' ? t('live') : mode === 'poll' ? t('poll')
        : mode === 'offline' ? t('offline') : '';
  }

  function request(method, path) {
    return fetch(api + path, {method: method, headers: {'Accept': 'application/json'}, cache: 'no-store'})
      .then(function (r) {
        if (r.status === 404) { unknown(); return null; }
        return r.json().then(function (body) {
          if (!r.ok) { var e = new Error(body.detail || t('failed')); e.status = r.status; throw e; }
          return body;
        });
      });
  }

  function poll() {
    request('GET', '').then(function (s) { if (s) { render(s); if (!stream) { live('poll'); } } })
      .catch(function () { if (!stream) { live('offline'); } });
  }

  function startPolling() {
    if (pollTimer) { return; }
    live('poll');
    pollTimer = setInterval(poll, POLL_MS);
    setTimeout(function () { if (pollTimer && state && !FINAL[state.status]) { startStream(); } }, STREAM_RETRY_MS);
  }

  function startStream() {
    if (!window.EventSource) { startPolling(); return; }
    var es = new EventSource(api + '/events');
    stream = es;
    es.addEventListener('state', function (e) {
      if (pollTimer) { clearInterval(pollTimer); pollTimer = null; }
      live('stream');
      render(JSON.parse(e.data));
    });
    es.addEventListener('gone', function () { unknown(); });
    es.onerror = function () {
      // The stream failed (refused, cut, or a proxy in the way): ask every few seconds instead.
      es.close();
      stream = null;
      if (state && !FINAL[state.status]) { startPolling(); poll(); }
    };
  }

  function stopUpdates() {
    if (stream) { stream.close(); stream = null; }
    if (pollTimer) { clearInterval(pollTimer); pollTimer = null; }
  }

  function act(path) {
    $('msg').textContent = '';
    request('POST', path).then(function (s) { if (s) { render(s); } })
      .catch(function (e) { $('msg').textContent = e.message || t('failed'); });
  }

  document.addEventListener('DOMContentLoaded', function () {
    applyTexts();
    $('lang').addEventListener('click', function () {
      lang = lang === 'vi' ? 'en' : 'vi';
      localStorage.setItem('onestop.lang', lang);
      applyTexts();
    });
    // Phones only play sound after a touch: the first touch anywhere readies the chime.
    document.addEventListener('click', function () {
      var Ctx = window.AudioContext || window.webkitAudioContext;
      try { if (Ctx && !audio) { audio = new Ctx(); } } catch (e) { /* no sound */ }
    }, {once: true});
    $('park').addEventListener('click', function () { act('/park'); });
    $('back').addEventListener('click', function () { act('/back'); });
    $('cancel').addEventListener('click', function () { show('confirm', true); show('cancel', false); });
    $('cancel-no').addEventListener('click', function () { show('confirm', false); show('cancel', true); });
    $('cancel-yes').addEventListener('click', function () { show('confirm', false); act('/cancel'); });
    $('notify-form').addEventListener('submit', askToBeNotified);
    $('ch-email').addEventListener('change', channelChosen);
    $('ch-sms').addEventListener('change', channelChosen);
    $('notify-change').addEventListener('click', function () {
      notifyOpen = true;
      if (state) { render(state); }
      $('notify-address').focus();
    });
    if (!token) { unknown(); return; }
    request('GET', '').then(function (s) {
      if (s) { render(s); if (!FINAL[s.status]) { startStream(); } }
    }).catch(function () { live('offline'); startPolling(); });
  });
}());
