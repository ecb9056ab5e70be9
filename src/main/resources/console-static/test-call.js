// The test call box: a call typed in the browser over the public text channel (/v1/calls), shown as a chat.
// Text is always put in with textContent, never as HTML.
(function () {
  'use strict';
  var body = document.body;
  var transcript = document.getElementById('transcript');
  var cart = document.getElementById('cart');
  var form = document.getElementById('say');
  var words = document.getElementById('words');
  var dial = document.getElementById('dial');
  var hangUp = document.getElementById('hang-up');
  var callId = null;

  function line(speaker, text) {
    var li = document.createElement('li');
    li.className = speaker;
    var who = document.createElement('b');
    who.textContent = speaker === 'agent' ? 'Agent' : speaker === 'caller' ? 'You' : '';
    li.appendChild(who);
    li.appendChild(document.createTextNode(' ' + text));
    transcript.appendChild(li);
    li.scrollIntoView({block: 'nearest'});
  }

  function money(cents) { return '$' + (cents / 100).toFixed(2); }

  function showCart(order) {
    if (!order || !order.items || order.items.length === 0) { cart.hidden = true; return; }
    cart.textContent = 'Cart: ' + order.items.map(function (i) {
      var toppings = (i.options && i.options.toppings) || [];
      var extras = toppings.map(function (t) { return (t.placement && t.placement !== 'whole' ? t.placement + ' ' : '') + t.id; });
      return i.quantity + ' × ' + (i.size ? i.size + ' ' : '') + i.name + (extras.length ? ' with ' + extras.join(', ') : '');
    }).join('; ') + ' · ' + money(order.totalCents);
    cart.hidden = false;
  }

  function ended(answer) {
    if (answer.orderId) line('system', 'Order placed: ' + answer.orderId);
    else if (answer.transferTo) line('system', 'Handed to the staff line ' + answer.transferTo);
    else line('system', 'The call ended.');
    finish();
  }

  function finish() {
    callId = null;
    form.hidden = true;
    hangUp.hidden = true;
    dial.hidden = false;
  }

  function send(method, path, payload) {
    return fetch(path, {method: method, headers: {'Content-Type': 'application/json'},
      body: payload === undefined ? undefined : JSON.stringify(payload), credentials: 'omit'})
      .then(function (r) {
        return r.json().catch(function () { return {}; }).then(function (j) {
          if (!r.ok) throw new Error(j.error || ('HTTP ' + r.status));
          return j;
        });
      });
  }

  dial.addEventListener('click', function () {
    transcript.textContent = '';
    cart.hidden = true;
    dial.disabled = true;
    send('POST', '/v1/calls', {to: body.getAttribute('data-to'), from: body.getAttribute('data-from')}).then(function (a) {
      line('agent', a.reply);
      if (a.ended) { ended(a); return; }
      callId = a.callId;
      dial.hidden = true;
      hangUp.hidden = false;
      form.hidden = false;
      words.focus();
    }).catch(function (e) { line('system', 'Could not call: ' + e.message); })
      .then(function () { dial.disabled = false; });
  });

  form.addEventListener('submit', function (event) {
    event.preventDefault();
    var text = words.value.trim();
    if (!text || !callId) return;
    words.value = '';
    line('caller', text);
    send('POST', '/v1/calls/' + encodeURIComponent(callId) + '/turns', {text: text}).then(function (a) {
      line('agent', a.reply);
      showCart(a.cart);
      if (a.ended) ended(a);
    }).catch(function (e) { line('system', 'Not answered: ' + e.message); });
  });

  hangUp.addEventListener('click', function () {
    if (!callId) return;
    var id = callId;
    send('DELETE', '/v1/calls/' + encodeURIComponent(id)).catch(function () { /* already over */ })
      .then(function () { line('system', 'You hung up.'); finish(); });
  });
})();
