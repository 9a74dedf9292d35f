/** One message from the server, handed to the store: patches through the gap handling (gapSync.ts). */
import { assertNever, type ServerMessage, type ViewPatch } from '@percolate/shared';
import type { RealtimeSink } from '../store/transport.js';

export interface MessageReceiver
  extends Pick<RealtimeSink, 'applySnapshot' | 'applyPrivate' | 'setOnline'> {
  receivePatch(patch: ViewPatch): unknown;
}

export const receiveServerMessage = (receiver: MessageReceiver, message: ServerMessage): void => {
  switch (message.type) {
    case 'snapshot':
      receiver.applySnapshot(message.snapshot);
      return;
    case 'patch':
      receiver.receivePatch(message.patch);
      return;
    case 'private':
      receiver.applyPrivate(message.seq, message.me);
      return;
    case 'presence':
      receiver.setOnline(message.online);
      return;
    default:
      assertNever(message);
  }
};
