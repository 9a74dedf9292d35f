/**
 * The minutes laid out once, in words, as a sequence of plain blocks (headings, paragraphs,
 * lists, a table). Markdown, HTML and Word render these blocks, each escaping for its own
 * format, so all three say the same thing in the same order.
 *
 * All text in a block is plain user-or-our text: never markup.
 */
import { assertNever } from '../domain/assertNever.js';
import type { Settings } from '../domain/model.js';
import {
  type CalendarParts,
  calendarParts,
  isoDateParts,
  languageTag,
  sameDay,
  timeZoneName,
} from './format.js';
import type {
  Minutes,
  MinutesAction,
  MinutesAdjustment,
  MinutesDiscussedTopic,
  MinutesLocale,
  MinutesReviewAction,
  MinutesRoundLine,
  MinutesTopic,
  MinutesTopicOrigin,
} from './model.js';
import { type MinutesStrings, minutesStrings } from './strings.js';

export interface Span {
  text: string;
  strong?: boolean;
}

export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3 | 4; text: string }
  | { kind: 'paragraph'; spans: Span[] }
  | { kind: 'list'; items: Span[][] }
  | { kind: 'table'; header: string[]; rows: string[][] };

export interface MinutesDocument {
  title: string;
  /** BCP 47 language tag, e.g. de-DE. */
  language: string;
  blocks: Block[];
}

const MINUTE_MS = 60_000;

const LINE_BREAK = /\r\n|\r|\n|\u2028|\u2029/;

/** The lines of a text, whichever line breaks it uses. */
export const textLines = (text: string): string[] => text.split(LINE_BREAK);

/** Words for the minutes' numbers and dates in one language. */
export interface MinutesWording {
  locale: MinutesLocale;
  strings: MinutesStrings;
  duration: (ms: number) => string;
  dueDate: (isoDate: string) => string;
  at: (timestamp: number) => CalendarParts;
  /** The meeting's time zone by its name in this language, as it was at that moment. */
  zone: (timestamp: number) => string;
}

export const minutesWording = (locale: MinutesLocale, timeZone: string): MinutesWording => {
  const strings = minutesStrings(locale);
  return {
    locale,
    strings,
    duration: (ms) => {
      const minutes = Math.round(ms / MINUTE_MS);
      return ms > 0 && minutes === 0 ? strings.underAMinute : strings.duration(minutes);
    },
    dueDate: (isoDate) => {
      const parts = isoDateParts(isoDate, locale);
      return parts ? strings.dueDate(parts) : isoDate;
    },
    at: (timestamp) => calendarParts(timestamp, timeZone, locale),
    zone: (timestamp) => timeZoneName(timestamp, timeZone, locale),
  };
};

const labelled = (label: string, value: string): Span[] => [
  { text: `${label}:`, strong: true },
  { text: ` ${value}` },
];

const meetingFacts = (m: Minutes, w: MinutesWording): Block[] => {
  const s = w.strings;
  const start = w.at(m.startedAt);
  const end = m.endedAt === null ? null : w.at(m.endedAt);
  const endText =
    end === null
      ? null
      : sameDay(start, end)
        ? s.clock(end)
        : `${s.longDate(end)}, ${s.clock(end)}`;
  const facts: Block = {
    kind: 'list',
    items: [
      labelled(s.dateLabel, s.longDate(start)),
      labelled(s.timeLabel, s.timeRange(s.clock(start), endText, w.zone(m.startedAt))),
      labelled(s.facilitationLabel, m.facilitators.join(', ')),
      labelled(s.participantsLabel(m.participants.length), m.participants.join(', ')),
    ],
  };
  if (m.endedAt !== null) return [facts];
  const asOf = w.at(m.asOf);
  return [
    { kind: 'paragraph', spans: [{ text: s.provisional(s.longDate(asOf), s.clock(asOf)) }] },
    facts,
  ];
};

