// Voice of the hall display: a two-tone chime made with the Web Audio API (no sound file), then the sentence
// spoken by speechSynthesis when the browser has a Vietnamese voice. The text on screen never depends on either.
(function () {
  'use strict';
  var DIGITS = ['không', 'một', 'hai', 'ba', 'bốn', 'năm', 'sáu', 'bảy', 'tám', 'chín'];
  var ctx = null;

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

  function announce(number, counterName) {
    chime();
    var voice = vietnameseVoice();
    if (!voice) { return false; }
    var u = new SpeechSynthesisUtterance('Mời số ' + spokenNumber(number) + ' đến ' + counterName);
    u.voice = voice;
    u.lang = voice.lang;
    u.rate = 0.9;
    setTimeout(function () { speechSynthesis.speak(u); }, 1300);
    return true;
  }

  window.Announcer = {unlock: unlock, announce: announce, sentence: sentence, spokenNumber: spokenNumber,
    running: function () { return !!ctx && ctx.state === 'running'; }};
})();
