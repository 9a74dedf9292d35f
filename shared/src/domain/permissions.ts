/**
 * Who may do what. Every client command has one coarse permission checked before its own rules;
 * ownership (own topic, own note) is checked by the command's rule on top of it.
 */
import type { Actor } from './actor.js';
import { assertNever } from './assertNever.js';
import type { CommandType } from './commands.js';
import {
  type Item,
  type MeetingState,
  type Participant,
  Role,
  type Settings,
  type Topic,
} from './model.js';
import { lookup } from './records.js';

export const Permission = {
  /** Any joined participant. */
  Joined: 'joined',
  /** Facilitator and co-facilitators. */
  Moderator: 'moderator',
  /** The facilitator, or whoever holds the facilitator key. */
  Facilitator: 'facilitator',
  /** Only whoever holds the facilitator key. */
  KeyHolder: 'keyHolder',
  /**
   * Moderators and scribes; everyone when the meeting's notes are open; a table's host on the
   * topics of their table.
   */
  NoteWriter: 'noteWriter',
  /** Moderators; for a command naming a table, also that table's host. */
  TableLead: 'tableLead',
} as const;
export type Permission = (typeof Permission)[keyof typeof Permission];

export const COMMAND_PERMISSIONS: Readonly<
  Record<Exclude<CommandType, 'participant:join'>, Permission>
> = {
  'participant:rename': Permission.Joined,
  'participant:remove': Permission.Moderator,
  'participant:leave': Permission.Joined,
  'round:post': Permission.Joined,
  'round:start': Permission.Moderator,
  'round:next': Permission.Moderator,
  'round:reorder': Permission.Moderator,
  'round:end': Permission.Moderator,
  // Authors edit and delete their own topics, moderators any: checked by the topic rules.
  'topic:propose': Permission.Joined,
  'topic:edit': Permission.Joined,
  'topic:delete': Permission.Joined,
  'topic:merge': Permission.Moderator,
  'topic:reopen': Permission.Moderator,
  'vote:cast': Permission.Joined,
  'vote:retract': Permission.Joined,
  'vote:close': Permission.TableLead,
  'vote:reveal': Permission.Moderator,
  'queue:reorder': Permission.Moderator,
  'discussion:start': Permission.TableLead,
  'timer:pause': Permission.TableLead,
  'timer:resume': Permission.TableLead,
  'timer:extend': Permission.TableLead,
  'timer:stop': Permission.TableLead,
  'timer:set': Permission.TableLead,
  'continue:vote': Permission.Joined,
  'continue:resolve': Permission.TableLead,
  'discussion:close': Permission.TableLead,
  'item:add': Permission.NoteWriter,
  // With open notes a participant edits only their own: checked by the item rules.
  'item:edit': Permission.NoteWriter,
  'item:delete': Permission.NoteWriter,
  'summary:set': Permission.Moderator,
  'action:review': Permission.NoteWriter,
  'phase:set': Permission.Moderator,
  'settings:update': Permission.Moderator,
  'facilitation:handover': Permission.Facilitator,
  'facilitation:claim': Permission.KeyHolder,
  'role:set': Permission.Facilitator,
  'meeting:end': Permission.Facilitator,
  'tables:split': Permission.Moderator,
  // Seating, hosting, where and the harvest: moderators, hosts or the people at the table,
  // checked by the table rules.
  'tables:seat': Permission.Joined,
  'tables:host': Permission.Joined,
  'tables:where': Permission.TableLead,
  'tables:rename': Permission.TableLead,
  'tables:pull': Permission.TableLead,
  'tables:timeCall': Permission.Moderator,
  'tables:harvest': Permission.Joined,
  'tables:rejoin': Permission.Moderator,
};

/** Facilitator and co-facilitators run the meeting. */
export const isModeratorRole = (role: Role | null): boolean =>
  role === Role.Facilitator || role === Role.Cofacilitator;

/** Moderators and scribes write notes; everyone does when the meeting's notes are open. */
export const mayWriteNotes = (role: Role | null, settings: Pick<Settings, 'openNotes'>): boolean =>
  isModeratorRole(role) || role === Role.Scribe || settings.openNotes;

export const isModerator = (participant: Pick<Participant, 'role'>): boolean =>
  isModeratorRole(participant.role);

/** Whether the participant hosts the table (no table named: no). */
const isHostOf = (state: MeetingState, participantId: string, tableId?: string): boolean => {
  if (tableId === undefined || !state.tables) return false;
  return lookup(state.tables.tables, tableId)?.hostId === participantId;
};

const holdsKey = (actor: Actor): boolean => actor.kind === 'client' && actor.hasFacilitatorKey;

export const hasPermission = (
  permission: Permission,
  participant: Participant,
  actor: Actor,
  state: MeetingState,
  /** The table the command names, if any. */
  tableId?: string,
): boolean => {
  switch (permission) {
    case Permission.Joined:
      return true;
    case Permission.Moderator:
      return isModerator(participant);
    case Permission.Facilitator:
      return participant.role === Role.Facilitator || holdsKey(actor);
    case Permission.KeyHolder:
      return holdsKey(actor);
    case Permission.NoteWriter:
      return (
        mayWriteNotes(participant.role, state.settings) || isHostOf(state, participant.id, tableId)
      );
    case Permission.TableLead:
      return isModerator(participant) || isHostOf(state, participant.id, tableId);
    default:
      return assertNever(permission);
  }
};

export const mayChangeTopic = (participant: Participant, topic: Topic): boolean =>
  isModerator(participant) || topic.authorId === participant.id;

/** Moderators and scribes change any note; with open notes, others only their own. */
export const mayChangeItem = (participant: Pick<Participant, 'id' | 'role'>, item: Item): boolean =>
  isModerator(participant) || participant.role === Role.Scribe || item.authorId === participant.id;

/**
 * Facilitators by (never mutated) participants map: the server asks after every commit and
 * presence change, and the participants change only when someone joins, leaves or changes role.
 */
const facilitatorOfParticipants = new WeakMap<MeetingState['participants'], Participant | null>();

/** The current facilitator, if anyone holds the role. */
export const facilitatorOf = (state: Pick<MeetingState, 'participants'>): Participant | null => {
  const known = facilitatorOfParticipants.get(state.participants);
  if (known !== undefined) return known;
  const found = Object.values(state.participants).find((p) => p.role === Role.Facilitator) ?? null;
  facilitatorOfParticipants.set(state.participants, found);
  return found;
};
