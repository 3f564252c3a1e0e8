// Lanyard's only script. Every page works without it; it only makes some things quicker.
(function () {
  'use strict';

  // htmx requests carry the CSRF token like the forms do.
  document.addEventListener('htmx:configRequest', function (event) {
    var token = document.querySelector('meta[name="csrf-token"]');
    var header = document.querySelector('meta[name="csrf-header"]');
    if (token && header) {
      event.detail.headers[header.content] = token.content;
    }
  });

  // The school switcher moves as soon as a school is chosen; its Go button stays for keyboard and no-script users.
  document.addEventListener('change', function (event) {
    var select = event.target;
    if (select.matches && select.matches('select[data-autosubmit]') && select.value) {
      select.form.submit();
    }
  });
})();
