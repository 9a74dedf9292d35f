import type { CommandAck } from '@percolate/shared';

/**
 * What the store keeps of an acknowledgement: the answer without the sender's private view, which
 * rides in the ack as a message to that socket (protocol 5), not as part of the answer.
 */
export const storedAnswer = (ack: CommandAck): CommandAck => {
  if (!ack.ok) return ack;
  const { private: _view, ...answer } = ack;
  return answer;
};
