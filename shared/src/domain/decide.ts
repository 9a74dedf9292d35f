/**
 * Whether a command is allowed and what happened: `decide(state, command, actor, ctx)` returns the
 * events to append (none for a legitimate no-op) or a DomainError. Pure: time and ids come from ctx.
 *
 * Checks run in a fixed order so every refusal is predictable: ended meeting (minutes links
 * excepted) → who sends it (client or system) → joined → the command's permission → the
 * command's own rules.
 */
import type { Actor, DecideContext } from './actor.js';
import { assertNever } from './assertNever.js';
import { type Command, SYSTEM_COMMAND_TYPES, type SystemCommand } from './commands.js';
import { commandTable } from './commandTable.js';
import {
  decideActionReview,
  decideActionsImport,
  decideTopicsImport,
} from './decideCommunityImports.js';
import {
  decideContinueVote,
  decideDiscussionClose,
  decideDiscussionStart,
  decideExpire,
  decideExtend,
  decidePause,
  decideResolve,
  decideResume,
  decideStop,
  decideTimerSet,
} from './decideDiscussion.js';
import { decideItemAdd, decideItemDelete, decideItemEdit, decideSummary } from './decideItems.js';
import { decideEnd, decidePhaseSet, decideSettings } from './decideMeeting.js';
import {
  decideMinutesLinkCreate,
  decideMinutesLinkRevoke,
  isMinutesLinkCommand,
} from './decideMinutesLinks.js';
import {
  decideClaim,
  decideFailover,
  decideHandover,
  decideJoin,
  decideLeave,
  decideRemove,
  decideRename,
  decideRoleSet,
} from './decideParticipants.js';
import {
  decideRoundEnd,
  decideRoundExpire,
  decideRoundNext,
  decideRoundPost,
  decideRoundReorder,
  decideRoundStart,
} from './decideRounds.js';
import {
  decideHarvest,
  decideHost,
  decidePull,
  decideRejoin,
  decideSeat,
  decideSplit,
  decideTableRename,
  decideTimeCall,
  decideWhere,
} from './decideTables.js';
import {
  decideMerge,
  decidePropose,
  decideReopen,
  decideTopicDelete,
  decideTopicEdit,
} from './decideTopics.js';
import {
  decideCast,
  decideClose,
  decideReorder,
  decideRetract,
  decideReveal,
} from './decideVotes.js';
import type { ClientActor, Decision, RuleInput } from './decision.js';
import { domainError, ErrorCode } from './errors.js';
import { type MeetingState, Phase } from './model.js';
import { participantIdForToken, presentParticipant } from './participants.js';
import { COMMAND_PERMISSIONS, hasPermission } from './permissions.js';

const SYSTEM_COMMANDS: ReadonlySet<string> = new Set(SYSTEM_COMMAND_TYPES);

const isSystemCommand = (command: Command | SystemCommand): command is SystemCommand =>
  SYSTEM_COMMANDS.has(command.type);

export const decide = (
  state: MeetingState,
  command: Command | SystemCommand,
  actor: Actor,
  ctx: DecideContext,
): Decision => {
  if (state.phase === Phase.Ended && !isMinutesLinkCommand(command))
    return domainError(ErrorCode.MeetingEnded, 'the meeting has ended');
  if (isSystemCommand(command)) {
    return actor.kind === 'system'
      ? decideSystem(state, command, ctx)
      : domainError(ErrorCode.Forbidden, 'only the server issues this command');
  }
  if (actor.kind !== 'client') {
    // The community's word on an action (done there or in another meeting) reaches this meeting.
    if (command.type === 'action:review') return decideActionReview(state, command);
    return domainError(ErrorCode.Forbidden, 'the server does not act as a participant');
  }
  return decideClient(state, command, actor, ctx);
};

const decideSystem = (
  state: MeetingState,
  command: SystemCommand,
  ctx: DecideContext,
): Decision => {
  switch (command.type) {
    case 'timer:expire':
      return decideExpire(state, command, ctx);
    case 'round:expire':
      return decideRoundExpire(state, command, ctx);
    case 'facilitation:failover':
      return decideFailover(state, command);
    case 'minutesLink:create':
      return decideMinutesLinkCreate(state, command);
    case 'minutesLink:revoke':
      return decideMinutesLinkRevoke(state, command);
    case 'topics:import':
      return decideTopicsImport(state, command, ctx);
    case 'actions:import':
      return decideActionsImport(state, command);
    default:
      return assertNever(command);
  }
};

