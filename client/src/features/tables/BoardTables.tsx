import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { TablesGlance } from './TablesGlance.js';
import { TimeCallBanner } from './TimeCallBanner.js';
import './tables.css';

/** The projector's view while tables run: every table's topic and time left. */
export const BoardTables = () => {
  const t = useT();
  const tables = useAppStore((state) => state.view?.tables ?? null);
  if (!tables || tables.rejoinedAt !== null) return null;
  return (
    <div className="board-tables stack">
      <TimeCallBanner timeCall={tables.timeCall} />
      <TablesGlance tables={tables.tables} heading={t('tables.allTables')} />
    </div>
  );
};
