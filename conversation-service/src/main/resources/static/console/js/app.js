// The agent console: sign in, status, queues, a conversation, the customer, and (supervisors) the floor. It uses the
// public API only: this service's REST API, notify's agent socket, routing's floor. See docs/console.md.
import { Api, claims } from './api.js';
import { LiveEvents } from './live.js';
import { Queues } from './queue.js';
import { ConversationView } from './conversation.js';
import { Floor } from './floor.js';

const $ = (selector) => document.querySelector(selector);
const TOKEN_KEY = 'switchboard.token';
const config = await fetch('config.json').then((r) => r.json()).catch(() => ({}));
const api = new Api(location.origin, config.routingUrl);
let session = null;

function tokenFromRedirect() {
  // an OIDC provider configured with switchboard.console.oidc-login-url returns here with #access_token=...
  const hash = new URLSearchParams(location.hash.slice(1));
  if (!hash.get('access_token')) return null;
  history.replaceState(null, '', location.pathname);
  return hash.get('access_token');
}

function showSignIn(message = '') {
  $('#app').hidden = true;
  $('#sign-in').hidden = false;
  $('[data-testid="sign-in-error"]').textContent = message;
  if (config.oidcLoginUrl) Object.assign($('#oidc-sign-in'), { hidden: false, href: config.oidcLoginUrl });
  $('#username').focus();
}

function signOut(message) {
  sessionStorage.removeItem(TOKEN_KEY);
  sessionStorage.removeItem('switchboard.position');
  if (session) session.live.stop();
  session = null;
  api.token = null;
  showSignIn(message);
}

$('#sign-in-form').addEventListener('submit', async (event) => {
  event.preventDefault();
  try {
    const answer = await api.signIn($('#username').value.trim(), $('#password').value);
    sessionStorage.setItem(TOKEN_KEY, answer.accessToken);
    $('#password').value = '';
    start(answer.accessToken);
  } catch (e) {
    $('[data-testid="sign-in-error"]').textContent = e.status === 401 ? 'Wrong username or password.' : e.message;
  }
});
$('#sign-out').addEventListener('click', () => signOut());
api.onUnauthenticated = () => signOut('Your session ended. Please sign in again.');

async function start(token) {
  const me = claims(token);
  if (!me.exp || me.exp * 1000 < Date.now()) return showSignIn();
  api.token = token;
  const supervisor = me.role === 'SUPERVISOR' || me.role === 'ADMIN';
  const knownAgents = new Set([me.sub]);
  const queues = new Queues(api, $('#queue'), $('#queue-empty'),
    { mine: $('[data-testid="mine-count"]'), team: $('[data-testid="team-count"]') }, (id) => open(id));
  const conversation = new ConversationView(api, $('#conversation'), $('#customer'),
    { me: me.sub, knownAgents, openConversation: (id) => open(id), changed: () => queues.refreshSoon() });
  const floor = new Floor(api, $('#floor'), me.ws, knownAgents);
  const live = new LiveEvents(config.notifyUrl, () => api.token, {
    state: (state) => Object.assign($('[data-testid="live-state"]'), {
      textContent: { live: 'Live', connecting: 'Connecting…', reconnecting: 'Reconnecting…', unavailable: 'No live updates' }[state],
      className: `live${state === 'live' ? ' on' : ''}` }),
    // connected: everything missed while away has been replayed (or nothing was); load the state by REST
    connected: () => { queues.refresh(); conversation.reloadSoon(); floor.refreshSoon(); },
    resync: () => { queues.refresh(); conversation.reloadSoon(); floor.refreshSoon(); },
    event: (frame) => dispatch(frame, me, queues, conversation, floor),
  });
  session = { live };

  async function open(id) {
    showView(views, 'conversation');
    queues.opened(id);
    await conversation.open(id);
  }
  const views = { queues, floor, conversation };
  $('.me').textContent = `${me.sub} · ${me.ws}${supervisor ? ' · supervisor' : ''}`;
  $('[data-testid="tab-floor"]').hidden = !supervisor;
  document.querySelectorAll('.tab').forEach((tab) => {
    tab.onclick = () => showView(views, tab.dataset.view);
  });
  $('#status').onchange = (event) => api.put('/api/v1/agents/me/status', { status: event.target.value })
    .then(showStatus).catch((e) => alertLine(e.message));
  $('#sign-in').hidden = true;
  $('#app').hidden = false;
  live.start(); // connect first, then load: nothing between the two is lost
  await Promise.all([queues.refresh(), api.get('/api/v1/agents/me/status').then(showStatus).catch(() => {})]);
  showView(views, 'mine');
}

function showView(views, view) {
  document.querySelectorAll('.tab').forEach((tab) => {
    if (view !== 'conversation') tab.setAttribute('aria-pressed', String(tab.dataset.view === view));
  });
  if (view === 'mine' || view === 'team') views.queues.show(view);
  const floorShown = view === 'floor';
  views.floor.show(floorShown);
  $('.columns').classList.toggle('floor-mode', floorShown);
  if (floorShown) views.conversation.close();
  $('#nothing-open').hidden = floorShown || !$('#conversation').hidden || view === 'conversation';
}

function showStatus(status) {
  $('#status').value = status.chosenStatus || status.status;
  $('#status').title = status.reason ? `${status.status} (${status.reason})` : status.status;
}

function alertLine(message) {
  $('[data-testid="live-state"]').textContent = message;
}

function dispatch(frame, me, queues, conversation, floor) {
  const data = frame.data || {};
  if (frame.type === 'dev.switchboard.agent.status-changed.v1') {
    if (data.agentId === me.sub) $('#status').title = `${data.status} (${data.reason})`;
    floor.refreshSoon();
    return;
  }
  if (frame.type === 'dev.switchboard.conversation.message-appended.v1') queues.message(data);
  if (frame.type === 'dev.switchboard.note.created.v1' && (data.mentionedAgentIds || []).includes(me.sub)) {
    document.title = '(@) Switchboard console';
  }
  if (data.conversationId && data.conversationId === conversation.id) conversation.event(frame);
  queues.refreshSoon();
  floor.refreshSoon();
}

const stored = tokenFromRedirect() || sessionStorage.getItem(TOKEN_KEY);
if (stored) {
  sessionStorage.setItem(TOKEN_KEY, stored);
  start(stored);
} else {
  showSignIn();
}
