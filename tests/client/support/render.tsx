import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import type { ReactElement } from 'react';
import { createAppStore } from '../../../client/src/store/appStore.js';
import { StoreProvider } from '../../../client/src/store/StoreContext.js';
import type { TestMeeting } from '../../helpers/builders.js';
import { FakeServer } from './fakeServer.js';

export const tokenFor = (name: string) => `token-for-${name}-000000000`;
const nameOf = (token: string, fallback: string) =>
  token.startsWith('token-for-')
    ? token.slice('token-for-'.length, -'-000000000'.length)
    : fallback;

interface Options {
  /** Who uses this browser (a TestMeeting name: 'facilitator', 'p1', …). */
  as: string;
  /** Connect right away as `as` (pages that connect themselves pass false). */
  connect?: boolean;
}

/** Renders UI wired to a store whose network is a FakeServer running the real meeting rules. */
export const renderWithMeeting = (ui: ReactElement, meeting: TestMeeting, options: Options) => {
  const server = new FakeServer(meeting, (token) => nameOf(token, options.as));
  const store = createAppStore(server.connect);
  if (options.connect ?? true) {
    store.getState().connect({
      meetingId: meeting.state.id,
      token: tokenFor(options.as),
      facilitatorKey: options.as === 'facilitator' ? 'facilitator-key' : null,
      memberToken: null,
    });
  }
  const user = userEvent.setup();
  const rendered = render(<StoreProvider store={store}>{ui}</StoreProvider>);
  return { ...rendered, store, server, user };
};
