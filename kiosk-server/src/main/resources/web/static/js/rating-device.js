// Counter rating tablet (issue 27): enrolled with a one-time code, then idle until the official at its counter
// completes a ticket; shows the official and the five levels (reasons with a low one), one rating, then thanks.
// Its token lives in localStorage and goes in the Authorization header (also for the event stream, read with fetch).
(function () {
  'use strict';
  var TOKEN = 'onestop.ratingTablet.token';
  var $ = function (id) { return document.getElementById(id); };
  var state = null;        // the last /state answer
  var shown = null;        // ticket id on the rating screen
  var done = {};           // ticket ids rated or timed out here (never shown again)
  var chosen = null, timer = null, left = 0, thanksTimer = null, streamAbort = null;

  function token() { return localStorage.getItem(TOKEN); }

  function show(id) {
    ['enrol', 'idle', 'rate', 'thanks'].forEach(function (s) { $(s).hidden = s !== id; });
    document.body.dataset.screen = id;
  }

  function call(method, path, body) {
    var headers = {'Accept': 'application/json'};
    if (token()) { headers.Authorization = 'Bearer ' + token(); }
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return fetch(path, {method: method, headers: headers, credentials: 'omit',
      body: body === undefined ? undefined : JSON.stringify(body)}).then(function (r) {
      if (r.status === 204) { return null; }
      return r.text().then(function (text) {
        var data = text ? JSON.parse(text) : null;
        if (!r.ok) {
          var err = new Error(data && data.detail ? data.detail : 'HTTP ' + r.status);
          err.status = r.status;
          throw err;
        }
        return data;
      });
    });
  }

  function revoked() {
    localStorage.removeItem(TOKEN);
    if (streamAbort) { streamAbort.abort(); streamAbort = null; }
    show('enrol');
    OS.message($('enrol-msg'), OS.t('rdRevoked'), true);
  }

  function enrol() {
    var code = $('enrol-code').value.trim();
    if (!code) { OS.message($('enrol-msg'), OS.t('rdEnrolNeedCode'), true); return; }
    $('enrol-button').disabled = true;
    call('POST', '/api/v1/rating-device/enrol', {code: code, name: 'Tablet'}).then(function (r) {
      localStorage.setItem(TOKEN, r.token);
      $('enrol-code').value = '';
      OS.message($('enrol-msg'), '');
      start();
    }).catch(function (e) { OS.message($('enrol-msg'), e.message, true); })
      .then(function () { $('enrol-button').disabled = false; });
  }

  function refresh() {
    return call('GET', '/api/v1/rating-device/state').then(function (s) {
      state = s;
      $('centre-name').textContent = s.centreName;
      $('counter-name').textContent = s.counterName;
      var served = s.served;
      if (served && !done[key(served)]) {
        if (shown !== key(served)) { rate(served); }
      } else if (document.body.dataset.screen !== 'thanks') {
        idle();
      }
      // How many server states the page has applied (a test waits on it instead of sleeping).
      document.body.dataset.refreshes = String(Number(document.body.dataset.refreshes || 0) + 1);
    }).catch(function (e) {
      if (e.status === 401) { revoked(); }
    });
  }

  // A served ticket, or a dossier an official just received at this counter (issue 22).
  function key(served) { return served.ticketId ? served.ticketId : 'dossier:' + served.dossierCode; }

  function body(k) {
    return k.indexOf('dossier:') === 0 ? {dossierCode: k.substring(8)} : {ticketId: k};
  }

  function idle() {
    stopTimer();
    shown = null;
    show('idle');
  }

  function levelName(l) { return OS.lang() === 'en' ? l.nameEn : l.nameVi; }

  function rate(served) {
    shown = key(served);
    chosen = null;
    $('ticket-label').dataset.i18n = served.ticketId ? 'rdTicket' : 'rdDossier';
    $('ticket-label').textContent = OS.t($('ticket-label').dataset.i18n);
    $('official-name').textContent = served.officialName || OS.t('rdUnknownOfficial');
    $('ticket-number').textContent = served.number;
    var photo = $('official-photo');
    photo.hidden = !served.photo;
    if (served.photo) { photo.src = served.photo; } else { photo.removeAttribute('src'); }
    drawLevels();
    $('reasons-box').hidden = true;
    OS.message($('rate-msg'), '');
    show('rate');
    startTimer();
  }

  /**
   * A face drawn for each level (5 broad smile ... 1 deep frown) as inline SVG: emoji need an emoji font, which a
   * Linux tablet or kiosk browser may lack (they then show as empty boxes).
   */
  var MOUTH_BEND = {5: 9, 4: 5, 3: 0, 2: -5, 1: -9};
  function face(score) {
    var ns = 'http://www.w3.org/2000/svg';
    function part(tag, attrs) {
      var e = document.createElementNS(ns, tag);
      Object.keys(attrs).forEach(function (k) { e.setAttribute(k, attrs[k]); });
      return e;
    }
    var bend = MOUTH_BEND[score] || 0;
    var svg = part('svg', {viewBox: '0 0 48 48', width: '48', height: '48', 'class': 'face', 'aria-hidden': 'true'});
    svg.appendChild(part('circle', {cx: 24, cy: 24, r: 21, fill: 'none', stroke: 'currentColor', 'stroke-width': 3}));
    svg.appendChild(part('circle', {cx: 17, cy: 19, r: 2.6, fill: 'currentColor'}));
    svg.appendChild(part('circle', {cx: 31, cy: 19, r: 2.6, fill: 'currentColor'}));
    var y = bend >= 0 ? 29 : 34;
    svg.appendChild(part('path', {d: 'M14 ' + y + ' Q24 ' + (y + bend * 1.2) + ' 34 ' + y, fill: 'none',
      stroke: 'currentColor', 'stroke-width': 3, 'stroke-linecap': 'round'}));
    return svg;
  }

  function drawLevels() {
    var box = OS.clear($('levels'));
    state.levels.forEach(function (l) {
      var b = OS.el('button', {cls: 'level l' + l.score + (chosen === l.score ? ' chosen' : ''),
        attrs: {type: 'button', 'data-score': l.score}}, [face(l.score),
        OS.el('span', {text: levelName(l)})]);
      b.addEventListener('click', function () { pick(l); });
      box.appendChild(b);
    });
    var reasons = OS.clear($('reasons'));
    state.reasons.forEach(function (r) {
      var b = OS.el('button', {cls: 'reason', text: OS.lang() === 'en' ? r.nameEn : r.nameVi,
        attrs: {type: 'button', 'aria-pressed': 'false', 'data-code': r.code}});
      b.addEventListener('click', function () {
        b.setAttribute('aria-pressed', b.getAttribute('aria-pressed') === 'true' ? 'false' : 'true');
        startTimer();
      });
      reasons.appendChild(b);
    });
  }

  function pick(level) {
    chosen = level.score;
    document.querySelectorAll('.level').forEach(function (b) {
      b.classList.toggle('chosen', Number(b.dataset.score) === chosen);
    });
    startTimer();
    if (level.asksReasons && state.reasons.length) {
      $('reasons-box').hidden = false;
    } else {
      send();
    }
  }

  function send() {
    var ticket = shown;
    var reasons = [];
    document.querySelectorAll('.reason[aria-pressed=true]').forEach(function (b) {
      if (!$('reasons-box').hidden) { reasons.push(b.dataset.code); }
    });
    $('send').disabled = true;
    var b = body(ticket);
    b.score = chosen;
    b.reasons = reasons;
    call('POST', '/api/v1/rating-device/rating', b).then(function () {
      done[ticket] = true;
      thanks();
    }).catch(function (e) {
      if (e.status === 401) { revoked(); return; }
      OS.message($('rate-msg'), e.message, true);
      if (e.status === 409) { done[ticket] = true; stopTimer(); setTimeout(idle, 4000); }
    }).then(function () { $('send').disabled = false; });
  }

  function thanks() {
    stopTimer();
    shown = null;
    show('thanks');
    clearTimeout(thanksTimer);
    thanksTimer = setTimeout(function () { if (document.body.dataset.screen === 'thanks') { refresh(); idle(); } }, 5000);
  }

  function startTimer() {
    stopTimer();
    left = state.timeoutSeconds;
    $('countdown').textContent = left;
    timer = setInterval(function () {
      left -= 1;
      $('countdown').textContent = Math.max(left, 0);
      if (left <= 0) { timedOut(); }
    }, 1000);
  }

  function stopTimer() { clearInterval(timer); timer = null; }

  function timedOut() {
    var ticket = shown;
    done[ticket] = true;
    idle();
    call('POST', '/api/v1/rating-device/not-rated', body(ticket)).catch(function (e) {
      if (e.status === 401) { revoked(); }
    });
  }

  function live(on) {
    $('live-dot').classList.toggle('live', on);
    $('live-text').textContent = OS.t(on ? 'connected' : 'reconnecting');
  }

  // Server-Sent Events over fetch (EventSource cannot send the Authorization header); reconnects after a loss.
  function stream(delay) {
    if (!token()) { return; }
    var abort = new AbortController();
    streamAbort = abort;
    fetch('/api/v1/rating-device/events', {headers: {Authorization: 'Bearer ' + token(),
      Accept: 'text/event-stream'}, credentials: 'omit', signal: abort.signal}).then(function (r) {
      if (r.status === 401) { revoked(); return null; }
      if (!r.ok || !r.body) { throw new Error('HTTP ' + r.status); }
      live(true);
      delay = 1000;
      refresh();
      var reader = r.body.getReader(), decoder = new TextDecoder(), buffer = '';
      function read() {
        return reader.read().then(function (part) {
          if (part.done) { throw new Error('closed'); }
          buffer += decoder.decode(part.value, {stream: true});
          var end;
          while ((end = buffer.indexOf('\n\n')) >= 0) {
            var block = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            if (/^event: ?(counter\.changed|resync)$/m.test(block)) { refresh(); }
          }
          return read();
        });
      }
      return read();
    }).catch(function () {
      if (abort.signal.aborted || !token()) { return; }
      live(false);
      setTimeout(function () { stream(Math.min(delay * 2, 30000)); }, delay);
    });
  }

  function start() {
    show('idle');
    live(false);
    refresh();
    stream(1000);
  }

  OS.applyI18n();
  $('lang').textContent = OS.t('language');
  $('lang').addEventListener('click', function () {
    OS.toggleLanguage();
    $('lang').textContent = OS.t('language');
    if (state && shown) { drawLevels(); }
    if (state && document.body.dataset.screen === 'idle') { live($('live-dot').classList.contains('live')); }
  });
  $('enrol-button').addEventListener('click', enrol);
  $('enrol-code').addEventListener('keydown', function (e) { if (e.key === 'Enter') { enrol(); } });
  $('send').addEventListener('click', function () { if (chosen) { send(); } });
  if (token()) { start(); } else { show('enrol'); }
})();
