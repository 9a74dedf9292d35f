import { render } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { App } from '../../../client/src/app/App.js';
import { createAppStore } from '../../../client/src/store/appStore.js';
import { StoreProvider } from '../../../client/src/store/StoreContext.js';

/**
 * The App at `path`, for pages that speak REST only (fetch is stubbed by the caller); a meeting
 * page opened from there connects to nowhere.
 */
export const renderAppAt = (path: string) => {
  window.history.replaceState(null, '', path);
  const store = createAppStore(() => ({
    send: async () => ({ ok: true, seq: 0 }),
    requestMinutes: async () => ({ ok: false, error: { code: 'NOT_JOINED', message: 'not here' } }),
    reconnect: () => {},
    close: () => {},
  }));
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return userEvent.setup();
};
