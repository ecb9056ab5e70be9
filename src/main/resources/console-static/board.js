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

  // A status button posts its form in the background: the stream then redraws the card, so the board never
  // reloads under the kitchen's fingers. Without JavaScript the form posts and the page reloads as usual.
  list.addEventListener('submit', function (event) {
    var form = event.target;
    if (!form.closest || !form.closest('.order')) return;
    event.preventDefault();
    var buttons = form.querySelectorAll('button');
    buttons.forEach(function (b) { b.disabled = true; });
    fetch(form.action, {method: 'POST', body: new URLSearchParams(new FormData(form)), redirect: 'manual', credentials: 'same-origin'})
      .then(function (r) {
        if (r.type === 'opaqueredirect' || r.ok) return;
        live.textContent = r.status === 409 ? 'That order has already moved on.' : 'Could not change the order (' + r.status + ').';
        live.className = 'live off';
      })
      .catch(function () { live.textContent = 'Could not reach the restaurant console.'; live.className = 'live off'; })
      .then(function () { buttons.forEach(function (b) { b.disabled = false; }); });
  });

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
