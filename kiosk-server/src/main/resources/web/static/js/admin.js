// The administration page (issue 21): centres, the acting centre's counters, services and priority classes, staff
// accounts with their roles per centre, and the audit log. Every change goes through the admin API, which validates,
// audits and publishes it; the page only shows the server's answer (textContent only, never HTML).
(function () {
  'use strict';
  var $ = function (id) { return document.getElementById(id); };
  var state = {centres: [], services: [], priorities: [], editingCentre: null, editingCounter: null};

  function say(text, isError) { OS.message($('adm-msg'), text, isError); }
  function failed(e) { say(e.message, true); }
  function form(id) {
    var f = $(id), out = {};
    Array.prototype.forEach.call(f.elements, function (e) { if (e.name) { out[e.name] = e.value.trim(); } });
    return out;
  }
  function fill(id, values) {
    var f = $(id);
    Object.keys(values).forEach(function (k) {
      if (f.elements[k]) { f.elements[k].value = values[k] === null || values[k] === undefined ? '' : values[k]; }
    });
  }
  function button(i18n, act, onclick, cls) {
    return OS.el('button', {i18n: i18n, cls: cls, attrs: {'data-act': act, type: 'button'}, onclick: onclick});
  }
  function state_(disabled) {
    return OS.el('span', {cls: disabled ? 'bad' : 'ok', i18n: disabled ? 'adm_disabled' : 'adm_enabled'});
  }
  function name(x) { return OS.lang() === 'en' ? x.nameEn : x.nameVi; }
  function done(key) { return function () { say(OS.t(key)); return load(); }; }

  // ---- centres
  function centres() {
    return OS.api('GET', '/api/v1/admin/centres').then(function (list) {
      state.centres = list;
      var province = OS.session.provinceAdmin;
      OS.rows($('centres'), list.map(function (c) {
        return [c.id, c.nameVi, c.nameEn, OS.t('kind_' + c.kind), c.agencyCode, c.address, c.openingHours,
          state_(c.disabled), OS.el('span', {cls: 'row nowrap'}, [
            button('adm_edit', 'edit', function () { editCentre(c); }),
            province && c.id !== 'main' ? button(c.disabled ? 'adm_enable' : 'adm_disable', c.disabled ? 'enable' : 'disable',
              function () {
                OS.api('POST', '/api/v1/admin/centres/' + encodeURIComponent(c.id) + '/' +
                  (c.disabled ? 'enable' : 'disable')).then(done('adm_saved')).catch(failed);
              }, c.disabled ? '' : 'danger') : null])];
      }));
      $('centre-form').hidden = !province && state.editingCentre === null;
      var select = OS.clear($('staff-centre'));
      if (province) { select.appendChild(OS.el('option', {text: '* (' + OS.t('adm_province') + ')', attrs: {value: '*'}})); }
      list.filter(function (c) { return !c.disabled && (province || c.id === OS.session.centreId); })
        .forEach(function (c) {
          var o = OS.el('option', {text: c.id + ' – ' + name(c), attrs: {value: c.id}});
          o.selected = c.id === OS.session.centreId;
          select.appendChild(o);
        });
    });
  }
  function editCentre(c) {
    state.editingCentre = c.id;
    $('centre-form').hidden = false;
    fill('centre-form', c);
    $('centre-form').elements.id.disabled = true;
    $('centre-form-title').textContent = OS.t('adm_editCentre') + ' ' + c.id;
    $('centre-cancel').hidden = false;
  }
  function resetCentreForm() {
    state.editingCentre = null;
    $('centre-form').reset();
    $('centre-form').elements.id.disabled = false;
    $('centre-form-title').textContent = OS.t('adm_newCentre');
    $('centre-cancel').hidden = true;
  }
  function saveCentre(e) {
    e.preventDefault();
    var body = form('centre-form');
    var call = state.editingCentre === null ? OS.api('POST', '/api/v1/admin/centres', body)
      : OS.api('PUT', '/api/v1/admin/centres/' + encodeURIComponent(state.editingCentre), (function () {
        delete body.id;
        if (!OS.session.provinceAdmin) { delete body.kind; delete body.agencyCode; }
        return body;
      })());
    call.then(function () { resetCentreForm(); }).then(done('adm_saved')).catch(failed);
  }

  // ---- counters of the acting centre
  function counters() {
    return OS.api('GET', '/api/v1/admin/counters').then(function (list) {
      OS.rows($('counters'), list.map(function (k) {
        return [k.id, k.name, k.services.join(', '), k.openHours, state_(k.disabled), OS.el('span', {cls: 'row nowrap'}, [
          button('adm_edit', 'edit', function () {
            state.editingCounter = k.id;
            fill('counter-form', {name: k.name, services: k.services.join(','), openHours: k.openHours});
            $('counter-form-title').textContent = OS.t('adm_editCounter') + ' ' + k.id;
            $('counter-cancel').hidden = false;
          }),
          button(k.disabled ? 'adm_enable' : 'adm_disable', k.disabled ? 'enable' : 'disable', function () {
            OS.api('POST', '/api/v1/admin/counters/' + encodeURIComponent(k.id) + '/' +
              (k.disabled ? 'enable' : 'disable')).then(done('adm_saved')).catch(failed);
          }, k.disabled ? '' : 'danger')])];
      }));
    });
  }
  function resetCounterForm() {
    state.editingCounter = null;
    $('counter-form').reset();
    $('counter-form-title').textContent = OS.t('adm_newCounter');
    $('counter-cancel').hidden = true;
  }
  function saveCounter(e) {
    e.preventDefault();
    var f = form('counter-form');
    var body = {name: f.name, openHours: f.openHours,
      services: f.services.split(',').map(function (s) { return s.trim().toUpperCase(); }).filter(Boolean)};
    var call = state.editingCounter === null ? OS.api('POST', '/api/v1/admin/counters', body)
      : OS.api('PUT', '/api/v1/admin/counters/' + encodeURIComponent(state.editingCounter), body);
    call.then(function (k) { resetCounterForm(); say(OS.t('adm_saved') + ': ' + k.id); return load(); }).catch(failed);
  }

  // ---- services and priority classes of the acting centre
  function services() {
    return OS.api('GET', '/api/v1/admin/services').then(function (list) {
      state.services = list;
      OS.rows($('services'), list.map(function (s) {
        return [s.code, s.nameVi, s.nameEn, s.priorityMode ? OS.t('adm_mode_' + s.priorityMode) : OS.t('adm_modeDefault'),
          s.interleave, OS.el('span', {cls: 'row nowrap'}, [
            button('adm_edit', 'edit', function () { fill('service-form', s); }),
            button('adm_remove', 'remove', function () {
              OS.api('DELETE', '/api/v1/admin/services/' + encodeURIComponent(s.code)).then(done('adm_saved'))
                .catch(failed);
            }, 'danger')])];
      }));
    });
  }
  function saveService(e) {
    e.preventDefault();
    var f = form('service-form');
    var code = f.code.toUpperCase();
    var body = {code: code, nameVi: f.nameVi, nameEn: f.nameEn, priorityMode: f.priorityMode,
      interleave: f.interleave === '' ? null : Number(f.interleave)};
    var known = state.services.some(function (s) { return s.code === code; });
    (known ? OS.api('PUT', '/api/v1/admin/services/' + encodeURIComponent(code), body)
      : OS.api('POST', '/api/v1/admin/services', body))
      .then(function () { $('service-form').reset(); }).then(done('adm_saved')).catch(failed);
  }
  function priorities() {
    return OS.api('GET', '/api/v1/admin/priority-classes').then(function (list) {
      state.priorities = list;
      OS.rows($('priorities'), list.map(function (p) {
        return [p.code, p.nameVi, p.nameEn, p.rank, OS.el('span', {cls: 'row nowrap'}, [
          button('adm_edit', 'edit', function () { fill('priority-form', p); }),
          button('adm_remove', 'remove', function () {
            OS.api('DELETE', '/api/v1/admin/priority-classes/' + encodeURIComponent(p.code)).then(done('adm_saved'))
              .catch(failed);
          }, 'danger')])];
      }));
    });
  }
  function savePriority(e) {
    e.preventDefault();
    var f = form('priority-form');
    var body = {code: f.code, nameVi: f.nameVi, nameEn: f.nameEn, rank: f.rank === '' ? null : Number(f.rank)};
    var known = state.priorities.some(function (p) { return p.code === f.code; });
    (known ? OS.api('PUT', '/api/v1/admin/priority-classes/' + encodeURIComponent(f.code), body)
      : OS.api('POST', '/api/v1/admin/priority-classes', body))
      .then(function () { $('priority-form').reset(); }).then(done('adm_saved')).catch(failed);
  }

  // ---- staff accounts
  function grantsText(g) {
    return Object.keys(g).sort().map(function (k) { return k + ': ' + OS.t('role_' + g[k]); }).join(', ');
  }
  function staff() {
    return OS.api('GET', '/api/v1/admin/staff').then(function (list) {
      OS.rows($('staff'), list.map(function (a) {
        var base = '/api/v1/admin/staff/' + encodeURIComponent(a.username);
        function ended(key) {
          return function (r) {
            say(OS.t(key) + (r && r.sessionsEnded !== undefined ? ' (' + OS.t('sessionsEnded') + ': ' +
              r.sessionsEnded + ')' : ''));
            return load();
          };
        }
        return [a.username, a.displayName, grantsText(a.grants), state_(a.disabled),
          OS.el('span', {cls: 'row nowrap'}, [
            a.disabled ? button('enableAccount', 'enable', function () {
              OS.api('POST', base + '/enable').then(ended('accountEnabled')).catch(failed);
            }) : button('disableAccount', 'disable', function () {
              OS.api('POST', base + '/disable').then(ended('accountDisabled')).catch(failed);
            }, 'danger'),
            button('endSessions', 'end-sessions', function () {
              OS.api('POST', base + '/end-sessions').then(ended('sessionsEndedDone')).catch(failed);
            }),
            button('resetPassword', 'password', function () {
              var p = prompt(OS.t('temporaryPassword'));
              if (p) { OS.api('POST', base + '/password', {password: p}).then(ended('passwordReset')).catch(failed); }
            }),
            button('adm_grantsEdit', 'grants', function () {
              var text = prompt(OS.t('adm_grantsPrompt'), Object.keys(a.grants).map(function (k) {
                return k + '=' + a.grants[k];
              }).join(', '));
              if (text === null) { return; }
              var grants = {};
              text.split(',').map(function (s) { return s.trim(); }).filter(Boolean).forEach(function (pair) {
                var kv = pair.split('=');
                grants[kv[0].trim()] = (kv[1] || '').trim();
              });
              OS.api('PUT', base + '/grants', {grants: grants}).then(done('adm_saved')).catch(failed);
            })])];
      }));
    });
  }
  function saveStaff(e) {
    e.preventDefault();
    var body = form('staff-form');
    OS.api('POST', '/api/v1/admin/staff', body).then(function (r) {
      $('staff-form').reset();
      say(OS.t('adm_accountCreated') + ': ' + r.username);
      return load();
    }).catch(failed);
  }

  function audit() {
    return OS.api('GET', '/api/v1/admin/audit').then(function (list) {
      OS.rows($('audit'), list.slice(0, 60).map(function (a) {
        return [OS.time(a.at), a.actor, a.action, a.target, a.centreId, a.before || a.detail, a.after];
      }));
    });
  }

  /** Each table loads on its own: one that fails shows its reason and leaves the others working. */
  function load() {
    return Promise.all([centres(), counters(), services(), priorities(), staff(), audit()].map(function (p) {
      return p.catch(failed);
    }));
  }

  document.addEventListener('DOMContentLoaded', function () {
    OS.start().then(function (s) {
      var here = (s.centres || []).filter(function (c) { return c.id === s.centreId; })[0];
      document.querySelectorAll('[data-bind=centre]').forEach(function (e) {
        e.textContent = here ? here.id + ' – ' + name(here) : s.centreId;
      });
      $('centre-form').addEventListener('submit', saveCentre);
      $('centre-cancel').addEventListener('click', resetCentreForm);
      $('counter-form').addEventListener('submit', saveCounter);
      $('counter-cancel').addEventListener('click', resetCounterForm);
      $('service-form').addEventListener('submit', saveService);
      $('priority-form').addEventListener('submit', savePriority);
      $('staff-form').addEventListener('submit', saveStaff);
      document.addEventListener('os-language', load);
      return load();
    }).catch(failed);
  });
})();
