import type { en } from './en.js';
import type { Locale } from './locale.js';
import type { Message, Messages } from './messages.js';

export type MessageKey = keyof typeof en;
export type MessageParams = Readonly<Record<string, string | number>>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const pickTemplate = (
  message: Message,
  rules: Intl.PluralRules,
  params?: MessageParams,
): string => {
  if (typeof message === 'string') return message;
  const count = params?.count;
  const category = typeof count === 'number' ? rules.select(count) : 'other';
  return message[category] ?? message.other;
};

/** Builds `t(key, params)`: plurals by Intl.PluralRules on `count`, numbers by Intl.NumberFormat. */
export const createTranslator = (locale: Locale, messages: Messages): Translate => {
  const rules = new Intl.PluralRules(locale);
  const numbers = new Intl.NumberFormat(locale);
  return (key, params) => {
    const message = messages[key];
    if (message === undefined) return key;
    return pickTemplate(message, rules, params).replace(/\{(\w+)\}/g, (whole, name: string) => {
      const value = params?.[name];
      if (value === undefined) return whole;
      return typeof value === 'number' ? numbers.format(value) : value;
    });
  };
};
