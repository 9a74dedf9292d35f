import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

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
