import { createAppStore } from '../../../client/src/store/appStore.js';
import type {
  ConnectToMeeting,
  MeetingTransport,
  RealtimeSink,
} from '../../../client/src/store/transport.js';

/** A store connected through a transport we control, and the sink it handed to us. */
export const connectedStore = (
  send: MeetingTransport['send'] = async () => ({ ok: true, seq: 1 }),
) => {
  let sink: RealtimeSink | null = null;
  const connect: ConnectToMeeting = (_options, given) => {
    sink = given;
    return {
      send,
      requestMinutes: async () => ({
        ok: false,
        error: { code: 'NOT_JOINED', message: 'not here' },
      }),
      reconnect: () => {},
      close: () => {},
    };
  };
  const store = createAppStore(connect);
  store.getState().connect({
    meetingId: 'm1',
    token: 't'.repeat(24),
    facilitatorKey: null,
    memberToken: null,
  });
  if (!sink) throw new Error('not connected');
  return { store, sink: sink as RealtimeSink };
};
