/**
 * Every word of the minutes, in German and English. The type makes both languages complete;
 * plurals and word order are functions so each language says it its own way.
 */
import type { Mood, ReviewStatus, Settings } from '../domain/model.js';
import { tableLabel } from '../domain/tables.js';
import type { ContinueVoteRecord } from './discussionHistory.js';
import type { CalendarParts } from './format.js';
import type { MinutesLocale } from './model.js';
import type { MinutesTableName } from './tablesModel.js';

export interface MinutesStrings {
  documentTitle: (title: string) => string;
  /** The meeting's day, e.g. "Monday, 23 November 2026". */
  longDate: (date: CalendarParts) => string;
  clock: (time: CalendarParts) => string;
  /** A due date. */
  dueDate: (date: CalendarParts) => string;
  timeRange: (start: string, end: string | null, timeZone: string) => string;
  provisional: (date: string, time: string) => string;
  dateLabel: string;
  timeLabel: string;
  facilitationLabel: string;
  participantsLabel: (count: number) => string;
  checkinHeading: string;
  closingHeading: string;
  moods: Record<Mood, string>;
  discussedHeading: string;
  /** With tables: the topics the plenary discussed itself. */
  plenaryDiscussedHeading: string;
  /** A table by its number, e.g. "Table 1". */
  tableHeading: (table: MinutesTableName) => string;
  tableLabel: string;
  hostLabel: string;
  whereWeTalkLabel: string;
  harvestHeading: string;
  noHarvest: string;
  timeCallsLabel: string;
  /** A time call to every table: when, and how long was left. */
  timeCall: (time: string, left: string) => string;
  noneDiscussed: string;
  notDiscussedHeading: string;
  topicHeading: (position: number, title: string) => string;
  dotsLabel: string;
  dots: (count: number | null) => string;
  timeSpentLabel: string;
  plannedAndSpent: (planned: string, spent: string) => string;
  inProgress: string;
  duration: (minutes: number) => string;
  underAMinute: string;
  continueVoteLabel: (afterTimebox: number) => string;
  continueVote: (vote: ContinueVoteRecord, extension: string | null) => string;
  mergedLabel: string;
  /** Dots of an undiscussed topic, with the titles of topics merged into it. */
  undiscussedDetails: (dots: string, merged: string[]) => string;
  notesHeading: string;
  decisionsHeading: string;
  actionsHeading: string;
  ownerLabel: string;
  dueLabel: string;
  /** Owner and due date of an action item after its text, when there are any. */
  actionDetails: (owner: string | null, due: string | null) => string;
  summaryHeading: string;
  actionOverviewHeading: string;
  topicColumn: string;
  actionColumn: string;
  separator: string;
  reviewHeading: string;
  meetingColumn: string;
  statusColumn: string;
  reviewStatus: Record<ReviewStatus, string>;
  backlogLabel: string;
  /** The same inside a sentence. */
  fromBacklog: string;
  /** Where a topic from the backlog came from: date, author, and its dots in earlier meetings. */
  backlogOrigin: (date: string, name: string | null, earlier: string[]) => string;
  /** Dots in an earlier meeting; null when its votes stayed hidden. */
  dotsIn: (count: number | null, meetingTitle: string) => string;
  adjustmentsHeading: string;
  settingLabels: Record<keyof Settings, string>;
  /** A yes/no setting's value. */
  onOff: (on: boolean) => string;
  /** An empty setting (no per-person time, no extensions). */
  noValue: string;
  settingChange: (label: string, from: string, to: string) => string;
  dotsReset: string;
}

