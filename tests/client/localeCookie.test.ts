/** The chosen language reaches the server as a cookie, so the next page's HTML already has its lang. */
import { afterEach, describe, expect, it } from 'vitest';
import { createAppStore } from '../../client/src/store/appStore.js';

const newStore = () =>
  createAppStore(() => ({
    send: async () => ({ ok: true, seq: 0 }),
    requestMinutes: async () => ({ ok: false, error: { code: 'NOT_JOINED', message: 'not here' } }),
    reconnect: () => {},
    close: () => {},
  }));

const forgetCookie = () => {
  // biome-ignore lint/suspicious/noDocumentCookie: jsdom has no Cookie Store API.
  document.cookie = 'percolate-locale=; Path=/; Max-Age=0';
};

describe('the language cookie', () => {
  afterEach(() => {
    forgetCookie();
    localStorage.clear();
  });

  it('is written when a person picks a language, and follows a change', () => {
    const store = newStore();
    expect(document.cookie).not.toContain('percolate-locale');
    store.getState().setLocale('de');
    expect(document.cookie).toContain('percolate-locale=de');
    store.getState().setLocale('en');
    expect(document.cookie).toContain('percolate-locale=en');
  });

  it('is written at start for a language chosen before the cookie existed', () => {
    localStorage.setItem('percolate:pref:locale', 'de');
    newStore();
    expect(document.cookie).toContain('percolate-locale=de');
  });
});
