// The public REST API, with the agent's bearer token. Errors are RFC 9457 problems; their title/detail is shown.
export class Api {
  constructor(base, routingUrl) {
    this.base = base;
    this.routingUrl = routingUrl;
    this.token = null;
    this.onUnauthenticated = () => {};
  }

  async signIn(username, password) {
    const answer = await this.request('POST', '/api/v1/auth/token', { username, password }, false);
    this.token = answer.accessToken;
    return answer;
  }

  get(path) { return this.request('GET', path); }
  post(path, body) { return this.request('POST', path, body); }
  put(path, body) { return this.request('PUT', path, body); }
  patch(path, body) { return this.request('PATCH', path, body); }

  floor(workspaceId) {
    return this.request('GET', `/api/v1/routing/${encodeURIComponent(workspaceId)}/floor`, undefined, true,
      this.routingUrl);
  }

  async request(method, path, body, authenticated = true, base = this.base) {
    const headers = { Accept: 'application/json' };
    if (body !== undefined) headers['Content-Type'] = 'application/json';
    if (authenticated && this.token) headers.Authorization = `Bearer ${this.token}`;
    const response = await fetch(base + path, { method, headers,
      body: body === undefined ? undefined : JSON.stringify(body) });
    const text = await response.text();
    const json = text ? JSON.parse(text) : null;
    if (response.status === 401 && authenticated) this.onUnauthenticated();
    if (!response.ok) {
      const error = new Error((json && (json.detail || json.title)) || `HTTP ${response.status}`);
      error.status = response.status;
      error.problem = json;
      throw error;
    }
    return json;
  }
}

/** The claims of a JWT (read, not verified: the services verify it), to know when it expires. */
export function claims(token) {
  try {
    return JSON.parse(atob(token.split('.')[1].replace(/-/g, '+').replace(/_/g, '/')));
  } catch {
    return {};
  }
}
