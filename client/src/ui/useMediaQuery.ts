import { useCallback, useSyncExternalStore } from 'react';

/** Phones: the width below which the layout goes to one column and the facilitator bar docks. */
export const PHONE_QUERY = '(max-width: 720px)';

/** Whether a CSS media query matches now; re-renders when that changes. False where unsupported. */
export const useMediaQuery = (query: string): boolean => {
  const subscribe = useCallback(
    (onChange: () => void) => {
      const list = window.matchMedia?.(query);
      list?.addEventListener('change', onChange);
      return () => list?.removeEventListener('change', onChange);
    },
    [query],
  );
  return useSyncExternalStore(subscribe, () => window.matchMedia?.(query).matches ?? false);
};
