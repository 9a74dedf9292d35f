/**
 * What people read on a community's screens and in a community's meeting, in the two languages,
 * written out by hand like words.ts: the test checks what a person sees, not the app's catalogues.
 */
import type { Language } from './words.js';

/** A title as it stands inside a regular expression. */
const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

const plural = (count: number, one: string, other: string) => (count === 1 ? one : other);

export const COMMUNITY_WORDS = {
  en: {
    joinCommunity: 'Join the community',
    you: '(you)',
    upcoming: 'Next meetings',
    openMeeting: 'Open meeting',
    facilitatedBy: (name: string) => `facilitated by ${name}`,
    backlog: (count: number) => `Backlog (${count} ${plural(count, 'topic', 'topics')})`,
    /**
     * "proposed 3 Nov by Anna · 1 dot in Lean Coffee #1", whatever the day (or "Nov 3": the app
     * formats dates for 'en', not for the browser's en-GB).
     */
    history: (name: string, dots: number, meeting: string) =>
      new RegExp(
        `^proposed (\\d{1,2} \\S+|\\S+ \\d{1,2}) by ${name} · ${dots} ${plural(dots, 'dot', 'dots')} in ${literally(meeting)}$`,
      ),
    openActions: (count: number) => `Open actions (${count})`,
    ownerIs: (name: string) => `Owner: ${name}`,
    archive: 'Archive',
    discussed: 'Discussed',
    readMinutes: 'Read minutes',
    search: 'Search',
    searchLabel: 'Search the backlog and minutes',
    searchSubmit: 'Search',
    hits: (count: number, query: string) =>
      `${count} ${plural(count, 'result', 'results')} for ‘${query}’`,
    hitMinutes: 'Minutes',
    hitBacklog: 'Backlog',
    partOf: (name: string) => `Part of ${name}`,
    facilitator: 'Your role: Facilitator',
    participant: 'Your role: Participant',
    review: 'Open actions from earlier meetings',
    reviewDone: 'Done',
    statusDone: 'done',
    statusOpen: 'not reviewed',
    fromBacklog: 'from the backlog',
    readingAsMember: 'You are reading these minutes as part of the community.',
  },
  de: {
    joinCommunity: 'Beitreten',
    you: '(Sie)',
    upcoming: 'Nächste Treffen',
    openMeeting: 'Treffen öffnen',
    facilitatedBy: (name: string) => `moderiert von ${name}`,
    backlog: (count: number) => `Themenspeicher (${count} ${plural(count, 'Thema', 'Themen')})`,
    history: (name: string, dots: number, meeting: string) =>
      new RegExp(
        `^vorgeschlagen am \\d{1,2}\\. \\S+ von ${name} · ${dots} ${plural(dots, 'Punkt', 'Punkte')} in ${literally(meeting)}$`,
      ),
    openActions: (count: number) => `Offene Aufgaben (${count})`,
    ownerIs: (name: string) => `Verantwortlich: ${name}`,
    archive: 'Archiv',
    discussed: 'Besprochen',
    readMinutes: 'Protokoll lesen',
    search: 'Suche',
    searchLabel: 'Themenspeicher und Protokolle durchsuchen',
    searchSubmit: 'Suchen',
    hits: (count: number, query: string) => `${count} Treffer für ‚${query}‘`,
    hitMinutes: 'Protokoll',
    hitBacklog: 'Themenspeicher',
    partOf: (name: string) => `Teil von ${name}`,
    facilitator: 'Ihre Rolle: Moderation',
    participant: 'Ihre Rolle: Teilnehmer*in',
    review: 'Offene Aufgaben aus früheren Treffen',
    reviewDone: 'Erledigt',
    statusDone: 'erledigt',
    statusOpen: 'nicht besprochen',
    fromBacklog: 'aus dem Themenspeicher',
    readingAsMember: 'Sie lesen dieses Protokoll als Teil der Community.',
  },
} as const satisfies Record<Language, unknown>;

export type CommunityWords = (typeof COMMUNITY_WORDS)[Language];
