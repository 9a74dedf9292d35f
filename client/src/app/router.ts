/** A tiny router on `location.pathname` and the History API. */
import { useSyncExternalStore } from 'react';

const NAVIGATE_EVENT = 'percolate:navigate';

const subscribe = (onChange: () => void) => {
  window.addEventListener('popstate', onChange);
  window.addEventListener(NAVIGATE_EVENT, onChange);
  return () => {
    window.removeEventListener('popstate', onChange);
    window.removeEventListener(NAVIGATE_EVENT, onChange);
  };
};

export const usePathname = (): string =>
  useSyncExternalStore(subscribe, () => window.location.pathname);

export const navigate = (path: string, options: { replace?: boolean } = {}): void => {
  if (options.replace) window.history.replaceState(null, '', path);
  else window.history.pushState(null, '', path);
  window.dispatchEvent(new Event(NAVIGATE_EVENT));
  if (!options.replace) window.scrollTo?.(0, 0);
};
