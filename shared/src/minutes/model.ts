/**
 * The minutes of a meeting, derived from its event log alone. Language-neutral data (times as
 * epoch milliseconds, durations in milliseconds); the renderers put it into words.
 *
 * The minutes are for readers after the fact: they show dot totals per topic, never who placed
 * which dot, and leave out check-in lines their authors marked private.
 */

import { dotEntries } from '../domain/dotsMap.js';
import type { MeetingEvent } from '../domain/events.js';
import { replay } from '../domain/evolve.js';
import {
  type Item,
  type MeetingState,
  type Mood,
  type ParticipantId,
  Phase,
  type ReviewStatus,
  Role,
  type RoundKind,
  type Settings,
  type TableId,
  type Topic,
  type TopicId,
  TopicStatus,
} from '../domain/model.js';
import { Audience, showsDotTotals, showsRoundLine } from '../domain/privacy.js';
import { lookup } from '../domain/records.js';
import { changedSettings } from '../domain/settingsRules.js';
import { type ContinueVoteRecord, discussionHistory } from './discussionHistory.js';
import { readableText as text } from './readableText.js';
import {
  historyTableName,
  type MinutesTableFacts,
  type MinutesTableName,
  type MinutesTimeCall,
  tableFacts,
  tableNames,
  timeCalls,
} from './tablesModel.js';

export type MinutesLocale = Settings['locale'];

export interface MinutesRoundLine {
  name: string;
  text: string;
  mood: Mood | null;
}

export interface MinutesAction {
  text: string;
  owner: string | null;
  /** ISO date (YYYY-MM-DD). */
  due: string | null;
}

export interface MinutesMergedTopic {
  title: string;
  description: string;
}

export interface MinutesTopic {
  id: TopicId;
  title: string;
  description: string;
  /** Total dots; null while the meeting's votes are hidden and not yet revealed. */
  dots: number | null;
  /** Topics merged into this one (also through other merged topics). */
  merged: MinutesMergedTopic[];
  notes: string[];
  decisions: string[];
  actions: MinutesAction[];
  /** Set for a topic pulled from the community's backlog. */
  origin: MinutesTopicOrigin | null;
  /** The table it belonged to; null = the plenary's or the shared list's. */
  table: MinutesTableName | null;
}

/** Where a topic from the backlog came from: who proposed it when, and its earlier meetings. */
export interface MinutesTopicOrigin {
  proposedAt: number;
  proposedByName: string | null;
  /** `table`: the name of the table it was at in that meeting, if it split into tables. */
  history: { meetingTitle: string; dots: number | null; table: MinutesTableName | null }[];
}

/** An earlier meeting's open action as this meeting reviewed it. */
export interface MinutesReviewAction extends MinutesAction {
  meetingTitle: string;
  status: ReviewStatus;
}

export interface MinutesDiscussedTopic extends MinutesTopic {
  /** Still under discussion when the minutes were made. */
  inProgress: boolean;
  plannedMs: number;
  spentMs: number;
  continueVotes: ContinueVoteRecord[];
}

/** An action item with the title of its topic (and its table), for the overview and the CSV. */
export interface MinutesActionRow extends MinutesAction {
  topic: string;
  table: MinutesTableName | null;
}

export type { MinutesTableFacts, MinutesTableName, MinutesTimeCall };

/** One of the parallel tables: its people, what it discussed and what it brought back. */
export interface MinutesTable extends MinutesTableFacts {
  /** The topics discussed there, in the order they were first started. */
  topics: MinutesDiscussedTopic[];
}

export interface Minutes {
  meetingId: string;
  title: string;
  locale: MinutesLocale;
  timeZone: string;
  createdAt: number;
  /** When the meeting left the lobby (its creation, if it never did). */
  startedAt: number;
  endedAt: number | null;
  /** The moment the minutes describe: the end, or the time of export of a running meeting. */
  asOf: number;
  facilitators: string[];
  /** Everyone who joined, in join order. */
  participants: string[];
  checkin: MinutesRoundLine[];
  closing: MinutesRoundLine[];
  /** In the order they were discussed; with tables, those the plenary discussed itself. */
  discussed: MinutesDiscussedTopic[];
  /** The parallel tables, in order; empty when the meeting never split. */
  tables: MinutesTable[];
  timeCalls: MinutesTimeCall[];
  /** Open topics at the end, in queue order. */
  undiscussed: MinutesTopic[];
  summary: string;
  actions: MinutesActionRow[];
  /** Open actions of the community's earlier meetings, in the order they were brought in. */
  reviewActions: MinutesReviewAction[];
  adjustments: MinutesAdjustment[];
}

export interface MinutesSettingChange {
  key: keyof Settings;
  from: Settings[keyof Settings];
  to: Settings[keyof Settings];
}

