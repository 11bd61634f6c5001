// Hall display board: public read-only feed (numbers and counters only), live by SSE with reconnection.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  // The centre this hall display shows (issue 21): /staff/display?centre=ID, default the centre 'main'.
  var centre = new URLSearchParams(window.location.search).get('centre');
  var centreQuery = centre ? '?centre=' + encodeURIComponent(centre) : '';
  var counters = {};

  function counterName(id) { return counters[id] || ('Quầy ' + id); }

  function showCall(number, counterId, announce) {
    $('call-number').textContent = number;
    $('call-counter').textContent = counterName(counterId);
    $('sentence').textContent = Announcer.sentence(number, counterName(counterId));
    var call = $('call');
    call.classList.remove('flash');
    void call.offsetWidth;
    call.classList.add('flash');
    if (announce) { Announcer.announce(number, counterId, counterName(counterId)); }
  }

  function loadVoice() {
    return OS.api('GET', '/api/v1/display/voice').then(Announcer.serverVoice, function () {
      Announcer.serverVoice({on: false, reason: 'unreachable'});
    });
  }

  function load() {
    return OS.api('GET', '/api/v1/display/state' + centreQuery).then(function (s) {
      s.counters.forEach(function (k) { counters[k.id] = k.name; });
      var list = OS.clear($('last-calls'));
      s.calls.forEach(function (c) {
        list.appendChild(OS.el('li', {}, [OS.el('span', {cls: 'n', text: c.number}), OS.el('span', {text: c.counterName})]));
      });
      if (s.calls.length && $('call-number').textContent === '—') { showCall(s.calls[0].number, s.calls[0].counterId, false); }
      var waiting = OS.clear($('waiting'));
      s.queues.forEach(function (q) {
        waiting.appendChild(OS.el('li', {}, [OS.el('span', {text: q.serviceCode + ' · ' + q.nameVi}),
          OS.el('span', {cls: 'n', text: q.waiting})]));
      });
    });
  }

  function live(on) {
    $('live-dot').classList.toggle('live', on);
    $('live-text').textContent = OS.t(on ? 'connected' : 'reconnecting');
    if (on) { load(); loadVoice(); }
  }

  function tick() { $('clock').textContent = new Date().toLocaleTimeString('vi-VN'); }

  OS.applyI18n();
  tick();
  setInterval(tick, 1000);
  // A TV browser started with --autoplay-policy=no-user-gesture-required plays at once; others need one click.
  $('sound').hidden = Announcer.unlock();
  $('sound').addEventListener('click', function () {
    if (Announcer.unlock()) { $('sound').hidden = true; }
    setTimeout(function () { $('sound').hidden = Announcer.running(); }, 300);
  });
  var later = null;
  OS.stream('/api/v1/display/events' + centreQuery, {
    'ticket.called': function (e) { showCall(e.number, e.counterId, true); load(); },
    'queue.changed': function () { clearTimeout(later); later = setTimeout(load, 300); },
    'resync': load
  }, live);
  load();
  loadVoice();
})();