const roundSection = (heading: string, lines: MinutesRoundLine[], w: MinutesWording): Block[] => {
  if (lines.length === 0) return [];
  const items = lines.map((line): Span[] => [
    { text: line.name, strong: true },
    { text: line.mood === null ? ': ' : ` (${w.strings.moods[line.mood]}): ` },
    { text: line.text },
  ]);
  return [
    { kind: 'heading', level: 2, text: heading },
    { kind: 'list', items },
  ];
};

const actionText = (action: MinutesAction, w: MinutesWording): Span[] => {
  const due = action.due === null ? null : w.dueDate(action.due);
  const details = w.strings.actionDetails(action.owner, due);
  return details === ''
    ? [{ text: action.text }]
    : [{ text: action.text }, { text: ` (${details})` }];
};

const itemSections = (topic: MinutesTopic, w: MinutesWording): Block[] => {
  const s = w.strings;
  const section = (heading: string, items: Span[][]): Block[] =>
    items.length === 0
      ? []
      : [
          { kind: 'heading', level: 4, text: heading },
          { kind: 'list', items },
        ];
  return [
    ...section(
      s.notesHeading,
      topic.notes.map((text) => [{ text }]),
    ),
    ...section(
      s.decisionsHeading,
      topic.decisions.map((text) => [{ text }]),
    ),
    ...section(
      s.actionsHeading,
      topic.actions.map((action) => actionText(action, w)),
    ),
  ];
};

const description = (topic: MinutesTopic): Block[] =>
  topic.description.trim() === ''
    ? []
    : [{ kind: 'paragraph', spans: [{ text: topic.description }] }];

const mergedFacts = (topic: MinutesTopic, w: MinutesWording): Span[][] =>
  topic.merged.map((merged) => labelled(w.strings.mergedLabel, merged.title));

const originText = (origin: MinutesTopicOrigin, w: MinutesWording): string =>
  w.strings.backlogOrigin(
    w.strings.dueDate(w.at(origin.proposedAt)),
    origin.proposedByName,
    origin.history.map((entry) =>
      w.strings.dotsIn(
        entry.dots,
        entry.table === null
          ? entry.meetingTitle
          : `${entry.meetingTitle} (${w.strings.tableHeading(entry.table)})`,
      ),
    ),
  );

const originFacts = (topic: MinutesTopic, w: MinutesWording): Span[][] =>
  topic.origin === null ? [] : [labelled(w.strings.backlogLabel, originText(topic.origin, w))];

const discussedTopic = (
  topic: MinutesDiscussedTopic,
  position: number,
  w: MinutesWording,
): Block[] => {
  const s = w.strings;
  const time = s.plannedAndSpent(w.duration(topic.plannedMs), w.duration(topic.spentMs));
  const facts: Span[][] = [
    labelled(s.dotsLabel, s.dots(topic.dots)),
    labelled(s.timeSpentLabel, topic.inProgress ? `${time}${s.separator}${s.inProgress}` : time),
    ...topic.continueVotes.map((vote) =>
      labelled(
        s.continueVoteLabel(vote.afterTimebox),
        s.continueVote(vote, vote.extensionMs === null ? null : w.duration(vote.extensionMs)),
      ),
    ),
    ...mergedFacts(topic, w),
    ...originFacts(topic, w),
  ];
  return [
    { kind: 'heading', level: 3, text: s.topicHeading(position, topic.title) },
    ...description(topic),
    { kind: 'list', items: facts },
    ...itemSections(topic, w),
  ];
};

const noneDiscussed = (w: MinutesWording): Block => ({
  kind: 'paragraph',
  spans: [{ text: w.strings.noneDiscussed }],
});

const discussedTopics = (topics: MinutesDiscussedTopic[], w: MinutesWording): Block[] =>
  topics.length === 0
    ? [noneDiscussed(w)]
    : topics.flatMap((topic, i) => discussedTopic(topic, i + 1, w));

/** With tables, the plenary's own topics get a section only when it discussed any. */
const discussedSection = (m: Minutes, w: MinutesWording): Block[] => {
  if (m.tables.length === 0) {
    return [
      { kind: 'heading', level: 2, text: w.strings.discussedHeading },
      ...discussedTopics(m.discussed, w),
    ];
  }
  if (m.discussed.length === 0) return [];
  return [
    { kind: 'heading', level: 2, text: w.strings.plenaryDiscussedHeading },
    ...discussedTopics(m.discussed, w),
  ];
};

