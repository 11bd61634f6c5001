// Shared helpers of the staff pages. Data is always put into the page with textContent, never parsed as HTML, so a
// name like "<script>" shows as text.
(function () {
  'use strict';
  var OS = {};
  var lang = localStorage.getItem('onestop.lang') === 'en' ? 'en' : 'vi';
  OS.session = null;

  OS.lang = function () { return lang; };
  OS.t = function (key) { var d = window.OS_TEXT[lang]; return d[key] !== undefined ? d[key] : key; };

  OS.applyI18n = function (root) {
    document.documentElement.lang = lang;
    (root || document).querySelectorAll('[data-i18n]').forEach(function (e) { e.textContent = OS.t(e.dataset.i18n); });
    (root || document).querySelectorAll('[data-i18n-placeholder]').forEach(function (e) {
      e.placeholder = OS.t(e.dataset.i18nPlaceholder);
    });
  };

  OS.toggleLanguage = function () {
    lang = lang === 'vi' ? 'en' : 'vi';
    localStorage.setItem('onestop.lang', lang);
    OS.applyI18n();
    document.dispatchEvent(new Event('os-language'));
  };

  /** Builds an element: OS.el('td', {text: v, cls: 'bad', attrs: {title: x}}, [children]). */
  OS.el = function (tag, opts, children) {
    var e = document.createElement(tag);
    opts = opts || {};
    if (opts.text !== undefined && opts.text !== null) { e.textContent = String(opts.text); }
    if (opts.i18n) { e.dataset.i18n = opts.i18n; e.textContent = OS.t(opts.i18n); }
    if (opts.cls) { e.className = opts.cls; }
    if (opts.attrs) { Object.keys(opts.attrs).forEach(function (k) { e.setAttribute(k, opts.attrs[k]); }); }
    if (opts.onclick) { e.addEventListener('click', opts.onclick); }
    (children || []).forEach(function (c) { if (c) { e.appendChild(c); } });
    return e;
  };

  OS.clear = function (e) { while (e.firstChild) { e.removeChild(e.firstChild); } return e; };

  /** Fills a tbody with rows, each an array of cell values or nodes. */
  OS.rows = function (tbody, rows) {
    OS.clear(tbody);
    rows.forEach(function (r) {
      tbody.appendChild(OS.el('tr', {}, r.map(function (v) {
        return v instanceof Node ? OS.el('td', {}, [v]) : OS.el('td', {text: v === null || v === undefined ? '' : v});
      })));
    });
  };

  // Issue 21: the centre the pages act in, chosen with the centre picker by a user with roles in several centres
  // (kept for this browser tab); every API call and event stream names it with ?centre=.
  var CENTRE_KEY = 'onestop.centre';
  OS.centre = function () { return sessionStorage.getItem(CENTRE_KEY); };
  OS.withCentre = function (path) {
    var c = OS.centre();
    if (!c || path.indexOf('/api/') !== 0 || /[?&]centre=/.test(path)) { return path; }
    return path + (path.indexOf('?') < 0 ? '?' : '&') + 'centre=' + encodeURIComponent(c);
  };

  /** A picker of the centres the user may act in, in the page header; choosing one reloads the page there. */
  OS.centrePicker = function (s) {
    var header = document.querySelector('header.bar');
    if (!header || !s.centres || s.centres.length < 2) { return; }
    var select = OS.el('select', {attrs: {id: 'centre-picker', 'aria-label': OS.t('adm_centre')}},
      s.centres.map(function (c) {
        var o = OS.el('option', {text: c.id + ' – ' + (lang === 'en' ? c.nameEn : c.nameVi), attrs: {value: c.id}});
        o.selected = c.id === s.centreId;
        return o;
      }));
    select.addEventListener('change', function () {
      sessionStorage.setItem(CENTRE_KEY, select.value);
      location.reload();
    });
    var user = header.querySelector('[data-bind=user]');
    header.insertBefore(select, user ? user.nextSibling : null);
  };

  /** Calls the server's JSON API; rejects with an Error carrying the server's problem detail and status. */
  OS.api = function (method, path, body) {
    path = OS.withCentre(path);
    var headers = {'Accept': 'application/json'};
    if (method !== 'GET' && OS.session) { headers['X-CSRF-Token'] = OS.session.csrfToken; }
    if (body !== undefined) { headers['Content-Type'] = 'application/json'; }
    return fetch(path, {method: method, headers: headers, credentials: 'same-origin',
      body: body === undefined ? undefined : JSON.stringify(body)}).then(function (r) {
      if (r.status === 204) { return null; }
      return r.text().then(function (text) {
        var data = text ? JSON.parse(text) : null;
        if (!r.ok) {
          if (r.status === 401) { OS.toLogin(); }
          var err = new Error(data && data.detail ? data.detail : 'HTTP ' + r.status);
          err.status = r.status;
          throw err;
        }
        return data;
      });
    });
  };

  OS.toLogin = function () {
    location.href = '/staff/login?next=' + encodeURIComponent(location.pathname);
  };

  /** Loads the session (user, role, CSRF token) or goes to the login page. */
  OS.start = function () {
    OS.applyI18n();
    document.querySelectorAll('[data-action=language]').forEach(function (b) {
      b.addEventListener('click', OS.toggleLanguage);
    });
    document.querySelectorAll('[data-action=logout]').forEach(function (b) {
      b.addEventListener('click', function () {
        OS.api('POST', '/api/v1/auth/logout').then(function () { location.href = '/staff/login'; });
      });
    });
    return OS.api('GET', '/api/v1/auth/me').catch(function (e) {
      // The centre kept for this tab is no longer one of the user's: act in their own centre again.
      if (e.status !== 403 || !OS.centre()) { throw e; }
      sessionStorage.removeItem(CENTRE_KEY);
      return OS.api('GET', '/api/v1/auth/me');
    }).then(function (s) {
      OS.session = s;
      OS.centrePicker(s);
      document.querySelectorAll('[data-bind=user]').forEach(function (e) { e.textContent = s.username + ' (' + String(s.role).toLowerCase() + ')'; });
      // A temporary password set by an admin: the server allows nothing else until it is changed.
      var change = document.querySelector('[data-action=password]');
      if (s.mustChangePassword && change) { change.click(); }
      return s;
    });
  };

  OS.message = function (el, text, isError) {
    el.textContent = text || '';
    el.classList.toggle('error', !!isError);
  };

  /** Live events with automatic reconnection; the browser resends Last-Event-ID, a closed stream is reopened. */
  OS.stream = function (path, handlers, onState) {
    var source = null, delay = 1000;
    function open() {
      source = new EventSource(OS.withCentre(path));
      source.onopen = function () { delay = 1000; if (onState) { onState(true); } };
      source.onerror = function () {
        if (onState) { onState(false); }
        if (source.readyState === EventSource.CLOSED) {
          setTimeout(open, delay);
          delay = Math.min(delay * 2, 30000);
        }
      };
      Object.keys(handlers).forEach(function (type) {
        source.addEventListener(type, function (e) { handlers[type](e.data ? JSON.parse(e.data) : {}); });
      });
    }
    open();
    return function () { if (source) { source.close(); } };
  };

  /** Device problems arrive as English words from the server; show them in the page's language. */
  /** The translation of a server word under a prefix ("ds_received"), or the word itself when there is none. */
  OS.word = function (prefix, word) { var t = OS.t(prefix + word); return t === prefix + word ? word : t; };

  OS.problems = function (list) {
    return list.map(function (p) { return OS.word('p_', p); }).join(', ');
  };

  OS.minutes = function (seconds) {
    var m = Math.floor(seconds / 60), s = seconds % 60;
    return m + ':' + (s < 10 ? '0' : '') + s;
  };

  OS.time = function (iso) { return iso ? new Date(iso).toLocaleString(lang === 'vi' ? 'vi-VN' : 'en-GB') : ''; };

  // "Offline from 09:00 to 09:20, 3 tickets delivered late" for a kiosk's latest offline period, or ''.
  OS.offlinePeriod = function (k) {
    var p = k.offlinePeriods && k.offlinePeriods[0];
    return p ? OS.t('offlinePeriod') + ' ' + OS.time(p.from) + ' ' + OS.t('offlineUntil') + ' ' + OS.time(p.to) +
      ', ' + p.lateTickets + ' ' + OS.t('lateTickets') : '';
  };

  window.OS = OS;
})();
