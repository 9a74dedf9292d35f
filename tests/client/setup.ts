import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// Pages ask the server about itself once for the footer; tests that fake `fetch` for one API
// would see that request too. Only instance.test.tsx talks to a (faked) /api/instance.
vi.mock('../../client/src/api/instanceApi.js', () => ({ useInstance: () => null }));

// The machines that run these are shared and noisy: a lazy screen may take more than the default
// second to appear while other suites load both cores.
configure({ asyncUtilTimeout: 5_000 });

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'en';
  // jsdom does not scroll; the router scrolls to the top on navigation.
  window.scrollTo = () => {};
});

afterEach(() => cleanup());
