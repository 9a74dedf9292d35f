import { useT } from '../../i18n/useT.js';
import { selectMyTable } from '../../store/discussionScope.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator, selectMyId } from '../../store/selectors.js';
import { ChooseTable } from './ChooseTable.js';
import { Harvest } from './Harvest.js';
import { MyTable } from './MyTable.js';
import { SplitTables } from './SplitTables.js';
import { TablesGlance } from './TablesGlance.js';
import { TablesOverview } from './TablesOverview.js';
import { TimeCallBanner } from './TimeCallBanner.js';
import './tables.css';

/**
 * Parallel tables on the meeting screen: the split (moderators), then my table, the choice of a
 * table, the glance at the others, the overview of all (moderators), and after the rejoin the
 * harvest. Nothing while the meeting is one table and no split is offered.
 */
export const TablesSection = () => {
  const t = useT();
  const tables = useAppStore((state) => state.view?.tables ?? null);
  const mine = useAppStore(selectMyTable);
  const me = useAppStore(selectMyId);
  const isModerator = useAppStore(selectIsModerator);
  const hosts = mine !== null && me !== null && mine.hostId === me;
  if (!tables) return <SplitTables />;
  if (tables.rejoinedAt !== null) return <Harvest tables={tables.tables} />;
  const others = tables.tables.filter((table) => table.id !== mine?.id);
  return (
    <div className="tables-section stack">
      <TimeCallBanner timeCall={tables.timeCall} />
      {mine ? <MyTable table={mine} leads={isModerator || hosts} /> : null}
      {tables.assignment === 'choose' && me !== null && !isModerator ? (
        <ChooseTable tables={tables} />
      ) : null}
      {isModerator ? (
        <TablesOverview tables={tables.tables} />
      ) : (
        <TablesGlance
          tables={others}
          heading={mine ? t('tables.otherTables') : t('tables.allTables')}
        />
      )}
    </div>
  );
};