const hoursAndMinutes = (minutes: number, hour: string, minute: string): string => {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m} ${minute}`;
  return m === 0 ? `${h} ${hour}` : `${h} ${hour} ${m} ${minute}`;
};

const tallyText = (
  { up, sideways, down }: ContinueVoteRecord['tally'],
  words: [string, string, string],
): string => `${up} × ${words[0]}, ${sideways} × ${words[1]}, ${down} × ${words[2]}`;

const en: MinutesStrings = {
  documentTitle: (title) => `Minutes: ${title}`,
  longDate: (d) => `${d.weekday}, ${d.day} ${d.month} ${d.year}`,
  clock: (t) => `${t.hour}:${t.minute}`,
  dueDate: (d) => `${d.day} ${d.month} ${d.year}`,
  timeRange: (start, end, timeZone) =>
    end === null ? `from ${start} (${timeZone})` : `${start}–${end} (${timeZone})`,
  provisional: (date, time) =>
    `Provisional minutes: the meeting was still running on ${date} at ${time}.`,
  dateLabel: 'Date',
  timeLabel: 'Time',
  facilitationLabel: 'Facilitation',
  participantsLabel: (count) => `Participants (${count})`,
  checkinHeading: 'Check-in',
  closingHeading: 'Closing round',
  moods: {
    sunny: 'sunny',
    partly: 'partly sunny',
    cloudy: 'cloudy',
    rainy: 'rainy',
    stormy: 'stormy',
  },
  discussedHeading: 'Topics discussed',
  plenaryDiscussedHeading: 'Topics discussed in the plenary',
  tableHeading: (table) => tableLabel(table, (name) => `Table ${name}`),
  tableLabel: 'Table',
  hostLabel: 'Host',
  whereWeTalkLabel: 'Where we talk',
  harvestHeading: 'Harvest',
  noHarvest: 'No table brought back takeaways.',
  timeCallsLabel: 'Time calls to the tables',
  timeCall: (time, left) => `${time}, ${left} left`,
  noneDiscussed: 'No topic was discussed.',
  notDiscussedHeading: 'Topics not discussed',
  topicHeading: (position, title) => `${position}. ${title}`,
  dotsLabel: 'Dots',
  dots: (count) => (count === null ? 'hidden' : `${count} ${count === 1 ? 'dot' : 'dots'}`),
  timeSpentLabel: 'Time',
  plannedAndSpent: (planned, spent) => `${planned} planned, ${spent} spent`,
  inProgress: 'still under discussion',
  duration: (minutes) => hoursAndMinutes(minutes, 'h', 'min'),
  underAMinute: '< 1 min',
  continueVoteLabel: (n) => `Vote after timebox ${n}`,
  continueVote: (vote, extension) => {
    const outcome =
      vote.outcome === 'continue'
        ? `continued${extension === null ? '' : ` for ${extension}`}`
        : 'closed';
    const by = vote.overridden ? ' (facilitator’s decision)' : '';
    return `${tallyText(vote.tally, ['thumbs up', 'sideways', 'thumbs down'])} → ${outcome}${by}`;
  },
  mergedLabel: 'Merged into this topic',
  undiscussedDetails: (dots, merged) =>
    merged.length === 0 ? dots : `${dots}; merged into it: ${merged.join('; ')}`,
  notesHeading: 'Notes',
  decisionsHeading: 'Decisions',
  actionsHeading: 'Action items',
  ownerLabel: 'Owner',
  dueLabel: 'Due',
  actionDetails: (owner, due) =>
    [owner === null ? null : `owner: ${owner}`, due === null ? null : `due ${due}`]
      .filter((part) => part !== null)
      .join(', '),
  summaryHeading: 'Summary',
  actionOverviewHeading: 'All action items',
  topicColumn: 'Topic',
  actionColumn: 'Action item',
  separator: ' · ',
  reviewHeading: 'Open actions from earlier meetings',
  meetingColumn: 'From',
  statusColumn: 'Status',
  reviewStatus: { open: 'not reviewed', done: 'done', carried: 'carried on' },
  backlogLabel: 'From the backlog',
  fromBacklog: 'from the backlog',
  backlogOrigin: (date, name, earlier) =>
    [`proposed ${date}${name === null ? '' : ` by ${name}`}`, ...earlier].join(', '),
  dotsIn: (count, meetingTitle) =>
    count === null
      ? `dots hidden in ${meetingTitle}`
      : `${count} ${count === 1 ? 'dot' : 'dots'} in ${meetingTitle}`,
  adjustmentsHeading: 'Changes during the meeting',
  settingLabels: {
    dotsPerPerson: 'Dots per person',
    maxDotsPerTopic: 'Most dots one person may put on one topic',
    hiddenVotes: 'Hide votes until revealed',
    anonymousTopics: 'Anonymous topics',
    timeboxMinutes: 'Minutes per topic',
    extensionMinutes: 'Extensions in minutes',
    checkinSecondsPerPerson: 'Seconds per person in the check-in round',
    openNotes: 'Everyone may write notes',
    timeZone: 'Time zone of the minutes',
    locale: 'Language of the minutes',
    preVoting: 'Allow voting before the meeting',
  },
  onOff: (on) => (on ? 'on' : 'off'),
  noValue: 'none',
  settingChange: (label, from, to) => `${label}: ${from} → ${to}`,
  dotsReset: 'All dots were taken back and the vote began again.',
};

const de: MinutesStrings = {
  documentTitle: (title) => `Protokoll: ${title}`,
  longDate: (d) => `${d.weekday}, ${d.day}. ${d.month} ${d.year}`,
  clock: (t) => `${t.hour}:${t.minute}`,
  dueDate: (d) => `${d.day.padStart(2, '0')}.${d.monthNumber}.${d.year}`,
  timeRange: (start, end, timeZone) =>
    end === null ? `ab ${start} Uhr (${timeZone})` : `${start}–${end} Uhr (${timeZone})`,
  provisional: (date, time) =>
    `Vorläufiges Protokoll: Die Besprechung lief am ${date} um ${time} Uhr noch.`,
  dateLabel: 'Datum',
  timeLabel: 'Uhrzeit',
  facilitationLabel: 'Moderation',
  participantsLabel: (count) => `Teilnehmende (${count})`,
  checkinHeading: 'Check-in',
  closingHeading: 'Abschlussrunde',
  moods: {
    sunny: 'sonnig',
    partly: 'heiter',
    cloudy: 'bewölkt',
    rainy: 'regnerisch',
    stormy: 'stürmisch',
  },
  discussedHeading: 'Besprochene Themen',
  plenaryDiscussedHeading: 'Im Plenum besprochene Themen',
  tableHeading: (table) => tableLabel(table, (name) => `Tisch ${name}`),
  tableLabel: 'Tisch',
  hostLabel: 'Gastgeber·in',
  whereWeTalkLabel: 'Wo wir sprechen',
  harvestHeading: 'Ernte',
  noHarvest: 'Kein Tisch hat Erkenntnisse mitgebracht.',
  timeCallsLabel: 'Zeitansagen an die Tische',
  timeCall: (time, left) => `${time} Uhr, noch ${left}`,
  noneDiscussed: 'Es wurde kein Thema besprochen.',
  notDiscussedHeading: 'Nicht besprochene Themen',
  topicHeading: (position, title) => `${position}. ${title}`,
  dotsLabel: 'Punkte',
  dots: (count) => (count === null ? 'verdeckt' : `${count} ${count === 1 ? 'Punkt' : 'Punkte'}`),
  timeSpentLabel: 'Zeit',
  plannedAndSpent: (planned, spent) => `${planned} geplant, ${spent} gebraucht`,
  inProgress: 'wird noch besprochen',
  duration: (minutes) => hoursAndMinutes(minutes, 'Std.', 'Min.'),
  underAMinute: '< 1 Min.',
  continueVoteLabel: (n) => `Abstimmung nach Zeitfenster ${n}`,
  continueVote: (vote, extension) => {
    const outcome =
      vote.outcome === 'continue'
        ? `verlängert${extension === null ? '' : ` um ${extension}`}`
        : 'abgeschlossen';
    const by = vote.overridden ? ' (Entscheidung der Moderation)' : '';
    return `${tallyText(vote.tally, ['Daumen hoch', 'Daumen seitlich', 'Daumen runter'])} → ${outcome}${by}`;
  },
  mergedLabel: 'Hierin zusammengeführt',
  undiscussedDetails: (dots, merged) =>
    merged.length === 0 ? dots : `${dots}; hierin zusammengeführt: ${merged.join('; ')}`,
  notesHeading: 'Notizen',
  decisionsHeading: 'Entscheidungen',
  actionsHeading: 'Aufgaben',
  ownerLabel: 'Verantwortlich',
  dueLabel: 'Fällig',
  actionDetails: (owner, due) =>
    [owner === null ? null : `verantwortlich: ${owner}`, due === null ? null : `fällig am ${due}`]
      .filter((part) => part !== null)
      .join(', '),
  summaryHeading: 'Zusammenfassung',
  actionOverviewHeading: 'Alle Aufgaben',
  topicColumn: 'Thema',
  actionColumn: 'Aufgabe',
  separator: ' · ',
  reviewHeading: 'Offene Aufgaben aus früheren Treffen',
  meetingColumn: 'Aus',
  statusColumn: 'Stand',
  reviewStatus: { open: 'nicht besprochen', done: 'erledigt', carried: 'weitergeführt' },
  backlogLabel: 'Aus dem Themenspeicher',
  fromBacklog: 'aus dem Themenspeicher',
  backlogOrigin: (date, name, earlier) =>
    [`vorgeschlagen am ${date}${name === null ? '' : ` von ${name}`}`, ...earlier].join(', '),
  dotsIn: (count, meetingTitle) =>
    count === null
      ? `Punkte verdeckt in ${meetingTitle}`
      : `${count} ${count === 1 ? 'Punkt' : 'Punkte'} in ${meetingTitle}`,
  adjustmentsHeading: 'Änderungen während des Treffens',
  settingLabels: {
    dotsPerPerson: 'Punkte pro Person',
    maxDotsPerTopic: 'Höchstens Punkte einer Person auf einem Thema',
    hiddenVotes: 'Stimmen verdeckt bis zur Aufdeckung',
    anonymousTopics: 'Anonyme Themen',
    timeboxMinutes: 'Minuten pro Thema',
    extensionMinutes: 'Verlängerungen in Minuten',
    checkinSecondsPerPerson: 'Sekunden pro Person in der Check-in-Runde',
    openNotes: 'Alle dürfen Notizen schreiben',
    timeZone: 'Zeitzone des Protokolls',
    locale: 'Sprache des Protokolls',
    preVoting: 'Abstimmen schon vor dem Treffen erlauben',
  },
  onOff: (on) => (on ? 'ein' : 'aus'),
  noValue: 'keine',
  settingChange: (label, from, to) => `${label}: ${from} → ${to}`,
  dotsReset: 'Alle Punkte wurden zurückgenommen und die Abstimmung begann neu.',
};

export const MINUTES_STRINGS: Record<MinutesLocale, MinutesStrings> = { de, en };

export const minutesStrings = (locale: MinutesLocale): MinutesStrings => MINUTES_STRINGS[locale];
