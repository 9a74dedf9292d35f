/** A community built through its own rules, for tests: every step is decided, then evolved. */
import {
  type CommunityActor,
  type CommunityCommand,
  type CommunityState,
  decideCommunity,
  evolveCommunity,
  isDomainError,
  type ScheduledMeeting,
} from '@percolate/shared';

export const organiser: CommunityActor = { isOrganiser: true, tokenHash: null };
export const visitor = (name: string): CommunityActor => ({
  isOrganiser: false,
  tokenHash: `hash-of-${name}`,
});
export const stranger = visitor('stranger');

export const NOW = Date.parse('2026-11-23T10:00:00Z');

export const newCommunity = (): CommunityState =>
  evolveCommunity(
    null,
    { type: 'community:created', communityId: 'c1', name: 'HR CoP', description: '' },
    NOW,
  );

export const contextAt = (now = NOW) => {
  let next = 0;
  return {
    now,
    newId: () => {
      next += 1;
      return `id${next}`;
    },
  };
};

/** Applies a command that must be allowed; throws with its error code otherwise. */
export const run = (
  state: CommunityState,
  actor: CommunityActor,
  command: CommunityCommand,
  ctx = contextAt(),
): CommunityState => {
  const decision = decideCommunity(state, command, actor, ctx);
  if (isDomainError(decision)) throw new Error(`${command.type} refused: ${decision.code}`);
  return decision.reduce((next, event) => evolveCommunity(next, event, ctx.now), state);
};

export const memberId = (state: CommunityState, name: string): string => {
  const member = state.members.find((each) => each.name === name);
  if (!member) throw new Error(`no member ${name}`);
  return member.id;
};

/** A community whose members joined in the given order (each with their own token). */
export const withMembers = (...names: string[]): CommunityState => {
  return names.reduce(
    (state, name) =>
      run(
        state,
        visitor(name),
        { type: 'member:join', name },
        {
          now: NOW,
          newId: () => `m-${name}`,
        },
      ),
    newCommunity(),
  );
};

/** A meeting the community scheduled, upcoming unless `status` says otherwise. */
export const scheduled = (
  meetingId: string,
  status: Partial<ScheduledMeeting> = {},
): ScheduledMeeting => ({
  meetingId,
  title: `CoP ${meetingId}`,
  startsAt: '2026-12-01T15:00:00+01:00',
  durationMinutes: 60,
  videoUrl: null,
  facilitatorId: null,
  scheduledAt: 0,
  outcome: null,
  deleted: false,
  ...status,
});
