/** Who facilitates next: the turn passes along the rotation, wrapping, over members who left. */
import type { CommunityState, MemberId } from './model.js';

/**
 * The member after the most recent past facilitator who is in the rotation (the first active
 * member when none is), or null when nobody in the rotation is still a member.
 */
export const nextFacilitator = (
  rotation: readonly MemberId[],
  pastFacilitatorIds: readonly MemberId[],
  hasLeft: (memberId: MemberId) => boolean = () => false,
): MemberId | null => {
  const last = pastFacilitatorIds.findLast((memberId) => rotation.includes(memberId));
  const start = last === undefined ? 0 : rotation.indexOf(last) + 1;
  for (let step = 0; step < rotation.length; step += 1) {
    const candidate = rotation[(start + step) % rotation.length];
    if (candidate !== undefined && !hasLeft(candidate)) return candidate;
  }
  return null;
};

/**
 * Whom the rotation suggests for the next meeting scheduled in this community: the turn goes by
 * the meetings' start times, and a deleted (cancelled) meeting takes nobody's turn.
 */
export const suggestedFacilitator = (state: CommunityState): MemberId | null =>
  nextFacilitator(
    state.rotation,
    state.meetings
      .filter((meeting) => !meeting.deleted)
      .sort((a, b) => Date.parse(a.startsAt) - Date.parse(b.startsAt))
      .flatMap((meeting) => (meeting.facilitatorId === null ? [] : [meeting.facilitatorId])),
    (memberId) => !state.members.some((member) => member.id === memberId && !member.left),
  );
