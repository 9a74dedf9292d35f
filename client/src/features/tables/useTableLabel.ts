import { type PublicTableView, tableLabel } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';

/** What a table is called on screen: its name once renamed, else "Table 1" / "Tisch 1". */
export const useTableLabel = () => {
  const t = useT();
  return (table: Pick<PublicTableView, 'name' | 'title'>): string =>
    tableLabel(table, (name) => t('tables.name', { name }));
};
