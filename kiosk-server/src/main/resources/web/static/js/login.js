(function () {
  'use strict';
  var HOME = {counter_staff: '/staff/counter', supervisor: '/staff/dashboard', technician: '/staff/technician',
    admin: '/staff/dashboard'};
  OS.applyI18n();
  document.querySelector('[data-action=language]').addEventListener('click', OS.toggleLanguage);
  var form = document.getElementById('login-form');
  var msg = document.getElementById('login-msg');
  form.addEventListener('submit', function (e) {
    e.preventDefault();
    var button = document.getElementById('login-button');
    button.disabled = true;
    OS.message(msg, '');
    fetch('/api/v1/auth/login', {method: 'POST', credentials: 'same-origin',
      headers: {'Content-Type': 'application/json', 'Accept': 'application/json'},
      body: JSON.stringify({username: form.username.value.trim(), password: form.password.value})})
      .then(function (r) { return r.json().then(function (d) { return {ok: r.ok, data: d}; }); })
      .then(function (res) {
        if (!res.ok) { throw new Error(res.data.detail || OS.t('loginFailed')); }
        var next = new URLSearchParams(location.search).get('next');
        location.href = next && /^\/staff\/[a-z]+$/.test(next) ? next : (HOME[String(res.data.role).toLowerCase()] || '/staff/display');
      })
      .catch(function (err) { OS.message(msg, OS.t('loginFailed') + ': ' + err.message, true); })
      .finally(function () { button.disabled = false; });
  });
})();
