// "Đổi mật khẩu / Change password" in the header of every staff page: a small form that calls
// POST /api/v1/auth/password. Built with OS.el (textContent only); the server checks the current password and the
// password policy, and ends the user's other sessions.
(function () {
  'use strict';
  var form = null;

  function field(name, i18n, autocomplete) {
    var input = OS.el('input', {attrs: {type: 'password', name: name, required: 'required',
      autocomplete: autocomplete, maxlength: '128'}});
    return {input: input, label: OS.el('label', {}, [OS.el('span', {i18n: i18n}), input])};
  }

  function build(header) {
    var current = field('currentPassword', 'currentPassword', 'current-password');
    var next = field('newPassword', 'newPassword', 'new-password');
    var again = field('newPasswordAgain', 'newPasswordAgain', 'new-password');
    var message = OS.el('p', {cls: 'message', attrs: {role: 'status'}});
    var f = OS.el('form', {cls: 'card password-change', attrs: {hidden: 'hidden'}}, [
      OS.el('h2', {i18n: 'changePassword'}), OS.el('p', {i18n: 'passwordHint'}),
      current.label, next.label, again.label,
      OS.el('button', {i18n: 'changePassword', attrs: {type: 'submit'}}), message]);
    f.addEventListener('submit', function (e) {
      e.preventDefault();
      if (next.input.value !== again.input.value) { OS.message(message, OS.t('passwordsDiffer'), true); return; }
      OS.api('POST', '/api/v1/auth/password', {currentPassword: current.input.value, newPassword: next.input.value})
        .then(function () {
          [current, next, again].forEach(function (x) { x.input.value = ''; });
          OS.message(message, OS.t('passwordChanged'), false);
          if (OS.session && OS.session.mustChangePassword) { location.reload(); }
        }, function (err) { OS.message(message, err.message, true); });
    });
    header.insertAdjacentElement('afterend', f);
    return f;
  }

  document.querySelectorAll('[data-action=password]').forEach(function (b) {
    b.addEventListener('click', function () {
      form = form || build(b.closest('header'));
      form.hidden = !form.hidden;
      if (!form.hidden) { form.querySelector('input').focus(); }
    });
  });
})();