const decideClient = (
  state: MeetingState,
  command: Command,
  actor: ClientActor,
  ctx: DecideContext,
): Decision => {
  if (command.type === 'participant:join') return decideJoin(state, command, actor, ctx);
  const participantId = participantIdForToken(state, actor.tokenHash);
  const me = participantId === null ? undefined : presentParticipant(state, participantId);
  if (!me) return domainError(ErrorCode.NotJoined, 'join the meeting first');
  const tableId = commandTable(state, command);
  if (!hasPermission(COMMAND_PERMISSIONS[command.type], me, actor, state, tableId)) {
    const error =
      command.type === 'facilitation:claim' ? ErrorCode.KeyRequired : ErrorCode.Forbidden;
    return domainError(error, `not allowed: ${command.type}`);
  }
  return decideRule({ state, command, me, actor, ctx });
};

const decideRule = (input: RuleInput<Exclude<Command, { type: 'participant:join' }>>): Decision => {
  const { command } = input;
  // Each case narrows `command`; the rule receives the input with that narrowed command.
  switch (command.type) {
    case 'participant:rename':
      return decideRename({ ...input, command });
    case 'participant:leave':
      return decideLeave({ ...input, command });
    case 'participant:remove':
      return decideRemove({ ...input, command });
    case 'round:post':
      return decideRoundPost({ ...input, command });
    case 'round:start':
      return decideRoundStart({ ...input, command });
    case 'round:next':
      return decideRoundNext({ ...input, command });
    case 'round:reorder':
      return decideRoundReorder({ ...input, command });
    case 'round:end':
      return decideRoundEnd({ ...input, command });
    case 'topic:propose':
      return decidePropose({ ...input, command });
    case 'topic:edit':
      return decideTopicEdit({ ...input, command });
    case 'topic:delete':
      return decideTopicDelete({ ...input, command });
    case 'topic:merge':
      return decideMerge({ ...input, command });
    case 'topic:reopen':
      return decideReopen({ ...input, command });
    case 'vote:cast':
      return decideCast({ ...input, command });
    case 'vote:retract':
      return decideRetract({ ...input, command });
    case 'vote:close':
      return decideClose({ ...input, command });
    case 'vote:reveal':
      return decideReveal({ ...input, command });
    case 'queue:reorder':
      return decideReorder({ ...input, command });
    case 'discussion:start':
      return decideDiscussionStart({ ...input, command });
    case 'timer:pause':
      return decidePause({ ...input, command });
    case 'timer:resume':
      return decideResume({ ...input, command });
    case 'timer:extend':
      return decideExtend({ ...input, command });
    case 'timer:stop':
      return decideStop({ ...input, command });
    case 'timer:set':
      return decideTimerSet({ ...input, command });
    case 'continue:vote':
      return decideContinueVote({ ...input, command });
    case 'continue:resolve':
      return decideResolve({ ...input, command });
    case 'discussion:close':
      return decideDiscussionClose({ ...input, command });
    case 'item:add':
      return decideItemAdd({ ...input, command });
    case 'item:edit':
      return decideItemEdit({ ...input, command });
    case 'item:delete':
      return decideItemDelete({ ...input, command });
    case 'summary:set':
      return decideSummary({ ...input, command });
    case 'action:review':
      return decideActionReview(input.state, command);
    case 'phase:set':
      return decidePhaseSet({ ...input, command });
    case 'settings:update':
      return decideSettings({ ...input, command });
    case 'facilitation:handover':
      return decideHandover({ ...input, command });
    case 'facilitation:claim':
      return decideClaim({ ...input, command });
    case 'role:set':
      return decideRoleSet({ ...input, command });
    case 'meeting:end':
      return decideEnd({ ...input, command });
    case 'tables:split':
      return decideSplit({ ...input, command });
    case 'tables:seat':
      return decideSeat({ ...input, command });
    case 'tables:host':
      return decideHost({ ...input, command });
    case 'tables:where':
      return decideWhere({ ...input, command });
    case 'tables:rename':
      return decideTableRename({ ...input, command });
    case 'tables:pull':
      return decidePull({ ...input, command });
    case 'tables:timeCall':
      return decideTimeCall({ ...input, command });
    case 'tables:harvest':
      return decideHarvest({ ...input, command });
    case 'tables:rejoin':
      return decideRejoin({ ...input, command });
    default:
      return assertNever(command);
  }
};
