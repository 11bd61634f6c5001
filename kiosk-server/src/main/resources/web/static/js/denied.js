// Shown for a refused page: without a session go to the login page, with one explain that the role may not open it.
(function () {
  'use strict';
  OS.start().catch(function () { /* OS.api already sent the browser to the login page on 401 */ });
})();
