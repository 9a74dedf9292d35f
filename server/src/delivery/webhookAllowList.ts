/**
 * The host's allow-list for webhook targets (WEBHOOK_ALLOWED_HOSTS): `host:port` patterns, the
 * host optionally `*.`-prefixed for its subdomains, the port optional (then 443 for https, 80 for
 * http). A URL is checked before any connection is made, and again before each send, so a
 * target stored under an older list cannot reach an address the host no longer allows.
 */

export interface AllowedHost {
  host: string;
  /** Null: the scheme's default port. */
  port: number | null;
  wildcard: boolean;
}

const DEFAULT_PORT: Record<string, number> = { 'https:': 443, 'http:': 80 };

/** Parses one pattern; throws on a malformed one (the server refuses to start). */
export const parseAllowedHost = (pattern: string): AllowedHost => {
  const match = /^(\*\.)?([a-z0-9.-]+|\[[0-9a-f:.]+\])(?::(\d{1,5}))?$/i.exec(pattern.trim());
  const port = match?.[3] === undefined ? null : Number(match[3]);
  if (!match?.[2] || (port !== null && (port < 1 || port > 65_535))) {
    throw new Error(`WEBHOOK_ALLOWED_HOSTS: "${pattern}" is not host[:port]`);
  }
  return { host: match[2].toLowerCase(), port, wildcard: match[1] !== undefined };
};

const portOf = (url: URL): number =>
  url.port ? Number(url.port) : (DEFAULT_PORT[url.protocol] ?? 0);

/**
 * Null when the URL may be posted to; otherwise why not. Only http(s), no credentials in the
 * URL, and a host and port the list allows (literally: no DNS lookup decides it).
 */
export const webhookRefusal = (address: string, allowed: readonly AllowedHost[]): string | null => {
  const url = URL.canParse(address) ? new URL(address) : null;
  if (!url || !(url.protocol in DEFAULT_PORT)) return 'not an http(s) URL';
  if (url.username || url.password) return 'credentials in the URL are not accepted';
  const host = url.hostname.toLowerCase();
  const port = portOf(url);
  const match = allowed.some(
    (each) =>
      (each.port ?? DEFAULT_PORT[url.protocol]) === port &&
      (each.wildcard ? host.endsWith(`.${each.host}`) : host === each.host),
  );
  return match ? null : `${host}:${port} is not in WEBHOOK_ALLOWED_HOSTS`;
};
