// Voice of the hall display: a two-tone chime made with the Web Audio API (no sound file), then the server's
// announcement audio (made offline by the server: GET /api/v1/display/announcement). Only when the server's voice is
// off (GET /api/v1/display/voice) or its audio fails does the browser's own speechSynthesis speak, where the browser
// has a Vietnamese voice. The text on screen never depends on any of them.
(function () {
  'use strict';
  var DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
  var ctx = null;
  var CHIME_MS = 1300;
  var MAX_SPEECH_MS = 20000;
  var speaking = Promise.resolve();
  // What the display did, for the technician's eye and the browser tests.
  var stats = {serverAudio: 0, played: 0, browserSpeech: 0, serverVoice: null, reason: ''};

  function unlock() {
    if (!ctx && (window.AudioContext || window.webkitAudioContext)) {
      ctx = new (window.AudioContext || window.webkitAudioContext)();
    }
    if (ctx && ctx.state === 'suspended') { ctx.resume(); }
    return ctx && ctx.state === 'running';
  }

  function chime() {
    if (!ctx) { unlock(); }
    if (!ctx) { return; }
    var t = ctx.currentTime;
    [[784, 0], [587, 0.45]].forEach(function (n) {
      var osc = ctx.createOscillator(), gain = ctx.createGain();
      osc.type = 'sine';
      osc.frequency.value = n[0];
      gain.gain.setValueAtTime(0.0001, t + n[1]);
      gain.gain.exponentialRampToValueAtTime(0.5, t + n[1] + 0.03);
      gain.gain.exponentialRampToValueAtTime(0.0001, t + n[1] + 0.8);
      osc.connect(gain).connect(ctx.destination);
      osc.start(t + n[1]);
      osc.stop(t + n[1] + 0.85);
    });
  }

  function vietnameseVoice() {
    if (!window.speechSynthesis) { return null; }
    return speechSynthesis.getVoices().filter(function (v) { return /^vi/i.test(v.lang); })[0] || null;
  }

  /** "A1005" spoken digit by digit: "A một không không năm". */
  function spokenNumber(number) {
    return number.replace(/\d/g, function (d) { return ' ' + DIGITS[+d]; }).trim();
  }

  /** The sentence for a call, e.g. "Mời số A1005 đến Quầy 3". */
  function sentence(number, counterName) { return 'Mời số ' + number + ' đến ' + counterName; }

  /** Reads whether the server speaks; {on, reason} as GET /api/v1/display/voice gives it. */
  function serverVoice(status) {
    stats.serverVoice = !!status.on;
    stats.reason = status.reason || '';
  }

  function browserSpeak(number, counterName) {
    var voice = vietnameseVoice();
    if (!voice) { return false; }
    var u = new SpeechSynthesisUtterance('Mời số ' + spokenNumber(number) + ' đến ' + counterName);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 0.9;
    stats.browserSpeech++;
    speechSynthesis.speak(u);
    return true;
  }

  /** The server's audio, requested at once (it is made while the chime sounds) and played after the chime. */
  function serverSpeak(number, counterId, counterName) {
    var audio = new Audio();
    var chimed = false, ready = false, failed = false, queued = false;
    function play() {
      if (!chimed || !ready || failed || queued) { return; }
      queued = true;
      // Announcements follow each other: one still speaking finishes first (at most MAX_SPEECH_MS).
      speaking = speaking.then(function () {
        return new Promise(function (done) {
          stats.played++;
          audio.addEventListener('ended', done);
          audio.addEventListener('error', done);
          setTimeout(done, MAX_SPEECH_MS);
          var p = audio.play();
          // Autoplay refused: the chime and the text remain.
          if (p && p.catch) { p.catch(done); }
        });
      });
    }
    audio.preload = 'auto';
    audio.addEventListener('canplaythrough', function () { ready = true; play(); });
    audio.addEventListener('error', function () {
      if (failed) { return; }
      failed = true;
      // The server could not make it (voice off meanwhile): the browser's voice if it has one.
      if (chimed) { browserSpeak(number, counterName); }
    });
    var centre = new URLSearchParams(window.location.search).get('centre');
    audio.src = '/api/v1/display/announcement?number=' + encodeURIComponent(number) + '&counterId='
      + encodeURIComponent(counterId) + (centre ? '&centre=' + encodeURIComponent(centre) : '');
    stats.serverAudio++;
    setTimeout(function () {
      chimed = true;
      if (failed) { browserSpeak(number, counterName); } else { play(); }
    }, CHIME_MS);
  }

  function announce(number, counterId, counterName) {
    chime();
    if (stats.serverVoice) {
      serverSpeak(number, counterId, counterName);
      return true;
    }
    setTimeout(function () { browserSpeak(number, counterName); }, CHIME_MS);
    return !!vietnameseVoice();
  }

  window.Announcer = {unlock: unlock, announce: announce, sentence: sentence, spokenNumber: spokenNumber,
    serverVoice: serverVoice, stats: stats,
    running: function () { return !!ctx && ctx.state === 'running'; }};
})();
