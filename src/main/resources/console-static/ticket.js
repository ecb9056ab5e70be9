// The ticket's Print button (no inline handlers under the console's Content-Security-Policy).
(function () {
  'use strict';
  var button = document.getElementById('print');
  if (button) button.addEventListener('click', function () { window.print(); });
})();
