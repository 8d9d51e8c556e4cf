// Whatever a customer (or anyone) typed becomes text nodes; only http(s) URLs become links, opened safely.
const LINK = /(https?:\/\/[^\s<>"']+)/g;

export function el(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === null || value === false) continue;
    if (name === 'text') element.textContent = value;
    else if (name.startsWith('on')) element.addEventListener(name.slice(2), value);
    else element.setAttribute(name, value === true ? '' : value);
  }
  element.append(...children.filter((child) => child !== null && child !== undefined));
  return element;
}

export function safeUrl(value) {
  try {
    const url = new URL(value);
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

export function linkified(text) {
  const fragment = document.createDocumentFragment();
  // split() with a capturing group puts every link at an odd index
  String(text || '').split(LINK).forEach((part, index) => {
    const href = index % 2 === 1 ? safeUrl(part) : null;
    if (href) fragment.append(el('a', { href, target: '_blank', rel: 'noopener noreferrer', text: part }));
    else if (part) fragment.append(document.createTextNode(part));
  });
  return fragment;
}

export function since(instant, now = Date.now()) {
  const seconds = Math.max(0, Math.round((now - Date.parse(instant)) / 1000));
  return duration(seconds);
}

export function duration(seconds) {
  if (seconds < 60) return `${seconds}s`;
  if (seconds < 3600) return `${Math.floor(seconds / 60)}m`;
  return `${Math.floor(seconds / 3600)}h ${Math.floor((seconds % 3600) / 60)}m`;
}

export function clock(instant) {
  return new Date(instant).toLocaleString([], { month: 'short', day: 'numeric', hour: '2-digit', minute: '2-digit' });
}
