// Staff accounts for admins (on the technician page): disable / enable, temporary password, role, end sessions.
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var ROLES = ['counter_staff', 'supervisor', 'technician', 'admin'];

  function base(a) { return '/api/v1/admin/staff/' + encodeURIComponent(a.username); }

  function done(messageKey) {
    return function (r) {
      var ended = r && r.sessionsEnded !== undefined ? ' (' + OS.t('sessionsEnded') + ': ' + r.sessionsEnded + ')' : '';
      OS.message($('accounts-msg'), OS.t(messageKey) + ended);
      return OS.accounts().then(function () { return OS.onAccountsChanged ? OS.onAccountsChanged() : null; });
    };
  }

  function failed(e) { OS.message($('accounts-msg'), e.message, true); }

  function roleSelect(a) {
    var select = OS.el('select', {attrs: {'data-user': a.username, 'aria-label': OS.t('role')}},
      ROLES.map(function (r) {
        var o = OS.el('option', {text: OS.t('role_' + r), attrs: {value: r}});
        o.selected = r === a.role;
        return o;
      }));
    select.addEventListener('change', function () {
      OS.api('POST', base(a) + '/role', {role: select.value}).then(done('roleChanged')).catch(function (e) {
        failed(e);
        select.value = a.role;
      });
    });
    return select;
  }

  function actions(a) {
    return OS.el('span', {cls: 'row nowrap'}, [
      a.disabled
        ? OS.el('button', {i18n: 'enableAccount', attrs: {'data-act': 'enable'}, onclick: function () {
          OS.api('POST', base(a) + '/enable').then(done('accountEnabled')).catch(failed);
        }})
        : OS.el('button', {cls: 'danger', i18n: 'disableAccount', attrs: {'data-act': 'disable'}, onclick: function () {
          if (!confirm(OS.t('confirmDisable') + ' ' + a.username)) { return; }
          OS.api('POST', base(a) + '/disable').then(done('accountDisabled')).catch(failed);
        }}),
      OS.el('button', {i18n: 'endSessions', attrs: {'data-act': 'end-sessions'}, onclick: function () {
        OS.api('POST', base(a) + '/end-sessions').then(done('sessionsEndedDone')).catch(failed);
      }}),
      OS.el('button', {i18n: 'resetPassword', attrs: {'data-act': 'password'}, onclick: function () {
        var password = prompt(OS.t('temporaryPassword'));
        if (!password) { return; }
        OS.api('POST', base(a) + '/password', {password: password}).then(done('passwordReset')).catch(failed);
      }})]);
  }

  /** Loads the account list into #accounts (the card is shown to admins only); OS.onAccountsChanged runs after an
   *  action (the technician page reloads its audit log). */
  OS.accounts = function () {
    $('accounts-card').hidden = false;
    return OS.api('GET', '/api/v1/admin/staff').then(function (list) {
      OS.rows($('accounts'), list.map(function (a) {
        return [a.username, a.displayName, roleSelect(a),
          OS.el('span', {cls: a.disabled ? 'bad' : 'ok', i18n: a.disabled ? 'accountDisabledState' : 'accountActive'}),
          actions(a)];
      }));
    });
  };
})();
