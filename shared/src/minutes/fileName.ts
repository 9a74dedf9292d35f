/** Download names for the exports, e.g. 2026-11-23-lean-coffee-cop-personalentwicklung.md. */
import { isoDay } from './format.js';
import type { Minutes } from './model.js';

export const MINUTES_FORMATS = ['md', 'html', 'csv', 'docx', 'json'] as const;
export type MinutesFormat = (typeof MINUTES_FORMATS)[number];

export const isMinutesFormat = (value: string): value is MinutesFormat =>
  (MINUTES_FORMATS as readonly string[]).includes(value);

const PREFIX = 'lean-coffee';
const MAX_SLUG = 60;

const TRANSLITERATIONS: Record<string, string> = { ä: 'ae', ö: 'oe', ü: 'ue', ß: 'ss' };

/** Lower-case ASCII letters and digits joined by hyphens; umlauts spelled out, other accents dropped. */
export const slugify = (text: string): string =>
  text
    .toLowerCase()
    .replace(/[äöüß]/g, (char) => TRANSLITERATIONS[char] ?? char)
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, MAX_SLUG)
    .replace(/-+$/, '');

export const minutesFileName = (
  m: Pick<Minutes, 'title' | 'startedAt' | 'timeZone'>,
  format: MinutesFormat,
): string => {
  const slug = slugify(m.title).replace(new RegExp(`^${PREFIX}(-|$)`), '');
  const suffix = format === 'csv' ? '-actions' : '';
  return `${isoDay(m.startedAt, m.timeZone)}-${PREFIX}${slug === '' ? '' : `-${slug}`}${suffix}.${format}`;
};
