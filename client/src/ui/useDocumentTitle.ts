import { useEffect } from 'react';
import { useT } from '../i18n/useT.js';

/** "<page> · Percolate" in the tab, so people find the meeting among their tabs. */
export const useDocumentTitle = (page: string | null) => {
  const t = useT();
  useEffect(() => {
    document.title = page ? `${page} · ${t('app.name')}` : t('app.name');
  }, [page, t]);
};
