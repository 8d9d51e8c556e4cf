// The supervisor's floor: routing's live view (every agent's status and load against capacity, the queue with
// waits and priorities) and every held conversation, each reassignable (POST /api/v1/conversations/{id}/assign).
import { el, duration, since } from './text.js';

const LONG_WAIT_SECONDS = 120;

export class Floor {
  constructor(api, section, workspaceId, knownAgents) {
    this.api = api;
    this.section = section;
    this.workspaceId = workspaceId;
    this.knownAgents = knownAgents;
    this.timer = null;
    this.poll = null;
  }

  show(visible) {
    this.section.hidden = !visible;
    clearInterval(this.poll);
    if (visible) {
      this.refresh();
      this.poll = setInterval(() => this.refresh(), 5000);
    }
  }

  refreshSoon() {
    if (this.section.hidden) return;
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.refresh(), 300);
  }

  async refresh() {
    try {
      const [floor, held] = await Promise.all([this.api.floor(this.workspaceId),
        this.api.get('/api/v1/conversations?limit=100')]);
      floor.agents.forEach((a) => this.knownAgents.add(a.agentId));
      this.seats = floor.agents.filter((a) => a.capacity > 0).map((a) => a.agentId);
      this.section.replaceChildren(el('h2', { id: 'floor-title', text: 'Live floor' }),
        this.agents(floor.agents), this.queue(floor.queue),
        this.held(held.items.filter((c) => c.assigneeId)));
    } catch (e) {
      this.section.replaceChildren(el('h2', { id: 'floor-title', text: 'Live floor' }),
        el('p', { class: 'error', role: 'alert', text: `The floor is not available: ${e.message}` }));
    }
  }

  agents(agents) {
    return table('Agents', ['Agent', 'Status', 'Load', 'Idle'], agents.map((a) => el('tr',
      { 'data-testid': 'floor-agent', 'data-agent-id': a.agentId },
      el('td', { text: a.agentId }),
      el('td', { text: a.presence, 'data-testid': 'floor-presence' }),
      el('td', {}, el('span', { class: 'load', role: 'img', 'aria-label': `${Math.round(a.occupancy * 100)}% occupied` },
        el('span', { style: `width:${Math.min(100, Math.round(a.occupancy * 100))}%` })),
      el('span', { 'data-testid': 'floor-load', text: `${a.load} / ${a.capacity}` })),
      el('td', { text: a.idleSeconds === null ? '' : duration(a.idleSeconds) }))));
  }

  queue(queue) {
    return table('Waiting', ['#', 'Priority', 'Channel', 'Waiting', 'Estimate', 'Assign'], queue.map((q) => el('tr',
      { 'data-testid': 'floor-waiting' },
      el('td', { text: String(q.position) }),
      el('td', {}, el('span', { class: `pill ${q.priority}`, text: q.priority })),
      el('td', { text: q.channel }),
      el('td', { class: q.waitingSeconds > LONG_WAIT_SECONDS ? 'late' : '', text: duration(q.waitingSeconds) }),
      el('td', { text: q.estimatedWaitSeconds === null ? '' : duration(q.estimatedWaitSeconds) }),
      el('td', {}, this.reassign(q.conversationId)))));
  }

  held(conversations) {
    return table('Held', ['Customer', 'Channel', 'Agent', 'Since', 'Reassign'], conversations.map((c) => el('tr',
      { 'data-testid': 'floor-held' },
      el('td', { text: c.contactHandle }), el('td', { text: c.channel }), el('td', { text: c.assigneeId }),
      el('td', { text: since(c.updatedAt) }), el('td', {}, this.reassign(c.id)))));
  }

  reassign(conversationId) {
    const select = el('select', { 'aria-label': 'Agent to assign', 'data-testid': 'reassign-agent' },
      ...(this.seats || []).map((a) => el('option', { value: a, text: a })));
    return el('form', { onsubmit: (event) => {
      event.preventDefault();
      this.api.post(`/api/v1/conversations/${conversationId}/assign`, { agentId: select.value, overCapacity: false })
        .then(() => this.refreshSoon()).catch((e) => { select.setCustomValidity(e.message); select.reportValidity(); });
    } }, select, el('button', { class: 'secondary', text: 'Assign', 'data-testid': 'reassign' }));
  }
}

function table(caption, headings, rows) {
  const body = rows.length ? rows : [el('tr', {}, el('td', { colspan: headings.length, text: 'None right now.' }))];
  return el('table', {}, el('caption', { text: caption }),
    el('thead', {}, el('tr', {}, ...headings.map((h) => el('th', { scope: 'col', text: h })))),
    el('tbody', {}, ...body));
}
