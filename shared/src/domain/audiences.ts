/**
 * Who receives which part of the public view while tables run. Everyone gets the meeting part,
 * with each table's glance (name, host, where, people, queue of ids, current topic and its title,
 * timer, thumbs tally); a table's detail (its own topics in mode 'own', the notes, decisions and
 * actions of its topics, its harvest text) goes only to the people seated there and to the
 * moderators and key holders, who see every table at once (the lead's overview). Without running
 * tables everyone sees the whole view, as before tables existed.
 *
 * An audience is a name: 'all', 'glance' (not seated: not joined yet, a board without the key, an
 * unseated participant) or one table's. Its view is a pure function of the whole public view.
 */
import type { MeetingState, ParticipantId, TableId, TopicId } from './model.js';
import { isModeratorRole } from './permissions.js';
import { lookup } from './records.js';
import { tableOf, tablesRunning } from './tables.js';
import type { PublicTableView, PublicTopicView, PublicView } from './view.js';

export type AudienceKey = string;

export const ALL_AUDIENCE: AudienceKey = 'all';
export const GLANCE_AUDIENCE: AudienceKey = 'glance';
const TABLE_PREFIX = 'table:';
export const tableAudience = (tableId: TableId): AudienceKey => `${TABLE_PREFIX}${tableId}`;

export interface AudienceViewer {
  participantId: ParticipantId | null;
  hasFacilitatorKey: boolean;
}

/** The audience one viewer belongs to in this state. */
export const audienceOf = (state: MeetingState, viewer: AudienceViewer): AudienceKey => {
  if (!tablesRunning(state.tables) || viewer.hasFacilitatorKey) return ALL_AUDIENCE;
  const participant =
    viewer.participantId === null ? undefined : lookup(state.participants, viewer.participantId);
  if (!participant) return GLANCE_AUDIENCE;
  if (isModeratorRole(participant.role)) return ALL_AUDIENCE;
  const seat = tableOf(state.tables, participant.id);
  return seat ? tableAudience(seat) : GLANCE_AUDIENCE;
};

/** Every audience a state has: 'all' alone without running tables. */
export const audiencesOf = (state: MeetingState): AudienceKey[] =>
  tablesRunning(state.tables)
    ? [ALL_AUDIENCE, GLANCE_AUDIENCE, ...state.tables.order.map(tableAudience)]
    : [ALL_AUDIENCE];

/** Whether anyone's audience differs between two states (a seat, a role, a split or a rejoin). */
export const audiencesMoved = (prev: MeetingState, next: MeetingState): boolean => {
  if (tablesRunning(prev.tables) !== tablesRunning(next.tables)) return true;
  if (!tablesRunning(next.tables)) return false;
  // Seats and roles decide audiences; a table's discussion, timer or thumbs change neither.
  if (prev.tables?.seating === next.tables.seating && prev.participants === next.participants) {
    return false;
  }
  const ids = new Set([...Object.keys(prev.participants), ...Object.keys(next.participants)]);
  for (const participantId of ids) {
    const viewer = { participantId, hasFacilitatorKey: false };
    if (audienceOf(prev, viewer) !== audienceOf(next, viewer)) return true;
  }
  return false;
};

/** Another table's card without its detail (its harvest text), made once per table view. */
const glances = new WeakMap<PublicTableView, PublicTableView>();
const glanceOf = (table: PublicTableView): PublicTableView => {
  if (table.harvest === '') return table;
  const known = glances.get(table);
  if (known) return known;
  const glance = { ...table, harvest: '' };
  glances.set(table, glance);
  return glance;
};

/** A list kept whole is the list itself; one alike to an earlier trimmed list is that one. */
const sameOr = <T>(trimmed: T[], whole: T[], earlier: T[] | undefined): T[] => {
  if (trimmed.length === whole.length) return whole;
  if (earlier?.length === trimmed.length && trimmed.every((part, i) => part === earlier[i])) {
    return earlier;
  }
  return trimmed;
};

/** The previous public view and what this audience got of it. */
interface Trimmed {
  view: PublicView;
  trimmed: PublicView;
}

const trim = (view: PublicView, audience: AudienceKey, prev?: Trimmed): PublicView => {
  const tables = view.tables;
  if (!tables || tables.rejoinedAt !== null) return view;
  const sameTables = prev?.view.tables === tables;
  const others = new Set(
    tables.tables.map((table) => table.id).filter((id) => tableAudience(id) !== audience),
  );
  const current = new Set<TopicId>(
    tables.tables.flatMap((table) => (table.discussion ? [table.discussion.topicId] : [])),
  );
  const elsewhere = (topic: PublicTopicView) => topic.tableId !== null && others.has(topic.tableId);
  const sameTopics = sameTables && prev?.view.topics === view.topics;
  const hiddenTopics = new Set(view.topics.filter(elsewhere).map((topic) => topic.id));
  // In mode 'shared' the topics are the list everyone voted on (another table's pull shows as
  // taken); in mode 'own' a table's topics are its own, apart from the one it discusses now.
  const topicShown = (topic: PublicTopicView) =>
    tables.mode === 'shared' || !hiddenTopics.has(topic.id) || current.has(topic.id);
  return {
    ...view,
    topics:
      sameTopics && prev
        ? prev.trimmed.topics
        : sameOr(view.topics.filter(topicShown), view.topics, prev?.trimmed.topics),
    items:
      sameTopics && prev && prev.view.items === view.items
        ? prev.trimmed.items
        : sameOr(
            view.items.filter((item) => !hiddenTopics.has(item.topicId)),
            view.items,
            prev?.trimmed.items,
          ),
    tables:
      sameTables && prev
        ? prev.trimmed.tables
        : {
            ...tables,
            tables: tables.tables.map((table) => (others.has(table.id) ? glanceOf(table) : table)),
          },
  };
};

const views = new WeakMap<PublicView, Map<AudienceKey, PublicView>>();

const madeFor = (view: PublicView): Map<AudienceKey, PublicView> => {
  let made = views.get(view);
  if (!made) {
    made = new Map();
    views.set(view, made);
  }
  return made;
};

/**
 * The part of the public view an audience receives (made once per view and audience). Given the
 * previous public view (whose part this audience was given before), the parts of it that did
 * not change are reused, so the diff between the two skips them.
 */
export const viewFor = (view: PublicView, audience: AudienceKey, prev?: PublicView): PublicView => {
  if (audience === ALL_AUDIENCE) return view;
  const made = madeFor(view);
  const known = made.get(audience);
  if (known) return known;
  const earlier = prev && prev !== view ? views.get(prev)?.get(audience) : undefined;
  const trimmed = trim(
    view,
    audience,
    prev && earlier ? { view: prev, trimmed: earlier } : undefined,
  );
  made.set(audience, trimmed);
  return trimmed;
};
