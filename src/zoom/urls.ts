// Which base URLs may receive credentials and tokens. Pure, so the settings layer and the client
// share one rule: https everywhere, plain http only on loopback (the local simulator).

export type BaseUrlCheck = { ok: true; url: string } | { ok: false; reason: string; problem: 'invalid' | 'insecure' | 'credentials' | 'query' };

const ZOOM_API_HOSTS = new Set(['api.zoom.us', 'api.zoomgov.com']);

export function isLoopbackHost(hostname: string): boolean {
  const host = hostname.toLowerCase();
  return host === 'localhost' || host === '[::1]' || /^127(?:\.\d{1,3}){3}$/.test(host);
}

/**
 * Checks a base URL from settings. `reason` completes "The setting {what} was not used: …", in
 * English (the editor layer translates by `problem`). The accepted URL has no trailing slash.
 */
export function checkBaseUrl(url: string, what: string): BaseUrlCheck {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return { ok: false, problem: 'invalid', reason: `${what} is not a valid URL.` };
  }
  if (parsed.username || parsed.password) {
    return { ok: false, problem: 'credentials', reason: `${what} must not contain a user name or password.` };
  }
  if (parsed.search || parsed.hash) {
    return { ok: false, problem: 'query', reason: `${what} must not contain a query (?…) or fragment (#…).` };
  }
  const secure = parsed.protocol === 'https:' || (parsed.protocol === 'http:' && isLoopbackHost(parsed.hostname));
  if (!secure) {
    return {
      ok: false,
      problem: 'insecure',
      reason: `${what} must start with https:// (http:// is allowed only for 127.0.0.1, localhost and [::1]).`,
    };
  }
  return { ok: true, url: `${parsed.origin}${parsed.pathname.replace(/\/+$/, '')}` };
}

/**
 * The API base to use for a token's `api_url` (the account's regional host): only an https Zoom
 * host, and only when the configured base is Zoom's own default host of the same cloud, so a
 * token never redirects traffic away from a simulator or a proxy the admin chose.
 */
export function trustedApiUrlFromToken(apiUrl: string | undefined, configuredApiBase: string): string {
  if (!apiUrl) return configuredApiBase;
  let configured: URL;
  let offered: URL;
  try {
    configured = new URL(configuredApiBase);
    offered = new URL(apiUrl);
  } catch {
    return configuredApiBase;
  }
  if (configured.protocol !== 'https:' || !ZOOM_API_HOSTS.has(configured.hostname)) return configuredApiBase;
  const cloud = configured.hostname.slice('api.'.length); // zoom.us or zoomgov.com
  const host = offered.hostname.toLowerCase();
  const sameCloud = host === cloud || host.endsWith(`.${cloud}`);
  if (offered.protocol !== 'https:' || !sameCloud || offered.username || offered.password || offered.port) return configuredApiBase;
  return `${offered.origin}/v2`;
}
