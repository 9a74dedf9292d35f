import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach, vi } from 'vitest';

// Pages ask the server about itself once for the footer; tests that fake `fetch` for one API
// would see that request too. Only instance.test.tsx talks to a (faked) /api/instance.
vi.mock('../../client/src/api/instanceApi.js', () => ({ useInstance: () => null }));

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'en';
  // jsdom does not scroll; the router scrolls to the top on navigation.
  window.scrollTo = () => {};
});

afterEach(() => cleanup());
