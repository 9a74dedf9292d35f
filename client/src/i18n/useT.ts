import { useMemo } from 'react';
import { useAppStore } from '../store/StoreContext.js';
import { CATALOGS } from './catalogs.js';
import { createTranslator, type Translate } from './translate.js';

export const useT = (): Translate => {
  const locale = useAppStore((state) => state.locale);
  return useMemo(() => createTranslator(locale, CATALOGS[locale]), [locale]);
};

export const useLocale = () => useAppStore((state) => state.locale);
