/*
 * Switchboard web chat widget. One tag adds it to any page:
 *   <script src="https://ingest.example.com/webchat/widget.js" data-inbox="acme-webchat" defer></script>
 * Optional attributes: data-title (panel heading), data-notify-url (notify-service's base URL, when ingest's
 * GET /webchat/{inbox}/config does not name it), data-ingest-url (ingest's base URL; the script's own origin
 * otherwise). It uses the public web chat API only: POST /webchat/{inbox}/sessions and /messages on ingest, and the
 * visitor socket /ws/webchat/{inbox}?token= on notify. The session and the conversation are kept in localStorage,
 * so a reload loses nothing. Everything anyone typed is rendered as text; only http(s) links become clickable.
 */
(() => {
  'use strict';
  const script = document.currentScript;
  if (!script || !script.dataset.inbox) {
    console.warn('switchboard widget: data-inbox is missing');
    return;
  }
  const inbox = script.dataset.inbox;
  const ingest = (script.dataset.ingestUrl || new URL(script.src, location.href).origin).replace(/\/+$/, '');
  const title = script.dataset.title || 'Chat with us';
  const storeKey = `switchboard.webchat.${inbox}`;
  const MAX_KEPT = 200;
  const LINK = /(https?:\/\/[^\s<>"']+)/g;

  const store = {
    read() {
      try { return JSON.parse(localStorage.getItem(storeKey)) || {}; } catch { return {}; }
    },
    write(state) {
      state.messages = (state.messages || []).slice(-MAX_KEPT);
      try { localStorage.setItem(storeKey, JSON.stringify(state)); } catch { /* private mode: memory only */ }
    },
  };
  let state = Object.assign({ messages: [] }, store.read());
  let socket = null;
  let socketUrl = null;
  let retries = 0;
  let unread = 0;

  // ---- the DOM, inside a shadow root so the host page's styles neither break it nor are broken by it ----
  const host = document.createElement('div');
  host.setAttribute('data-switchboard-widget', inbox);
  const root = host.attachShadow({ mode: 'open' });
  root.innerHTML = `
    <style>
      :host { all: initial; }
      * { box-sizing: border-box; font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; }
      .launcher { position: fixed; right: 20px; bottom: 20px; z-index: 2147483000; border: 0; border-radius: 28px;
        padding: 14px 20px; background: #1d4ed8; color: #fff; font-size: 16px; cursor: pointer;
        box-shadow: 0 4px 14px rgba(0,0,0,.25); }
      .launcher:focus-visible, button:focus-visible, textarea:focus-visible { outline: 3px solid #f59e0b; outline-offset: 2px; }
      .badge { display: inline-block; min-width: 20px; margin-left: 6px; padding: 0 6px; border-radius: 10px;
        background: #fff; color: #1d4ed8; font-weight: 700; }
      .panel { position: fixed; right: 20px; bottom: 84px; z-index: 2147483000; width: 360px; max-width: calc(100vw - 24px);
        height: 520px; max-height: calc(100vh - 110px); display: flex; flex-direction: column; background: #fff;
        color: #111827; border-radius: 12px; box-shadow: 0 8px 30px rgba(0,0,0,.3); overflow: hidden; }
      .panel[hidden], .badge[hidden] { display: none; }
      header { display: flex; align-items: center; justify-content: space-between; padding: 12px 16px;
        background: #1d4ed8; color: #fff; }
      header h2 { margin: 0; font-size: 16px; }
      header button { background: transparent; border: 0; color: #fff; font-size: 22px; cursor: pointer; line-height: 1; }
      .status { padding: 4px 16px; font-size: 12px; color: #374151; background: #f3f4f6; }
      .log { flex: 1; overflow-y: auto; padding: 12px; display: flex; flex-direction: column; gap: 8px; }
      .msg { max-width: 80%; padding: 8px 12px; border-radius: 14px; white-space: pre-wrap; overflow-wrap: anywhere;
        font-size: 14px; line-height: 1.4; }
      .msg.visitor { align-self: flex-end; background: #1d4ed8; color: #fff; border-bottom-right-radius: 4px; }
      .msg.visitor a { color: #fff; }
      .msg.agent { align-self: flex-start; background: #e5e7eb; color: #111827; border-bottom-left-radius: 4px; }
      .msg.notice { align-self: center; background: #fef3c7; color: #78350f; font-size: 13px; text-align: center; }
      .msg .meta { display: block; margin-top: 2px; font-size: 11px; opacity: .8; }
      .msg.failed { background: #b91c1c; }
      .msg button { margin-left: 6px; font-size: 11px; }
      form { display: flex; gap: 8px; padding: 10px; border-top: 1px solid #e5e7eb; }
      textarea { flex: 1; resize: none; height: 44px; padding: 8px; border: 1px solid #6b7280; border-radius: 8px; font-size: 14px; }
      form button { border: 0; border-radius: 8px; padding: 0 16px; background: #1d4ed8; color: #fff; font-size: 14px; cursor: pointer; }
      .sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); }
      @media (max-width: 480px) { .panel { right: 0; bottom: 0; width: 100vw; max-width: 100vw; height: 100vh;
        max-height: 100vh; border-radius: 0; } }
    </style>
    <button class="launcher" type="button" aria-haspopup="dialog" aria-expanded="false" aria-controls="sb-panel"
      data-testid="widget-launcher"><span class="label"></span><span class="badge" hidden></span></button>
    <section class="panel" id="sb-panel" role="dialog" aria-labelledby="sb-title" hidden data-testid="widget-panel">
      <header><h2 id="sb-title"></h2>
        <button type="button" class="close" aria-label="Close chat" data-testid="widget-close">×</button></header>
      <div class="status" role="status" data-testid="widget-status"></div>
      <div class="log" role="log" aria-live="polite" aria-label="Conversation" tabindex="0" data-testid="widget-log"></div>
      <form>
        <label class="sr-only" for="sb-input">Your message</label>
        <textarea id="sb-input" maxlength="4000" placeholder="Write a message…" data-testid="widget-input"></textarea>
        <button type="submit" data-testid="widget-send">Send</button>
      </form>
    </section>`;
  const $ = (selector) => root.querySelector(selector);
  const launcher = $('.launcher');
  const panel = $('.panel');
  const log = $('.log');
  const input = $('textarea');
  const badge = $('.badge');
  const status = $('.status');
  $('.label').textContent = title;
  $('#sb-title').textContent = title;

  function setStatus(text) {
    status.textContent = text;
  }

  /** Text as text, with http(s) links (and nothing else) made clickable. */
  function appendText(element, text) {
    // split() with a capturing group puts every link at an odd index
    String(text || '').split(LINK).forEach((part, index) => {
      let url = null;
      if (index % 2 === 1) {
        try { url = new URL(part); } catch { url = null; }
      }
      if (url && (url.protocol === 'http:' || url.protocol === 'https:')) {
        const a = document.createElement('a');
        a.href = url.href;
        a.textContent = part;
        a.target = '_blank';
        a.rel = 'noopener noreferrer';
        element.append(a);
      } else if (part) {
        element.append(document.createTextNode(part));
      }
    });
  }

  function render() {
    log.replaceChildren(...state.messages.map(bubble));
    log.scrollTop = log.scrollHeight;
  }

  function bubble(message) {
    const el = document.createElement('div');
    const closedNotice = message.from === 'agent' && message.authorId === 'business-hours';
    el.className = `msg ${closedNotice ? 'notice' : message.from}${message.state === 'failed' ? ' failed' : ''}`;
    el.dataset.testid = closedNotice ? 'widget-notice' : `widget-message-${message.from}`;
    appendText(el, message.text);
    const meta = document.createElement('span');
    meta.className = 'meta';
    const time = new Date(message.at).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
    meta.textContent = message.state === 'sending' ? 'Sending…' : message.state === 'failed' ? 'Not sent' : time;
    el.append(meta);
    if (message.state === 'failed') {
      const retry = document.createElement('button');
      retry.type = 'button';
      retry.textContent = 'Retry';
      retry.addEventListener('click', () => send(message));
      el.append(retry);
    }
    return el;
  }

  function remember(message) {
    const index = state.messages.findIndex((m) => m.id === message.id);
    if (index >= 0) state.messages[index] = Object.assign(state.messages[index], message);
    else state.messages.push(message);
    store.write(state);
    render();
  }

  // ---- the API ----
  async function call(path, options) {
    const response = await fetch(`${ingest}/webchat/${encodeURIComponent(inbox)}${path}`, options);
    if (!response.ok) {
      const error = new Error(`${response.status}`);
      error.status = response.status;
      throw error;
    }
    return response.status === 204 ? null : response.json();
  }

  let pendingSession = null;

  /** The stored session while its token is fresh, else a new token for the same visitor; one request at a time. */
  function session(forceNew) {
    const fresh = state.token && Date.parse(state.expiresAt) - Date.now() > 60000;
    if (fresh && !forceNew) return Promise.resolve(state);
    if (!pendingSession) {
      const body = state.visitorId ? { visitorId: state.visitorId } : {};
      pendingSession = call('/sessions', { method: 'POST', headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify(body) }).then((answer) => {
        Object.assign(state, { visitorId: answer.visitorId, token: answer.token, expiresAt: answer.expiresAt });
        store.write(state);
        return state;
      }).finally(() => { pendingSession = null; });
    }
    return pendingSession;
  }

  async function send(message) {
    remember(Object.assign(message, { state: 'sending' }));
    const post = async (forceNew) => {
      const s = await session(forceNew);
      return call('/messages', { method: 'POST', headers: { 'Content-Type': 'application/json',
        Authorization: `Bearer ${s.token}` }, body: JSON.stringify({ visitorId: s.visitorId, text: message.text,
        clientMessageId: message.id }) });
    };
    try {
      try { await post(false); } catch (e) { if (e.status === 401) await post(true); else throw e; }
      remember(Object.assign(message, { state: 'sent' }));
      connect();
    } catch {
      remember(Object.assign(message, { state: 'failed' }));
    }
  }

  // ---- the visitor socket: replies live, reconnecting with capped, jittered backoff ----
  async function socketBase() {
    if (socketUrl) return socketUrl;
    if (script.dataset.notifyUrl) {
      socketUrl = `${script.dataset.notifyUrl.replace(/^http/, 'ws').replace(/\/+$/, '')}/ws/webchat/${encodeURIComponent(inbox)}`;
    } else {
      socketUrl = (await call('/config', { method: 'GET' })).socketUrl;
    }
    return socketUrl;
  }

  async function connect() {
    if (socket || !state.visitorId) return;
    socket = 'connecting';
    try {
      const url = `${await socketBase()}?token=${encodeURIComponent((await session(retries > 3)).token)}`;
      socket = new WebSocket(url);
    } catch {
      socket = null;
      return reconnectLater();
    }
    socket.addEventListener('open', () => { retries = 0; setStatus('Connected'); });
    socket.addEventListener('message', (event) => {
      let frame;
      try { frame = JSON.parse(event.data); } catch { return; }
      if (frame.type !== 'message') return;
      const known = state.messages.some((m) => m.id === frame.messageId);
      remember({ id: frame.messageId, from: 'agent', authorId: frame.author && frame.author.id, text: frame.text,
        at: frame.sentAt || new Date().toISOString(), state: 'received' });
      if (!known && panel.hidden) showUnread(++unread);
    });
    socket.addEventListener('close', () => { socket = null; reconnectLater(); });
  }

  function reconnectLater() {
    const delay = Math.min(30000, 1000 * 2 ** retries++) * (0.75 + Math.random() * 0.5);
    setStatus('Reconnecting…');
    setTimeout(connect, delay);
  }

  function showUnread(count) {
    badge.hidden = count === 0;
    badge.textContent = String(count);
    launcher.setAttribute('aria-label', count ? `${title}, ${count} new` : title);
  }

  // ---- open, close, type ----
  function toggle(open) {
    panel.hidden = !open;
    launcher.setAttribute('aria-expanded', String(open));
    if (open) {
      unread = 0;
      showUnread(0);
      render();
      input.focus();
      if (!state.visitorId) session(false).then(connect).catch(() => setStatus('Chat is unavailable right now'));
    } else {
      launcher.focus();
    }
  }

  launcher.addEventListener('click', () => toggle(panel.hidden));
  $('.close').addEventListener('click', () => toggle(false));
  panel.addEventListener('keydown', (event) => { if (event.key === 'Escape') toggle(false); });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey) {
      event.preventDefault();
      $('form').requestSubmit();
    }
  });
  $('form').addEventListener('submit', (event) => {
    event.preventDefault();
    const text = input.value.trim();
    if (!text) return;
    input.value = '';
    const id = (crypto.randomUUID && crypto.randomUUID()) || `${Date.now()}-${Math.random().toString(36).slice(2)}`;
    send({ id, from: 'visitor', text, at: new Date().toISOString() });
  });

  setStatus(state.visitorId ? 'Connecting…' : 'We usually answer within minutes');
  (document.body || document.documentElement).append(host);
  if (state.visitorId) connect();
})();
