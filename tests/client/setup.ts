import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';

beforeEach(() => {
  localStorage.clear();
  document.documentElement.lang = 'en';
  // jsdom does not scroll; the router scrolls to the top on navigation.
  window.scrollTo = () => {};
});

afterEach(() => cleanup());
