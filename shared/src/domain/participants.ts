/** Looking participants up. */
import type { MeetingState, Participant, ParticipantId } from './model.js';
import { lookup } from './records.js';

export const participantIdForToken = (
  state: Pick<MeetingState, 'participantByTokenHash'>,
  tokenHash: string,
): ParticipantId | null => lookup(state.participantByTokenHash, tokenHash) ?? null;

/** A participant who joined and has not left, or undefined. */
export const presentParticipant = (
  state: MeetingState,
  id: ParticipantId,
): Participant | undefined => {
  const participant = lookup(state.participants, id);
  return participant && !participant.left ? participant : undefined;
};

/** Everyone in join order. */
export const participantsInJoinOrder = (state: MeetingState): Participant[] =>
  Object.values(state.participants).sort((a, b) => a.joinedAt - b.joinedAt);
