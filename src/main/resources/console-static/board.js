// The live board: the console's order stream inserts or updates each order's card (rendered and escaped by
// the server), highlights it and plays a short chime for a new order. No inline script: served from the gateway.
(function () {
  'use strict';
  var body = document.body;
  var list = document.getElementById('orders');
  var live = document.getElementById('live');
  var empty = document.getElementById('empty');
  var chime = new Audio(body.getAttribute('data-chime'));

  function fromHtml(html) {
    var t = document.createElement('template');
    t.innerHTML = html;
    return t.content.firstElementChild;
  }

  function highlight(card) {
    card.classList.add('fresh');
    window.setTimeout(function () { card.classList.remove('fresh'); }, 8000);
  }

  function show(event) {
    var data = JSON.parse(event.data);
    var card = fromHtml(data.html);
    if (!card) return;
    var old = document.getElementById('order-' + data.orderId);
    if (old) {
      old.replaceWith(card);
    } else {
      list.insertBefore(card, list.firstElementChild);
      if (empty) empty.hidden = true;
      var played = chime.play();
      if (played && played.catch) played.catch(function () { /* the browser may refuse sound before a tap */ });
    }
    highlight(card);
  }

  var lost = false;
  var source = new EventSource(body.getAttribute('data-stream'));
  source.addEventListener('card', show);
  source.addEventListener('open', function () {
    // Back after a lost connection: reload the board, so nothing that happened meanwhile is missing.
    if (lost) { window.location.reload(); return; }
    live.textContent = 'Live';
    live.className = 'live on';
  });
  source.addEventListener('error', function () { lost = true; live.textContent = 'Reconnecting…'; live.className = 'live off'; });
})();
