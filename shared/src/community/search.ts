/**
 * Text search over a community's backlog and the minutes of its past meetings: every word of the
 * query must occur, ignoring case and accents ("munchen" finds "München", "gruss" finds "Gruß").
 */
import type { BacklogTopic, ScheduledMeeting } from './model.js';

export type SearchHit =
  | { kind: 'backlog'; topicId: string; title: string; snippet: string }
  | {
      kind: 'minutes';
      meetingId: string;
      meetingTitle: string;
      /** ISO 8601 with offset. */
      startsAt: string;
      snippet: string;
    };

export interface SearchCorpus {
  backlog: readonly BacklogTopic[];
  /** Past meetings with their minutes as plain text (Markdown). */
  meetings: readonly { meeting: ScheduledMeeting; minutesText: string }[];
}

export const SEARCH_LIMIT = 50;
export const SNIPPET_LENGTH = 160;
/** How much of the text before the match the snippet shows. */
const LEAD = 40;

/** One character compared without case and accents (ß as ss). */
const fold = (char: string): string =>
  char === 'ß' || char === 'ẞ' ? 'ss' : char.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase();

/** The folded text, and for each of its positions the position in the original it came from. */
const folded = (text: string): { text: string; origin: number[] } => {
  let out = '';
  const origin: number[] = [];
  let index = 0;
  for (const char of text) {
    const f = fold(char);
    out += f;
    for (let i = 0; i < f.length; i += 1) origin.push(index);
    index += char.length;
  }
  return { text: out, origin };
};

export const searchWords = (query: string): string[] =>
  folded(query)
    .text.split(/\s+/)
    .filter((word) => word !== '');

/** Up to SNIPPET_LENGTH characters around the position, with … where text was cut. */
const snippetAt = (text: string, position: number): string => {
  const start = Math.max(0, Math.min(position - LEAD, text.length - SNIPPET_LENGTH));
  const cutStart = start > 0;
  const room = SNIPPET_LENGTH - (cutStart ? 1 : 0);
  const cutEnd = start + room < text.length;
  const body = text.slice(start, start + room - (cutEnd ? 1 : 0)).trim();
  return `${cutStart ? '…' : ''}${body}${cutEnd ? '…' : ''}`;
};

/** Where the earliest word occurs in the text, or null unless every word does. */
const firstMatch = (text: string, words: readonly string[]): number | null => {
  const { text: haystack, origin } = folded(text);
  let first = Number.POSITIVE_INFINITY;
  for (const word of words) {
    const at = haystack.indexOf(word);
    if (at === -1) return null;
    first = Math.min(first, origin[at] ?? 0);
  }
  return first;
};

const oneLine = (text: string): string => text.replace(/\s+/g, ' ').trim();

export const searchCommunity = (query: string, corpus: SearchCorpus): SearchHit[] => {
  const words = searchWords(query);
  if (words.length === 0) return [];
  const hits: SearchHit[] = [];
  for (const topic of corpus.backlog) {
    const text = oneLine(`${topic.title} ${topic.description}`);
    const at = firstMatch(text, words);
    if (at !== null) {
      hits.push({
        kind: 'backlog',
        topicId: topic.id,
        title: topic.title,
        snippet: snippetAt(text, at),
      });
    }
  }
  const latestFirst = [...corpus.meetings]
    .filter(({ meeting }) => !meeting.deleted)
    .sort((a, b) => Date.parse(b.meeting.startsAt) - Date.parse(a.meeting.startsAt));
  for (const { meeting, minutesText } of latestFirst) {
    const text = oneLine(minutesText);
    const at = firstMatch(text, words);
    if (at !== null) {
      hits.push({
        kind: 'minutes',
        meetingId: meeting.meetingId,
        meetingTitle: meeting.title,
        startsAt: meeting.startsAt,
        snippet: snippetAt(text, at),
      });
    }
  }
  return hits.slice(0, SEARCH_LIMIT);
};
