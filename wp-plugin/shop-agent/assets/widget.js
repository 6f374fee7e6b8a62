/* Shop support agent: chat widget. Vanilla JS, no framework. Protocol: docs/API.md. */
(function () {
  'use strict';
  var cfg = window.shopAgentConfig;
  if (!cfg || !document.body) { return; }
  var i18n = (window.wp && window.wp.i18n) || { __: function (s) { return s; }, sprintf: function (s) { var a = [].slice.call(arguments, 1); return s.replace(/%[sd]/g, function () { return a.shift(); }); } };
  var __ = function (s) { return i18n.__(s, 'shop-agent'); };
  var STORE = 'shopAgent.session';
  var BACKOFF_MS = [1000, 2000, 4000, 8000, 15000, 30000];

  var state = { ws: null, authed: false, everConnected: false, failures: 0, mode: cfg.transport === 'proxy' || !window.WebSocket ? 'proxy' : 'ws',
    shopToken: null, sessionToken: null, sessionId: read(STORE), queue: [], sent: [], retryTimer: null, refreshTimer: null, open: false, ttl: 300 };

  function read(k) { try { return window.sessionStorage.getItem(k); } catch (e) { return null; } }
  function write(k, v) { try { if (v) { window.sessionStorage.setItem(k, v); } else { window.sessionStorage.removeItem(k); } } catch (e) { /* private mode */ } }
  function el(tag, cls, text) { var n = document.createElement(tag); if (cls) { n.className = cls; } if (text) { n.textContent = text; } return n; }
  function now() { return Date.now(); }

  // ---- DOM ----
  var root = el('div', 'shop-agent shop-agent--' + (cfg.position === 'bottom-left' ? 'left' : 'right'));
  root.style.setProperty('--shop-agent-color', cfg.color || '#1d4ed8');
  var launcher = el('button', 'shop-agent__launcher', cfg.title);
  launcher.type = 'button';
  launcher.setAttribute('aria-expanded', 'false');
  launcher.setAttribute('aria-controls', 'shop-agent-panel');
  var panel = el('section', 'shop-agent__panel');
  panel.id = 'shop-agent-panel';
  panel.hidden = true;
  panel.setAttribute('role', 'dialog');
  panel.setAttribute('aria-labelledby', 'shop-agent-title');
  var head = el('header', 'shop-agent__head');
  var title = el('h2', 'shop-agent__title', cfg.title);
  title.id = 'shop-agent-title';
  var close = el('button', 'shop-agent__close', '\u00d7');
  close.type = 'button';
  close.setAttribute('aria-label', __('Close chat'));
  head.append(title, close);
  var log = el('div', 'shop-agent__log');
  log.setAttribute('role', 'log');
  log.setAttribute('aria-live', 'polite');
  log.setAttribute('aria-label', __('Conversation'));
  log.tabIndex = 0;
  var status = el('p', 'shop-agent__status');
  status.setAttribute('role', 'status');
  var form = el('form', 'shop-agent__form');
  var label = el('label', 'shop-agent__sr', __('Your message'));
  label.htmlFor = 'shop-agent-input';
  var input = el('textarea', 'shop-agent__input');
  input.id = 'shop-agent-input';
  input.rows = 1;
  input.maxLength = 4000;
  input.placeholder = __('Type your question');
  var send = el('button', 'shop-agent__send', __('Send'));
  send.type = 'submit';
  form.append(label, input, send);
  panel.append(head, log, status, form);
  root.append(panel, launcher);
  document.body.appendChild(root);

  function bubble(who, text) {
    var b = el('div', 'shop-agent__msg shop-agent__msg--' + who);
    b.appendChild(el('p', null, text));
    log.appendChild(b);
    log.scrollTop = log.scrollHeight;
    return b;
  }
  function safeUrl(u) { return /^(https?:\/\/|\/(?!\/))/i.test(u || '') ? u : null; }
  function showReply(r) {
    var b = bubble('agent', r.text);
    var links = (r.citations || []).filter(function (c) { return safeUrl(c.url); });
    if (links.length) {
      var list = el('ul', 'shop-agent__sources');
      list.setAttribute('aria-label', __('Sources'));
      links.forEach(function (c) { var li = el('li'); var a = el('a', null, c.title || c.url); a.href = safeUrl(c.url); a.target = '_blank'; a.rel = 'noopener'; li.appendChild(a); list.appendChild(li); });
      b.appendChild(list);
    }
    if (r.ticket && r.ticket.id) {
      b.appendChild(el('p', 'shop-agent__notice shop-agent__ticket', i18n.sprintf(r.ticket.queued ? __('Request %s received: it becomes a ticket as soon as our desk is back.') : __('Ticket %s opened. Our team will reply by email.'), r.ticket.id)));
    } else if (r.escalated) {
      b.appendChild(el('p', 'shop-agent__notice', __('This needs a person from our team: see above for how to reach us.')));
    }
  }
  function setStatus(text) { status.textContent = text || ''; }
  function typing(on) { status.classList.toggle('shop-agent__status--typing', !!on); setStatus(on ? __('The assistant is typing…') : ''); }
  function fail(text) { typing(false); bubble('error', text); }
  function plainError(code, retryAfter) {
    switch (code) {
      case 'rate_limited': return i18n.sprintf(__('You are sending messages quickly. Please wait %d seconds and try again.'), retryAfter || 30);
      case 'message_too_long': return __('That message is too long. Please shorten it.');
      case 'timeout': return __('This is taking longer than usual. Please try again in a moment.');
      case 'shop_agent_nonce': return __('Your session has expired. Please reload the page.');
      case 'shop_agent_rate_limited': return __('Too many chats from your network. Please wait a few minutes.');
      case 'shop_agent_off': return __('The chat is not available right now. Please use our contact page.');
      case 'unreachable': return __('We cannot reach the support chat right now. Please try again shortly.');
      default: return __('Something went wrong on our side. Please try again.');
    }
  }

  // ---- tokens: the plugin signs a 5-minute visitor token; replies bring fresh session tokens ----
  function api(path, body) {
    return fetch(cfg.restUrl + path, { method: 'POST', credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-WP-Nonce': cfg.nonce }, body: JSON.stringify(body || {}) })
      .then(function (res) { return res.json().catch(function () { return {}; }).then(function (json) { return { ok: res.ok, json: json }; }); });
  }
  function fetchShopToken() {
    return api('token').then(function (r) {
      if (!r.ok || !r.json.token) { var e = new Error('token'); e.code = r.json.code; throw e; }
      state.shopToken = { value: r.json.token, until: now() + r.json.expires_in * 1000 };
      clearTimeout(state.refreshTimer);
      // refresh a minute before expiry so a reconnect never starts with a dead token
      state.refreshTimer = setTimeout(function () { if (state.open) { fetchShopToken().catch(function () {}); } }, Math.max(5, r.json.expires_in - 60) * 1000);
      return state.shopToken.value;
    });
  }
  function helloToken() {
    if (state.sessionToken && state.sessionToken.until - now() > 15000) { return Promise.resolve(state.sessionToken.value); }
    if (state.shopToken && state.shopToken.until - now() > 15000) { return Promise.resolve(state.shopToken.value); }
    return fetchShopToken();
  }

  // ---- WebSocket with first-frame auth, backoff and resume ----
  function connect() {
    if (state.mode !== 'ws' || state.connecting || (state.ws && state.ws.readyState <= 1)) { return; }
    clearTimeout(state.retryTimer);
    state.connecting = true; // one socket at a time, even while the token is being fetched
    helloToken().then(function (token) {
      state.connecting = false;
      var ws = new WebSocket(cfg.wsUrl);
      state.ws = ws;
      ws.onopen = function () { ws.send(JSON.stringify({ type: 'hello', token: token, session_id: state.sessionId || undefined })); };
      ws.onmessage = function (ev) { var f; try { f = JSON.parse(ev.data); } catch (e) { return; } onFrame(f); };
      ws.onclose = function () { onClosed(ws); };
    }).catch(function (e) { state.connecting = false; state.failures++; if (e.code) { fail(plainError(e.code)); } else { retryLater(); } });
  }
  function onFrame(f) {
    if (f.type === 'welcome') {
      var fresh = !state.authed && log.querySelectorAll('.shop-agent__msg--user').length === 0;
      state.authed = true; state.everConnected = true; state.failures = 0;
      state.sessionId = f.session_id; write(STORE, f.session_id);
      state.ttl = f.token_expires_in;
      state.sessionToken = { value: f.token, until: now() + state.ttl * 1000 };
      setStatus('');
      if (fresh && f.resumed) { (f.history || []).forEach(function (t) { bubble('user', t.user); showReply({ text: t.reply, citations: t.citations }); }); }
      // messages sent on a socket that died unanswered go again, with the same id: the server
      // answers a repeat with its first reply and never runs it twice
      state.queue = state.sent.splice(0).concat(state.queue);
      while (state.queue.length) { sendFrame(state.queue.shift()); }
    } else if (f.type === 'typing') {
      typing(true);
    } else if (f.type === 'reply') {
      typing(false);
      answered(f.client_message_id);
      if (f.token) { state.sessionToken = { value: f.token, until: now() + state.ttl * 1000 }; }
      showReply(f);
    } else if (f.type === 'error') {
      answered(f.client_message_id);
      if (!state.authed && (f.code === 'not_your_session' || f.code === 'bad_token')) {
        // the old session is gone or belongs to an earlier identity: start a new one
        state.sessionId = null; write(STORE, null); state.sessionToken = null; state.ws.close(); return;
      }
      fail(plainError(f.code, f.retry_after));
    }
  }
  function sendFrame(frame) { state.sent.push(frame); state.ws.send(frame); }
  function answered(id) {
    if (!id) { return; }
    state.sent = state.sent.filter(function (q) { return JSON.parse(q).client_message_id !== id; });
  }
  // random, so two tabs or a reloaded page never reuse one
  function newMessageId() {
    var b = new Uint8Array(12);
    (window.crypto || window.msCrypto).getRandomValues(b);
    return 'w-' + Array.prototype.map.call(b, function (x) { return ('0' + x.toString(16)).slice(-2); }).join('');
  }
  function onClosed(ws) {
    if (state.ws !== ws) { return; }
    state.authed = false; state.ws = null;
    if (!state.everConnected && ++state.failures >= 2 && cfg.transport === 'auto') {
      state.mode = 'proxy'; setStatus('');
      var pending = state.sent.splice(0).concat(state.queue.splice(0)).map(function (q) { return JSON.parse(q); });
      pending.forEach(function (m) { viaProxy(m.text, m.client_message_id); });
      return;
    }
    retryLater();
  }
  function retryLater() {
    if (!state.open && !state.queue.length) { return; }
    var base = BACKOFF_MS[Math.min(state.failures, BACKOFF_MS.length - 1)];
    setStatus(__('Connection lost. Reconnecting…'));
    state.retryTimer = setTimeout(connect, base + Math.floor(Math.random() * 500));
    state.failures++;
  }

  // ---- REST proxy through the shop when the WebSocket is blocked ----
  function viaProxy(text, id) {
    typing(true);
    api('chat', { text: text, session_id: state.sessionId || undefined, client_message_id: id || newMessageId() }).then(function (r) {
      typing(false);
      if (!r.ok) { fail(plainError(r.json.code, r.json.retry_after)); return; }
      state.sessionId = r.json.session_id; write(STORE, r.json.session_id);
      showReply(r.json.reply);
    }).catch(function () { fail(plainError('unreachable')); });
  }

  function submit(text) {
    text = text.trim();
    if (!text) { return; }
    bubble('user', text);
    if (state.mode === 'proxy') { viaProxy(text); return; }
    var frame = JSON.stringify({ type: 'message', text: text, client_message_id: newMessageId() });
    if (state.authed && state.ws && state.ws.readyState === 1) { sendFrame(frame); } else { state.queue.push(frame); connect(); }
  }

  // ---- open, close, keyboard ----
  function setOpen(open) {
    state.open = open;
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    root.classList.toggle('shop-agent--open', open);
    if (open) {
      if (!log.childNodes.length && cfg.greeting) { bubble('agent', cfg.greeting); }
      input.focus();
      connect();
    } else {
      launcher.focus();
    }
  }
  launcher.addEventListener('click', function () { setOpen(!state.open); });
  close.addEventListener('click', function () { setOpen(false); });
  panel.addEventListener('keydown', function (e) { if (e.key === 'Escape') { setOpen(false); } });
  form.addEventListener('submit', function (e) { e.preventDefault(); var t = input.value; input.value = ''; submit(t); input.focus(); });
  input.addEventListener('keydown', function (e) { if (e.key === 'Enter' && !e.shiftKey) { e.preventDefault(); form.requestSubmit ? form.requestSubmit() : form.dispatchEvent(new Event('submit')); } });
})();