/** How the facilitator adapted the meeting once it had begun (its setup in the lobby is not news). */
export type MinutesAdjustment =
  | { at: number; kind: 'settings'; changes: MinutesSettingChange[] }
  | { at: number; kind: 'dotsReset' };

/** Every topic discussed: the plenary's own, then each table's. */
export const everyDiscussed = (
  m: Pick<Minutes, 'discussed' | 'tables'>,
): MinutesDiscussedTopic[] => [...m.discussed, ...m.tables.flatMap((table) => table.topics)];

export interface MinutesOptions {
  /** The time of export, for a meeting still running; defaults to the last event's time. */
  now?: number;
}

const byTime =
  <T>(time: (value: T) => number) =>
  (a: T, b: T) =>
    time(a) - time(b);

const nameOf = (state: MeetingState, id: ParticipantId): string =>
  text(lookup(state.participants, id)?.name ?? '?');

/** Everyone who held the facilitator or co-facilitator role at some point, in that order. */
const facilitatorIds = (events: readonly MeetingEvent[]): ParticipantId[] => {
  const ids = new Set<ParticipantId>();
  const facilitating = (role: Role) => role === Role.Facilitator || role === Role.Cofacilitator;
  for (const event of events) {
    if (event.type === 'participant:joined' && facilitating(event.role))
      ids.add(event.participantId);
    if (event.type === 'role:changed' && facilitating(event.role)) ids.add(event.participantId);
    if (event.type === 'facilitation:handedOver') {
      if (event.from !== null) ids.add(event.from);
      ids.add(event.to);
    }
  }
  return [...ids];
};

const startedAt = (events: readonly MeetingEvent[], state: MeetingState): number =>
  events.find((e) => e.type === 'phase:changed' && e.from === Phase.Lobby)?.at ?? state.createdAt;

const roundLines = (state: MeetingState, round: RoundKind): MinutesRoundLine[] =>
  Object.values(state.rounds[round])
    .filter((line) => showsRoundLine(line, Audience.Record))
    .sort(byTime((line) => line.postedAt))
    .map((line) => ({
      name: nameOf(state, line.participantId),
      text: text(line.text),
      mood: line.mood,
    }));

/** Where a merged topic ended up, following merges of merges. */
const finalTopicId = (state: MeetingState, topic: Topic): TopicId => {
  const seen = new Set<TopicId>();
  let current = topic;
  while (current.mergedInto !== null && !seen.has(current.id)) {
    seen.add(current.id);
    const target = lookup(state.topics, current.mergedInto);
    if (!target) break;
    current = target;
  }
  return current.id;
};

const dotTotals = (state: MeetingState): Map<TopicId, number> => {
  const totals = new Map<TopicId, number>();
  for (const [, perTopic] of dotEntries(state.dots)) {
    for (const [topicId, n] of Object.entries(perTopic)) {
      totals.set(topicId, (totals.get(topicId) ?? 0) + n);
    }
  }
  return totals;
};

const groupBy = <T>(values: readonly T[], key: (value: T) => TopicId): Map<TopicId, T[]> => {
  const groups = new Map<TopicId, T[]>();
  for (const value of values) {
    const group = groups.get(key(value));
    if (group) group.push(value);
    else groups.set(key(value), [value]);
  }
  return groups;
};

/** Builds the entry of one topic, with what was merged into it and its items. */
const topicEntries = (state: MeetingState) => {
  const tables = tableNames(state);
  const topics = Object.values(state.topics).sort(byTime((t) => t.proposedAt));
  const finalOf = new Map(topics.map((t) => [t.id, finalTopicId(state, t)]));
  const merged = groupBy(
    topics.filter((t) => t.status === TopicStatus.Merged),
    (t) => finalOf.get(t.id) ?? t.id,
  );
  const items = groupBy(
    Object.values(state.items).sort(byTime((item) => item.createdAt)),
    (item) => finalOf.get(item.topicId) ?? item.topicId,
  );
  const dots = dotTotals(state);
  const dotsVisible = showsDotTotals(state);
  const ofKind = (topicId: TopicId, kind: Item['kind']) =>
    (items.get(topicId) ?? []).filter((item) => item.kind === kind);

  return (topic: Topic): MinutesTopic => ({
    id: topic.id,
    title: text(topic.title),
    description: text(topic.description),
    dots: dotsVisible ? (dots.get(topic.id) ?? 0) : null,
    merged: (merged.get(topic.id) ?? []).map((t) => ({
      title: text(t.title),
      description: text(t.description),
    })),
    notes: ofKind(topic.id, 'note').map((item) => text(item.text)),
    decisions: ofKind(topic.id, 'decision').map((item) => text(item.text)),
    actions: ofKind(topic.id, 'action').map(actionOf),
    origin: topic.origin && {
      proposedAt: topic.origin.proposedAt,
      proposedByName:
        topic.origin.proposedByName === null ? null : text(topic.origin.proposedByName),
      history: topic.origin.history.map((entry) => ({
        meetingTitle: text(entry.meetingTitle),
        dots: entry.dots,
        table: historyTableName(entry),
      })),
    },
    table: topic.tableId === null ? null : (tables.get(topic.tableId) ?? null),
  });
};

