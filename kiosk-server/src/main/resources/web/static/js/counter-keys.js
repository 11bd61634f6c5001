// Counter page keyboard shortcuts (issue 27). USB HID caller keypads type keys like a keyboard, so they drive the
// counter page through these shortcuts. Each official may remap them ("n=next, r=recall, ..."; keys as the browser
// names them: letters, digits, F1..F12, Enter); the mapping is kept in this browser for that user.
(function () {
  'use strict';
  var ACTIONS = ['next', 'recall', 'serve', 'no-show', 'park', 'complete', 'transfer'];
  var DEFAULT = {n: 'next', r: 'recall', s: 'serve', v: 'no-show', g: 'park', h: 'complete', t: 'transfer'};

  function storeKey() { return 'onestop.counterKeys.' + (OS.session ? OS.session.username : ''); }

  /** "n=next, r=recall" -> {n: 'next', r: 'recall'}; throws an Error naming the wrong part. */
  OS.parseCounterKeys = function (text) {
    var map = {};
    text.split(',').forEach(function (part) {
      if (!part.trim()) { return; }
      var i = part.indexOf('=');
      var key = i > 0 ? part.slice(0, i).trim().toLowerCase() : '';
      var action = i > 0 ? part.slice(i + 1).trim().toLowerCase() : '';
      if (!key || ACTIONS.indexOf(action) < 0) {
        throw new Error(OS.t('keysBad') + ' "' + part.trim() + '" (' + ACTIONS.join(', ') + ')');
      }
      if (map[key]) { throw new Error(OS.t('keysTwice') + ' "' + key + '"'); }
      map[key] = action;
    });
    return map;
  };

  /** The mapping in use: this user's saved one, or the default. */
  OS.counterKeys = function () {
    var saved = localStorage.getItem(storeKey());
    if (!saved) { return DEFAULT; }
    try { return OS.parseCounterKeys(saved); } catch (e) { return DEFAULT; }
  };

  function text(map) {
    return Object.keys(map).map(function (k) { return k + '=' + map[k]; }).join(', ');
  }

  /**
   * Shows each action's key on its button. The console calls this once its key handler listens and its state is
   * loaded: a key shown on a button must work when pressed (a key shown earlier, while the console was still
   * loading, was silently lost - the cause of the F2 test that failed).
   */
  OS.labelCounterKeys = label;
  function label() {
    var map = OS.counterKeys();
    document.querySelectorAll('[data-act]').forEach(function (b) {
      var kbd = b.querySelector('kbd');
      if (!kbd) { return; }
      var key = Object.keys(map).filter(function (k) { return map[k] === b.dataset.act; })[0];
      kbd.textContent = key ? key.toUpperCase() : '';
    });
    var input = document.getElementById('counter-keys');
    if (input) { input.value = text(map); }
  }

  document.addEventListener('DOMContentLoaded', function () {
    var save = document.getElementById('counter-keys-save');
    var msg = document.getElementById('counter-keys-msg');
    if (!save) { return; }
    save.addEventListener('click', function () {
      try {
        var map = OS.parseCounterKeys(document.getElementById('counter-keys').value);
        localStorage.setItem(storeKey(), text(map));
        label();
        OS.message(msg, OS.t('saved'));
      } catch (e) { OS.message(msg, e.message, true); }
    });
    document.getElementById('counter-keys-default').addEventListener('click', function () {
      localStorage.removeItem(storeKey());
      label();
      OS.message(msg, OS.t('saved'));
    });
  });
})();
