import { ErrorCode, HandshakeError, MINUTES_STRINGS } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { de } from '../../client/src/i18n/de.js';
import { en } from '../../client/src/i18n/en.js';
import type { Message } from '../../client/src/i18n/messages.js';
import { createTranslator } from '../../client/src/i18n/translate.js';

const catalogs = { de, en } as const;
const keysOf = (messages: Readonly<Record<string, Message>>) => Object.keys(messages).sort();
const placeholders = (message: Message): string[] => {
  const texts = typeof message === 'string' ? [message] : Object.values(message);
  return [...new Set(texts.flatMap((text) => text?.match(/\{\w+\}/g) ?? []))].sort();
};

describe('the German and English catalogues', () => {
  it('have exactly the same keys', () => {
    expect(keysOf(de)).toEqual(keysOf(en));
  });

  it('translate every domain error code, the network failure and every handshake refusal', () => {
    const codes = [
      ...Object.values(ErrorCode).map((code) => `error.${code}`),
      'error.NETWORK',
      ...Object.values(HandshakeError).map((reason) => `handshake.${reason}`),
    ];
    for (const [language, messages] of Object.entries(catalogs)) {
      const record = messages as Readonly<Record<string, Message>>;
      for (const key of codes) {
        expect(record[key], `${language} lacks ${key}`).toBeTruthy();
      }
    }
  });

  it('use the same placeholders and plural shapes for each key in both languages', () => {
    for (const key of keysOf(en)) {
      const english = en[key as keyof typeof en] as Message;
      const german = de[key as keyof typeof de];
      expect(placeholders(german), key).toEqual(placeholders(english));
      expect(typeof german, key).toBe(typeof english);
    }
  });

  it('never leave a message empty', () => {
    for (const messages of Object.values(catalogs)) {
      for (const message of Object.values(messages as Readonly<Record<string, Message>>)) {
        const texts = typeof message === 'string' ? [message] : Object.values(message);
        for (const text of texts) expect(text?.trim()).toBeTruthy();
      }
    }
  });

  it('name a table’s host in the minutes as the screen does', () => {
    expect(MINUTES_STRINGS.de.hostLabel).toBe(de['tables.host']);
    expect(MINUTES_STRINGS.en.hostLabel).toBe(en['tables.host']);
  });

  it('address the reader in German as „Sie“ throughout, never with „du“ or „ihr“', () => {
    const informal = /\b(du|dich|dir|dein\w*|euch|euer|eure\w*|kommt zurück)\b/i;
    const found = Object.entries(de).flatMap(([key, message]) => {
      const texts = typeof message === 'string' ? [message] : Object.values(message);
      return texts
        .filter((text) => text !== undefined && informal.test(text))
        .map((text) => `${key}: ${text}`);
    });
    expect(found).toEqual([]);
  });
});

describe('t(key, params)', () => {
  it('picks the plural form by Intl.PluralRules', () => {
    const t = createTranslator('en', en);
    expect(t('vote.total', { count: 1 })).toBe('1 dot');
    expect(t('vote.total', { count: 3 })).toBe('3 dots');
    expect(t('vote.total', { count: 0 })).toBe('0 dots');
    const tDe = createTranslator('de', de);
    expect(tDe('vote.total', { count: 1 })).toBe('1 Punkt');
    expect(tDe('vote.total', { count: 2 })).toBe('2 Punkte');
  });

  it('fills placeholders and formats numbers for the language', () => {
    expect(createTranslator('en', en)('vote.add', { title: 'Onboarding' })).toBe(
      'Add a dot to ‘Onboarding’',
    );
    expect(createTranslator('de', de)('topics.listTitle', { count: 1200 })).toBe('1.200 Themen');
    expect(createTranslator('en', en)('topics.listTitle', { count: 1200 })).toBe('1,200 topics');
  });
});
