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

  // The school switcher moves as soon as a school is chosen with the mouse or a finger. Not with the keyboard:
  // arrowing through a closed select fires "change" at every step, so a keyboard user could never get past the
  // next school (WCAG 3.2.2 On Input). They choose, then press the Go button, as without JavaScript.
  var choosingByKeyboard = false;
  document.addEventListener('keydown', function (event) {
    if (event.target.matches && event.target.matches('select[data-autosubmit]')) {
      choosingByKeyboard = true;
    }
  }, true);
  document.addEventListener('pointerdown', function () {
    choosingByKeyboard = false;
  }, true);
  document.addEventListener('change', function (event) {
    var select = event.target;
    if (select.matches && select.matches('select[data-autosubmit]') && select.value && !choosingByKeyboard) {
      select.form.submit();
    }
  });
})();
