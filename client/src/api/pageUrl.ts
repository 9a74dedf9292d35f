/**
 * A link the server answered, made absolute against this page's address: a server that knows no
 * trusted address of its own (no PUBLIC_URL, an unlisted host) answers links relative to the page.
 */
export const pageUrl = (url: string): string => new URL(url, window.location.origin).href;
