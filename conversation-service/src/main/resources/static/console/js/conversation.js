// One conversation: its history (customer, ours, notes, system events, each styled apart), delivery states, the
// reply/note composer, and the actions (transfer, priority, labels, snooze, resolve). Then the customer panel.
import { el, linkified, safeUrl, clock } from './text.js';

const SYSTEM_TEXT = {
  'dev.switchboard.conversation.assigned.v1': (d) => `Assigned to ${d.agentId}`,
  'dev.switchboard.conversation.unassigned.v1': (d) => `${d.previousAgentId} no longer holds it (${d.reason})`,
  'dev.switchboard.conversation.queued.v1': (d) => `Waiting: #${d.position} of ${d.queueLength} in line`,
  'dev.switchboard.conversation.status-changed.v1': (d) => `${d.from} → ${d.to}${d.agentId ? ` by ${d.agentId}` : ''}`,
  'dev.switchboard.conversation.priority-changed.v1': (d) => `Priority ${d.from} → ${d.to} by ${d.agentId}`,
  'dev.switchboard.conversation.updated.v1': (d) => `Team ${d.team || 'none'}, labels ${(d.labels || []).join(', ') || 'none'}`,
};

export class ConversationView {
  constructor(api, section, customerPane, context) {
    this.api = api;
    this.section = section;
    this.customerPane = customerPane;
    this.context = context; // { me, knownAgents: Set, openConversation(id), changed() }
    this.id = null;
    this.conversation = null;
    this.messages = [];
    this.systemEntries = new Map();
    this.noteMode = false;
    this.timer = null;
  }

  async open(id) {
    this.id = id;
    this.noteMode = false;
    await this.reload(true);
    this.section.querySelector('textarea')?.focus();
  }

  close() {
    this.id = null;
    this.section.hidden = true;
    this.customerPane.hidden = true;
  }