const actionOf = (item: Pick<Item, 'text' | 'owner' | 'due'>): MinutesAction => ({
  text: text(item.text),
  owner: item.owner === null ? null : text(item.owner),
  due: item.due === null ? null : text(item.due),
});

const reviewActions = (state: MeetingState): MinutesReviewAction[] =>
  state.reviewOrder.flatMap((id) => {
    const reviewed = lookup(state.reviewActions, id);
    if (!reviewed) return [];
    const { action, status } = reviewed;
    return [{ ...actionOf(action), meetingTitle: text(action.meetingTitle), status }];
  });

const adjustments = (events: readonly MeetingEvent[]): MinutesAdjustment[] => {
  const found: MinutesAdjustment[] = [];
  let settings: Settings | null = null;
  let begun = false;
  for (const event of events) {
    if (event.type === 'meeting:created') settings = event.settings;
    if (event.type === 'phase:changed' && event.from === Phase.Lobby) begun = true;
    if (event.type === 'vote:reset' && begun) found.push({ at: event.at, kind: 'dotsReset' });
    if (event.type !== 'settings:changed') continue;
    const before = settings;
    settings = event.settings;
    if (!begun || before === null) continue;
    const changes = changedSettings(before, event.settings).map((key) => ({
      key,
      from: before[key],
      to: event.settings[key],
    }));
    if (changes.length > 0) found.push({ at: event.at, kind: 'settings', changes });
  }
  return found;
};

const queueOrder = (state: MeetingState) => {
  const position = (topic: Topic) => {
    const index = state.queue.indexOf(topic.id);
    return index === -1 ? Number.MAX_SAFE_INTEGER : index;
  };
  return (a: Topic, b: Topic) => position(a) - position(b) || a.proposedAt - b.proposedAt;
};

/** The minutes of the meeting whose log this is. Pure: the same events give the same minutes. */
export const minutes = (events: readonly MeetingEvent[], options: MinutesOptions = {}): Minutes => {
  const state = replay('', events);
  const lastAt = events.at(-1)?.at ?? state.createdAt;
  const asOf = state.endedAt ?? Math.max(lastAt, options.now ?? lastAt);
  const entry = topicEntries(state);

  const history = discussionHistory(events, asOf);
  const discussedAt = (tableId: TableId | null): MinutesDiscussedTopic[] =>
    history.flatMap((record) => {
      const topic = lookup(state.topics, record.topicId);
      if (record.tableId !== tableId || !topic) return [];
      if (topic.status === TopicStatus.Merged || topic.status === TopicStatus.Open) return [];
      const { plannedMs, spentMs, continueVotes } = record;
      const inProgress = topic.status === TopicStatus.Discussing;
      return [{ ...entry(topic), inProgress, plannedMs, spentMs, continueVotes }];
    });
  const discussed = discussedAt(null);
  const tables: MinutesTable[] = tableFacts(state).map(({ id, ...facts }) => ({
    ...facts,
    topics: discussedAt(id),
  }));
  const undiscussed = Object.values(state.topics)
    .filter((topic) => topic.status === TopicStatus.Open)
    .sort(queueOrder(state))
    .map(entry);

  return {
    meetingId: state.id,
    title: text(state.title),
    locale: state.settings.locale,
    timeZone: state.settings.timeZone,
    createdAt: state.createdAt,
    startedAt: startedAt(events, state),
    endedAt: state.endedAt,
    asOf,
    facilitators: facilitatorIds(events).map((id) => nameOf(state, id)),
    participants: Object.values(state.participants)
      .sort(byTime((p) => p.joinedAt))
      .map((p) => text(p.name)),
    checkin: roundLines(state, 'checkin'),
    closing: roundLines(state, 'closing'),
    discussed,
    tables,
    timeCalls: timeCalls(events),
    undiscussed,
    summary: text(state.summary),
    actions: [...everyDiscussed({ discussed, tables }), ...undiscussed].flatMap((topic) =>
      topic.actions.map((action) => ({ topic: topic.title, table: topic.table, ...action })),
    ),
    reviewActions: reviewActions(state),
    adjustments: adjustments(events),
  };
};
