// My queue (assignee=me) and the team queue (assignee=none, with self-assign), from GET /api/v1/conversations,
// kept current by the live events: a change reloads the list; messages update last text and unread counts.
import { el, since } from './text.js';

export class Queues {
  constructor(api, list, empty, counts, onOpen) {
    this.api = api;
    this.list = list;
    this.empty = empty;
    this.counts = counts;
    this.onOpen = onOpen;
    this.view = 'mine';
    this.items = { mine: [], team: [] };
    this.lastText = new Map();
    this.unread = new Map();
    this.openId = null;
    this.timer = null;
  }

  show(view) {
    this.view = view;
    this.render();
  }

  /** Coalesces bursts of events into one reload. */
  refreshSoon() {
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 200);
  }

  async refresh() {
    const [mine, team] = await Promise.all([
      this.api.get('/api/v1/conversations?assignee=me&limit=100'),
      this.api.get('/api/v1/conversations?assignee=none&limit=100'),
    ]);
    this.items = { mine: mine.items, team: team.items };
    await this.loadLastTexts([...mine.items, ...team.items]);
    this.render();
  }

  async loadLastTexts(conversations) {
    const missing = conversations.filter((c) => !this.lastText.has(c.id));
    await Promise.all(missing.map(async (c) => {
      const page = await this.api.get(`/api/v1/conversations/${c.id}/messages?limit=1`);
      const last = page.items[page.items.length - 1];
      this.lastText.set(c.id, last ? last.text : '');
    }));
  }

  /** A message-appended frame: new last text, and one more unread unless it is open. */
  message(data) {
    this.lastText.set(data.conversationId, data.text);
    if (data.direction === 'INBOUND' && data.conversationId !== this.openId) {
      this.unread.set(data.conversationId, (this.unread.get(data.conversationId) || 0) + 1);
    }
    this.render();
  }

  opened(id) {
    this.openId = id;
    this.unread.delete(id);
    this.render();
  }

  render() {
    this.counts.mine.textContent = this.items.mine.length || '';
    this.counts.team.textContent = this.items.team.length || '';
    const items = this.items[this.view] || [];
    this.list.replaceChildren(...items.map((c) => this.item(c)));
    this.empty.hidden = items.length > 0;
  }

  item(c) {
    const unread = this.unread.get(c.id) || 0;
    const open = el('button', { type: 'button', class: 'queue-item', 'data-testid': 'queue-item',
      'data-conversation-id': c.id, 'aria-current': c.id === this.openId ? 'true' : 'false',
      onclick: () => this.onOpen(c.id) },
    el('span', { class: 'row' },
      el('span', { class: `pill ${c.priority}`, text: c.priority, 'data-testid': 'queue-priority' }),
      el('span', { class: 'pill', text: c.channel }),
      el('span', { class: 'who', text: c.contactHandle, 'data-testid': 'queue-customer' }),
      unread ? el('span', { class: 'unread', text: String(unread), 'aria-label': `${unread} unread`,
        'data-testid': 'queue-unread' }) : null),
    el('span', { class: 'last', text: this.lastText.get(c.id) || '', 'data-testid': 'queue-last-message' }),
    el('span', { class: 'wait', text: `waiting ${since(c.waitingSince)}${c.queuePosition ? ` · #${c.queuePosition} in line` : ''}` }));
    const entry = el('li', {}, open);
    if (this.view === 'team') {
      entry.append(el('button', { type: 'button', class: 'take secondary', 'data-testid': 'self-assign',
        text: 'Take it', onclick: () => this.api.post(`/api/v1/conversations/${c.id}/self-assign`)
          .then(() => this.refreshSoon()) }));
    }
    return entry;
  }
}