  reloadSoon() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.reload(false), 150);
  }

  /** A live frame about the open conversation: a system line for state changes, then the fresh state. */
  event(frame) {
    const text = SYSTEM_TEXT[frame.type];
    if (text) {
      const entries = this.systemEntries.get(this.id) || [];
      entries.push({ kind: 'SYSTEM', text: text(frame.data), createdAt: frame.time || new Date().toISOString() });
      this.systemEntries.set(this.id, entries);
    }
    this.reloadSoon();
  }

  async reload(withCustomer) {
    const id = this.id;
    if (!id) return;
    const [conversation, page] = await Promise.all([
      this.api.get(`/api/v1/conversations/${id}`),
      this.api.get(`/api/v1/conversations/${id}/messages?limit=100`),
    ]);
    if (id !== this.id) return;
    this.conversation = conversation;
    this.messages = page.items;
    page.items.forEach((m) => m.author && m.author.kind === 'AGENT' && this.context.knownAgents.add(m.author.id));
    const box = this.section.querySelector('textarea');
    const typing = box !== null && document.activeElement === box;
    this.render(box ? box.value : '');
    if (typing) this.section.querySelector('textarea').focus();
    if (withCustomer) await this.renderCustomer(conversation.contactId);
  }

  render(draft) {
    const c = this.conversation;
    const timeline = [...this.messages, ...(this.systemEntries.get(c.id) || [])]
      .sort((a, b) => Date.parse(a.createdAt) - Date.parse(b.createdAt));
    const history = el('ol', { class: 'history', 'data-testid': 'history', 'aria-label': 'History', tabindex: '0' },
      ...timeline.map((m) => this.entry(m)));
    this.section.replaceChildren(this.head(c), this.tools(c), history, this.composer(draft));
    this.section.hidden = false;
    history.scrollTop = history.scrollHeight;
  }

  head(c) {
    return el('div', { class: 'conv-head' },
      el('h2', { id: 'conversation-title', text: c.contactHandle, 'data-testid': 'conversation-customer' }),
      el('span', { class: 'pill', text: c.channel }),
      el('span', { class: 'pill', text: c.status, 'data-testid': 'conversation-status' }),
      el('span', { class: 'pill', text: c.assigneeId ? `held by ${c.assigneeId}` : 'waiting' }),
      c.snoozedUntil ? el('span', { class: 'pill', text: `snoozed until ${clock(c.snoozedUntil)}` }) : null,
      c.queuePosition ? el('span', { class: 'pill', text: `#${c.queuePosition} in line` }) : null);
  }

  entry(m) {
    if (m.kind === 'SYSTEM') {
      return el('li', { class: 'entry system', 'data-testid': 'entry-system', text: `${clock(m.createdAt)} · ${m.text}` });
    }
    const autoReply = m.author && m.author.kind === 'SYSTEM';
    const kind = m.kind === 'NOTE' ? 'note' : autoReply ? 'system' : m.direction === 'INBOUND' ? 'customer' : 'ours';
    const who = m.kind === 'NOTE' ? `Note by ${m.author.id}` : kind === 'customer' ? 'Customer'
      : autoReply ? 'Automatic reply' : m.author.id;
    const item = el('li', { class: `entry ${kind}`, 'data-testid': `entry-${kind}`, 'data-message-id': m.messageId },
      el('span', { class: 'meta', text: `${who} · ${clock(m.createdAt)}` }), linkified(m.text));
    (m.attachments || []).forEach((a) => item.append(this.attachment(a)));
    if (m.direction === 'OUTBOUND') item.append(this.delivery(m));
    return item;
  }

  attachment(a) {
    const href = safeUrl(a.url);
    if (!href) return el('span', { text: `[attachment: ${a.fileName || a.contentType}]` });
    if ((a.contentType || '').startsWith('image/')) {
      return el('a', { href, target: '_blank', rel: 'noopener noreferrer' },
        el('img', { src: href, alt: a.fileName || 'image from the customer', loading: 'lazy' }));
    }
    return el('a', { href, target: '_blank', rel: 'noopener noreferrer', text: a.fileName || href });
  }

  delivery(m) {
    const d = m.delivery;
    const status = d ? d.status : 'SENDING';
    const label = { SENDING: 'Sending…', SENT: 'Sent', DELIVERED: 'Delivered', READ: 'Read', FAILED: 'Failed' }[status];
    const line = el('span', { class: `delivery ${status}`, 'data-testid': 'delivery-status', 'data-status': status },
      d && d.status === 'FAILED' && d.reason ? `${label}: ${d.reason}${d.permanent ? '' : ' (retrying)'}` : label);
    if (d && d.status === 'FAILED' && d.permanent) {
      line.append(' ', el('button', { type: 'button', class: 'link', 'data-testid': 'retry-reply', text: 'Send again',
        onclick: () => this.send(m.text, false) }));
    }
    return line;
  }

  tools(c) {
    const act = (path, body) => () => this.api.post(`/api/v1/conversations/${c.id}/${path}`, body)
      .then(() => { this.context.changed(); this.reloadSoon(); }).catch((e) => this.problem(e));
    const form = (label, fields, action) => el('form', { 'aria-label': label, onsubmit: (event) => {
      event.preventDefault();
      action(new FormData(event.target));
    } }, ...fields);
    const priority = el('select', { name: 'priority', id: 'priority', 'data-testid': 'priority-select' },
      ...['URGENT', 'HIGH', 'NORMAL', 'LOW'].map((p) => el('option', { value: p, text: p, selected: p === c.priority })));
    priority.addEventListener('change', () => this.api.patch(`/api/v1/conversations/${c.id}`,
      { priority: priority.value }).then(() => this.context.changed()).catch((e) => this.problem(e)));
    return el('div', { class: 'conv-tools' },
      el('label', { for: 'priority', text: 'Priority' }), priority,
      form('Labels', [el('label', { for: 'labels', text: 'Labels' }),
        el('input', { id: 'labels', name: 'labels', value: (c.labels || []).join(', '), size: 14 }),
        el('button', { class: 'secondary', text: 'Save' })],
      (data) => this.api.patch(`/api/v1/conversations/${c.id}`, { labels: String(data.get('labels'))
        .split(',').map((l) => l.trim()).filter(Boolean) }).then(() => this.reloadSoon()).catch((e) => this.problem(e))),
      form('Transfer', [el('label', { for: 'transfer-to', text: 'Transfer to' }),
        el('input', { id: 'transfer-to', name: 'to', placeholder: 'agent or team:name', size: 12, list: 'agents',
          'data-testid': 'transfer-to' }),
        el('button', { class: 'secondary', text: 'Transfer' })],
      (data) => {
        const to = String(data.get('to')).trim();
        if (to) act('transfer', to.startsWith('team:') ? { toTeam: to.slice(5) } : { toAgentId: to })();
      }),
      form('Snooze', [el('label', { for: 'snooze-until', text: 'Snooze until' }),
        el('input', { id: 'snooze-until', name: 'until', type: 'datetime-local', required: true }),
        el('button', { class: 'secondary', text: 'Snooze' })],
      (data) => act('snooze', { until: new Date(String(data.get('until'))).toISOString() })()),
      c.assigneeId ? null : el('button', { type: 'button', text: 'Take it', onclick: act('self-assign') }),
      c.status === 'OPEN' ? el('button', { type: 'button', text: 'Resolve', 'data-testid': 'resolve', onclick: act('resolve') })
        : el('button', { type: 'button', text: 'Reopen', onclick: act('reopen') }),
      el('datalist', { id: 'agents' }, ...[...this.context.knownAgents].map((a) => el('option', { value: a }))),
      el('p', { class: 'error', role: 'alert', 'data-testid': 'conversation-error' }));
  }

  composer(draft) {
    const box = el('textarea', { id: 'reply', 'data-testid': 'reply-input', maxlength: 4000,
      'aria-describedby': 'composer-hint' });
    box.value = draft;
    const mode = el('button', { type: 'button', class: 'secondary', 'aria-pressed': String(this.noteMode),
      'data-testid': 'note-mode', text: 'Private note' });
    const label = el('label', { for: 'reply', text: this.noteMode ? 'Private note (only agents see it)' : 'Reply to the customer' });
    const mentions = el('div', { class: 'mentions', 'aria-label': 'Mention an agent' });
    const form = el('form', { class: `composer${this.noteMode ? ' note-mode' : ''}`, 'data-testid': 'composer' },
      label, box, mentions,
      el('div', { class: 'row' },
        el('span', { class: 'hint', id: 'composer-hint', text: 'Enter sends · Shift+Enter new line · @name mentions in notes' }),
        mode, el('button', { type: 'submit', 'data-testid': 'send', text: 'Send' })));
    mode.addEventListener('click', () => {
      this.noteMode = !this.noteMode;
      form.replaceWith(this.composer(box.value));
      this.section.querySelector('textarea').focus();
    });
    box.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) {
        event.preventDefault();
        form.requestSubmit();
      }
    });
    box.addEventListener('input', () => this.suggest(box, mentions));
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const text = box.value.trim();
      if (!text) return;
      box.value = '';
      this.send(text, this.noteMode);
    });
    return form;
  }

  /** In note mode, "@al" offers the agents the console knows whose id starts so. */
  suggest(box, mentions) {
    const word = /@([\w.-]*)$/.exec(box.value.slice(0, box.selectionStart));
    const matches = this.noteMode && word ? [...this.context.knownAgents].filter((a) => a.startsWith(word[1])) : [];
    mentions.replaceChildren(...matches.slice(0, 6).map((agent) => el('button', { type: 'button', class: 'secondary',
      text: `@${agent}`, onclick: () => {
        box.value = box.value.slice(0, box.selectionStart - word[1].length) + `${agent} ` + box.value.slice(box.selectionStart);
        mentions.replaceChildren();
        box.focus();
      } })));
  }

  async send(text, note) {
    const path = `/api/v1/conversations/${this.id}/${note ? 'notes' : 'messages'}`;
    try {
      await this.api.post(path, { text });
      await this.reload(false);
    } catch (e) {
      this.problem(e);
    }
  }

  problem(e) {
    const line = this.section.querySelector('[data-testid="conversation-error"]');
    if (line) line.textContent = e.message;
  }

  async renderCustomer(contactId) {
    let contact;
    try {
      contact = await this.api.get(`/api/v1/contacts/${encodeURIComponent(contactId)}`);
    } catch {
      this.customerPane.hidden = true;
      return;
    }
    this.customerPane.replaceChildren(
      el('h2', { text: contact.displayName || contact.identities[0]?.handle || contact.id, 'data-testid': 'customer-name' }),
      el('h3', { text: 'Identities' }),
      el('ul', { 'data-testid': 'customer-identities' }, ...contact.identities.map((i) =>
        el('li', { text: `${i.channel} · ${i.handle} (${i.inboxId})` }))),
      el('h3', { text: 'Conversations' }),
      el('ul', { 'data-testid': 'customer-conversations' }, ...contact.conversations.map((c) => el('li', {},
        el('button', { type: 'button', class: 'link', text: `${c.channel} · ${c.status} · ${clock(c.lastActivityAt)}`,
          'aria-current': c.id === this.id ? 'true' : 'false', onclick: () => this.context.openConversation(c.id) })))));
    this.customerPane.hidden = false;
  }
}
