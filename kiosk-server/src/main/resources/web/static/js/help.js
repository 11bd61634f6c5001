// Calls for help from kiosks ("Gọi hỗ trợ"), shown at the top of the dashboard and the counter console until a
// staff member answers "I'm going" (which clears it on every page through the help.acknowledged event).
(function () {
  'use strict';
  var box = null;
  var alerts = [];

  function render() {
    if (!box) { return; }
    OS.clear(box);
    box.hidden = alerts.length === 0;
    alerts.forEach(function (a) {
      var go = OS.el('button', {cls: 'primary', i18n: 'helpGoing', attrs: {'data-help-ack': a.id},
        onclick: function () { acknowledge(a.id, go); }});
      box.appendChild(OS.el('div', {cls: 'help-alert', attrs: {'data-help-id': a.id, role: 'alert'}}, [
        OS.el('strong', {i18n: 'helpCalled'}),
        OS.el('span', {cls: 'help-kiosk', text: a.kioskName}),
        OS.el('span', {cls: 'help-screen', text: OS.t('helpScreen') + ': ' + OS.word('screen_', a.screen)}),
        OS.el('span', {cls: 'help-time', text: OS.time(a.raisedAt)}),
        go]));
    });
  }

  function load() {
    return OS.api('GET', '/api/v1/help-alerts').then(function (list) { alerts = list; render(); })
      .catch(function () { /* the next event or reconnection loads again */ });
  }

  function acknowledge(id, button) {
    button.disabled = true;
    OS.api('POST', '/api/v1/help-alerts/' + encodeURIComponent(id) + '/acknowledge', {}).then(load, load);
  }

  OS.helpAlerts = {
    /** Shows the calls in {@code element} and returns the event handlers to add to the page's stream. */
    start: function (element) {
      box = element;
      box.hidden = true;
      document.addEventListener('os-language', render);
      load();
      return {'help.raised': load, 'help.acknowledged': load, 'resync': load};
    }
  };
})();
