// notify-service's agent socket: CloudEvents frames, each with a `position`. A reconnect passes the last position
// (`resume=`), so nothing is missed; `resync-required` means reload by REST and go on from that frame's position.
const CONNECTED = 'dev.switchboard.notify.connected.v1';
const RESYNC = 'dev.switchboard.notify.resync-required.v1';

export class LiveEvents {
  constructor(notifyUrl, tokenSource, handlers) {
    this.url = notifyUrl ? `${notifyUrl.replace(/^http/, 'ws').replace(/\/+$/, '')}/ws/agent` : null;
    this.tokenSource = tokenSource;
    this.handlers = handlers;
    this.position = sessionStorage.getItem('switchboard.position');
    this.retries = 0;
    this.socket = null;
    this.stopped = true;
  }

  start() {
    if (!this.url) return this.handlers.state('unavailable');
    this.stopped = false;
    this.open();
  }

  stop() {
    this.stopped = true;
    if (this.socket) this.socket.close(1000);
    this.socket = null;
  }

  open() {
    const resume = this.position ? `&resume=${encodeURIComponent(this.position)}` : '';
    this.handlers.state(this.retries ? 'reconnecting' : 'connecting');
    const socket = new WebSocket(`${this.url}?access_token=${encodeURIComponent(this.tokenSource())}${resume}`);
    this.socket = socket;
    socket.addEventListener('message', (event) => this.receive(event.data));
    socket.addEventListener('close', () => {
      if (this.socket !== socket) return;
      this.socket = null;
      if (this.stopped) return;
      this.handlers.state('reconnecting');
      const delay = Math.min(30000, 1000 * 2 ** this.retries++) * (0.75 + Math.random() * 0.5);
      setTimeout(() => { if (!this.stopped && !this.socket) this.open(); }, delay);
    });
  }

  receive(data) {
    let frame;
    try { frame = JSON.parse(data); } catch { return; }
    if (frame.position) {
      this.position = frame.position;
      sessionStorage.setItem('switchboard.position', frame.position);
    }
    if (frame.type === CONNECTED) {
      this.retries = 0;
      this.handlers.state('live');
      this.handlers.connected(frame.data || {});
    } else if (frame.type === RESYNC) {
      this.handlers.resync(frame.data || {});
    } else {
      this.handlers.event(frame);
    }
  }
}