/** A section per table: its host, where it talked, its people and its topics. */
const tableSections = (m: Minutes, w: MinutesWording): Block[] => {
  const s = w.strings;
  return m.tables.flatMap((table): Block[] => [
    { kind: 'heading', level: 2, text: s.tableHeading(table) },
    {
      kind: 'list',
      items: [
        ...(table.host === null ? [] : [labelled(s.hostLabel, table.host)]),
        ...(table.whereWeTalk === '' ? [] : [labelled(s.whereWeTalkLabel, table.whereWeTalk)]),
        labelled(s.participantsLabel(table.people.length), table.people.join(', ')),
      ],
    },
    ...discussedTopics(table.topics, w),
  ]);
};

/** The time calls to the tables, then what each table brought back to the plenary. */
const harvestSection = (m: Minutes, w: MinutesWording): Block[] => {
  if (m.tables.length === 0) return [];
  const s = w.strings;
  const harvested = m.tables.filter((table) => table.harvest.trim() !== '');
  const timeCalls: Block[] =
    m.timeCalls.length === 0
      ? []
      : [
          {
            kind: 'paragraph',
            spans: labelled(
              s.timeCallsLabel,
              m.timeCalls
                .map((call) =>
                  s.timeCall(s.clock(w.at(call.at)), w.duration(call.minutes * MINUTE_MS)),
                )
                .join('; '),
            ),
          },
        ];
  return [
    { kind: 'heading', level: 2, text: s.harvestHeading },
    ...timeCalls,
    harvested.length === 0
      ? { kind: 'paragraph', spans: [{ text: s.noHarvest }] }
      : {
          kind: 'list',
          items: harvested.map((table) => labelled(s.tableHeading(table), table.harvest)),
        },
  ];
};

const undiscussedSection = (m: Minutes, w: MinutesWording): Block[] => {
  if (m.undiscussed.length === 0) return [];
  const s = w.strings;
  const withItems = m.undiscussed.some(
    (t) => t.notes.length + t.decisions.length + t.actions.length > 0,
  );
  const item = (topic: MinutesTopic): Span[] => {
    const details = s.undiscussedDetails(
      s.dots(topic.dots),
      topic.merged.map((t) => t.title),
    );
    const origin =
      topic.origin === null ? '' : `${s.separator}${s.fromBacklog}: ${originText(topic.origin, w)}`;
    const table = topic.table === null ? '' : `${s.tableHeading(topic.table)}${s.separator}`;
    return [{ text: topic.title }, { text: ` (${table}${details}${origin})` }];
  };
  if (!withItems) {
    return [
      { kind: 'heading', level: 2, text: s.notDiscussedHeading },
      { kind: 'list', items: m.undiscussed.map(item) },
    ];
  }
  // Notes may be written on a topic before it is discussed: then each topic gets its own heading.
  return [
    { kind: 'heading', level: 2, text: s.notDiscussedHeading },
    ...m.undiscussed.flatMap((topic): Block[] => [
      { kind: 'heading', level: 3, text: topic.title },
      {
        kind: 'list',
        items: [
          ...(topic.table === null ? [] : [labelled(s.tableLabel, s.tableHeading(topic.table))]),
          labelled(s.dotsLabel, s.dots(topic.dots)),
          ...mergedFacts(topic, w),
          ...originFacts(topic, w),
        ],
      },
      ...itemSections(topic, w),
    ]),
  ];
};

/** Earlier meetings' open actions and what this meeting made of them. */
const reviewSection = (actions: MinutesReviewAction[], w: MinutesWording): Block[] => {
  if (actions.length === 0) return [];
  const s = w.strings;
  return [
    { kind: 'heading', level: 2, text: s.reviewHeading },
    {
      kind: 'table',
      header: [s.actionColumn, s.ownerLabel, s.dueLabel, s.meetingColumn, s.statusColumn],
      rows: actions.map((a) => [
        a.text,
        a.owner ?? '',
        a.due === null ? '' : w.dueDate(a.due),
        a.meetingTitle,
        s.reviewStatus[a.status],
      ]),
    },
  ];
};

