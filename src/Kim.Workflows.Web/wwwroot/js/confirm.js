// Replaces inline event handlers (forbidden by the Content-Security-Policy, see docs/web.md "Sicherheits-Header"):
// <form data-confirm="Frage?"> or <button data-confirm="Frage?"> asks before submitting;
// <button data-print> prints the page.
(function () {
  'use strict';

  document.addEventListener('submit', function (event) {
    var form = event.target;
    var submitter = event.submitter;
    var question = (submitter && submitter.getAttribute('data-confirm')) || form.getAttribute('data-confirm');
    if (question && !window.confirm(question)) {
      event.preventDefault();
    }
  });

  document.addEventListener('click', function (event) {
    var target = event.target instanceof Element ? event.target.closest('[data-print]') : null;
    if (target) {
      event.preventDefault();
      window.print();
    }
  });
})();
