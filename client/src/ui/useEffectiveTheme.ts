import { useSyncExternalStore } from 'react';
import { useAppStore } from '../store/StoreContext.js';

const DARK_QUERY = '(prefers-color-scheme: dark)';

const subscribe = (onChange: () => void) => {
  const query = window.matchMedia?.(DARK_QUERY);
  query?.addEventListener('change', onChange);
  return () => query?.removeEventListener('change', onChange);
};
const prefersDark = () => window.matchMedia?.(DARK_QUERY).matches ?? false;

/** The theme actually shown: the person's choice, else the system's. */
export const useEffectiveTheme = (): 'light' | 'dark' => {
  const theme = useAppStore((state) => state.theme);
  const systemDark = useSyncExternalStore(subscribe, prefersDark);
  if (theme === 'system') return systemDark ? 'dark' : 'light';
  return theme;
};
