/** Joining, leaving, renaming, roles and who facilitates. */
import type { DecideContext } from './actor.js';
import type { CommandOf, SystemCommand } from './commands.js';
import { seatLateJoiner } from './decideTables.js';
import type { ClientActor, Decision, RuleInput } from './decision.js';
import { domainError, ErrorCode } from './errors.js';
import type { EventBody } from './events.js';
import { LIMITS } from './limits.js';
import { type MeetingState, Role } from './model.js';
import { participantIdForToken, presentParticipant } from './participants.js';
import { facilitatorOf } from './permissions.js';
import { isVotingOpen } from './phases.js';
import { lookup } from './records.js';

const renamed = (participantId: string, from: string, to: string): EventBody[] =>
  from === to ? [] : [{ type: 'participant:renamed', participantId, name: to }];

export const decideJoin = (
  state: MeetingState,
  command: CommandOf<'participant:join'>,
  actor: ClientActor,
  ctx: DecideContext,
): Decision => {
  const knownId = participantIdForToken(state, actor.tokenHash);
  const known = knownId === null ? undefined : lookup(state.participants, knownId);
  if (known) {
    const rename = renamed(known.id, known.name, command.name);
    return known.left
      ? [{ type: 'participant:rejoined', participantId: known.id }, ...rename]
      : rename;
  }
  if (Object.keys(state.participants).length >= LIMITS.maxParticipants) {
    return domainError(ErrorCode.TooMany, 'the meeting is full');
  }
  const role =
    actor.hasFacilitatorKey && facilitatorOf(state) === null ? Role.Facilitator : Role.Participant;
  const participantId = ctx.newId();
  return [
    {
      type: 'participant:joined',
      participantId,
      tokenHash: actor.tokenHash,
      name: command.name,
      role,
    },
    ...seatLateJoiner(state, participantId),
  ];
};

export const decideRename = ({
  me,
  command,
}: RuleInput<CommandOf<'participant:rename'>>): Decision => renamed(me.id, me.name, command.name);

// A leaving facilitator keeps the role: the server hands it over if they stay away.
export const decideLeave = ({ me }: RuleInput<CommandOf<'participant:leave'>>): Decision => [
  { type: 'participant:left', participantId: me.id },
];

/**
 * Moderators remove someone who left, or a duplicate (a second device that joined as a second
 * person). What they contributed stays: topics, notes and check-in lines are the group's record.
 * Their dots are taken back while voting is open, since they no longer take part, and stay once
 * it closed, since the order was decided with them (the event says which, never whether they had
 * any: with hidden votes that would tell). Their browser is forgotten: should it come back, it
 * joins afresh. The facilitator is not removed (hand facilitation over first), nor oneself (leave).
 */
export const decideRemove = ({
  state,
  command,
  me,
}: RuleInput<CommandOf<'participant:remove'>>): Decision => {
  const target = lookup(state.participants, command.participantId);
  if (!target) return domainError(ErrorCode.ParticipantNotFound, 'no such participant');
  if (target.id === me.id) return domainError(ErrorCode.Forbidden, 'leave the meeting instead');
  if (target.role === Role.Facilitator) {
    return domainError(ErrorCode.Forbidden, 'hand facilitation over first');
  }
  return [
    { type: 'participant:removed', participantId: target.id, dotsWithdrawn: isVotingOpen(state) },
  ];
};

export const decideClaim = ({
  state,
  me,
}: RuleInput<CommandOf<'facilitation:claim'>>): Decision => {
  if (me.role === Role.Facilitator) return [];
  const from = facilitatorOf(state)?.id ?? null;
  return [{ type: 'facilitation:handedOver', from, to: me.id, reason: 'claim' }];
};

export const decideHandover = ({
  state,
  command,
}: RuleInput<CommandOf<'facilitation:handover'>>): Decision => {
  const target = presentParticipant(state, command.to);
  if (!target) return domainError(ErrorCode.ParticipantNotFound, 'no such participant here');
  if (target.role === Role.Facilitator) return [];
  const from = facilitatorOf(state)?.id ?? null;
  return [{ type: 'facilitation:handedOver', from, to: target.id, reason: 'handover' }];
};

/** The server's failover after the facilitator stayed away; stale requests change nothing. */
export const decideFailover = (
  state: MeetingState,
  command: Extract<SystemCommand, { type: 'facilitation:failover' }>,
): Decision => {
  const stillFacilitator = facilitatorOf(state)?.id === command.from;
  const successor = presentParticipant(state, command.to);
  if (!stillFacilitator || successor?.role !== Role.Cofacilitator) return [];
  return [
    { type: 'facilitation:handedOver', from: command.from, to: command.to, reason: 'failover' },
  ];
};

export const decideRoleSet = ({ state, command }: RuleInput<CommandOf<'role:set'>>): Decision => {
  const target = lookup(state.participants, command.participantId);
  if (!target) return domainError(ErrorCode.ParticipantNotFound, 'no such participant');
  // The schema already refuses the role 'facilitator'; this guards callers that skip it.
  if (target.role === Role.Facilitator || (command.role as Role) === Role.Facilitator) {
    return domainError(ErrorCode.Forbidden, 'facilitation changes hands only by handover or claim');
  }
  if (target.role === command.role) return [];
  return [{ type: 'role:changed', participantId: target.id, role: command.role }];
};