const summarySection = (m: Minutes, w: MinutesWording): Block[] =>
  m.summary.trim() === ''
    ? []
    : [
        { kind: 'heading', level: 2, text: w.strings.summaryHeading },
        { kind: 'paragraph', spans: [{ text: m.summary }] },
      ];

const actionOverview = (m: Minutes, w: MinutesWording): Block[] => {
  if (m.actions.length === 0) return [];
  const s = w.strings;
  const withTables = m.tables.length > 0;
  return [
    { kind: 'heading', level: 2, text: s.actionOverviewHeading },
    {
      kind: 'table',
      header: [
        s.topicColumn,
        ...(withTables ? [s.tableLabel] : []),
        s.actionColumn,
        s.ownerLabel,
        s.dueLabel,
      ],
      rows: m.actions.map((a) => [
        a.topic,
        ...(withTables ? [a.table === null ? '' : s.tableHeading(a.table)] : []),
        a.text,
        a.owner ?? '',
        a.due === null ? '' : w.dueDate(a.due),
      ]),
    },
  ];
};

const LANGUAGE_NAMES: Record<MinutesLocale, string> = { de: 'Deutsch', en: 'English' };

const settingValue = (key: keyof Settings, value: Settings[keyof Settings], w: MinutesWording) => {
  if (key === 'locale') return LANGUAGE_NAMES[value as MinutesLocale];
  if (typeof value === 'boolean') return w.strings.onOff(value);
  if (value === null || (Array.isArray(value) && value.length === 0)) return w.strings.noValue;
  if (Array.isArray(value)) return value.join(', ');
  return String(value).replaceAll('_', ' ');
};

const adjustmentText = (adjustment: MinutesAdjustment, w: MinutesWording): string => {
  if (adjustment.kind === 'dotsReset') return w.strings.dotsReset;
  return adjustment.changes
    .map(({ key, from, to }) =>
      w.strings.settingChange(
        w.strings.settingLabels[key],
        settingValue(key, from, w),
        settingValue(key, to, w),
      ),
    )
    .join('; ');
};

/** Settings changed and dots reset once the meeting had begun, each at its time. */
const adjustmentsSection = (m: Minutes, w: MinutesWording): Block[] =>
  m.adjustments.length === 0
    ? []
    : [
        { kind: 'heading', level: 2, text: w.strings.adjustmentsHeading },
        {
          kind: 'list',
          items: m.adjustments.map((adjustment) => [
            { text: `${w.strings.clock(w.at(adjustment.at))} `, strong: true },
            { text: adjustmentText(adjustment, w) },
          ]),
        },
      ];

/** The minutes as blocks, in the meeting's language unless another is asked for. */
export const minutesDocument = (m: Minutes, locale: MinutesLocale = m.locale): MinutesDocument => {
  const w = minutesWording(locale, m.timeZone);
  const title = w.strings.documentTitle(m.title);
  return {
    title,
    language: languageTag(locale),
    blocks: [
      { kind: 'heading', level: 1, text: title },
      ...meetingFacts(m, w),
      ...roundSection(w.strings.checkinHeading, m.checkin, w),
      ...reviewSection(m.reviewActions, w),
      ...tableSections(m, w),
      ...harvestSection(m, w),
      ...discussedSection(m, w),
      ...undiscussedSection(m, w),
      ...roundSection(w.strings.closingHeading, m.closing, w),
      ...summarySection(m, w),
      ...actionOverview(m, w),
      ...adjustmentsSection(m, w),
    ],
  };
};

/** Every piece of text in a block, for renderers and tests that need it flat. */
export const blockText = (block: Block): string[] => {
  switch (block.kind) {
    case 'heading':
      return [block.text];
    case 'paragraph':
      return block.spans.map((span) => span.text);
    case 'list':
      return block.items.flatMap((spans) => spans.map((span) => span.text));
    case 'table':
      return [...block.header, ...block.rows.flat()];
    default:
      return assertNever(block);
  }
};
