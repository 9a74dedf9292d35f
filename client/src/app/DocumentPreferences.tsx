import { useEffect } from 'react';
import { useAppStore } from '../store/StoreContext.js';

/** Keeps <html lang> and the theme attribute in step with the person's choices. */
export const DocumentPreferences = () => {
  const locale = useAppStore((state) => state.locale);
  const theme = useAppStore((state) => state.theme);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  useEffect(() => {
    if (theme === 'system') delete document.documentElement.dataset.theme;
    else document.documentElement.dataset.theme = theme;
  }, [theme]);

  return null;
};
