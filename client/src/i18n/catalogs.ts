import { de } from './de.js';
import { en } from './en.js';
import type { Locale } from './locale.js';
import type { Messages } from './messages.js';

export const CATALOGS: Readonly<Record<Locale, Messages>> = { de, en };
