// The hall display's voice on the technician and dashboard pages: "on", or "off" with its one-word reason
// (disabled, missing, failed, timeout, clips, busy) and the detail a technician can act on.
(function () {
  'use strict';
  function show() {
    var el = document.getElementById('voice-status');
    if (!el) { return null; }
    return OS.api('GET', '/api/v1/display/voice').then(function (s) {
      el.dataset.on = String(!!s.on);
      el.dataset.reason = s.reason;
      el.classList.toggle('error', !s.on);
      el.textContent = OS.t('voiceStatus') + ': ' + (s.on
        ? OS.t('voiceOn') + ' (' + s.engine + ', ' + s.languages.join(', ') + ')'
        : OS.t('voiceOff') + ' (' + s.reason + ')' + (s.detail ? ' – ' + s.detail : ''));
    }, function (e) { el.textContent = OS.t('voiceStatus') + ': ' + e.message; });
  }
  show();
  setInterval(show, 30000);
})();
