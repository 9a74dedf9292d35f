import { LIMITS, type PublicTableView } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator, selectMyId } from '../../store/selectors.js';
import { useFocusTarget } from '../../ui/focus.js';
import { TableTextForm } from './TableTextForm.js';
import { HARVEST_FOCUS } from './tablesFocus.js';
import { useTableLabel } from './useTableLabel.js';

/**
 * Back in the plenary: each table's takeaways, shown to everyone; whoever sat at a table (its host
 * among them) or a moderator writes them.
 */
export const Harvest = ({ tables }: { tables: readonly PublicTableView[] }) => {
  const t = useT();
  const labelOf = useTableLabel();
  const me = useAppStore(selectMyId);
  const isModerator = useAppStore(selectIsModerator);
  const focusTarget = useFocusTarget<HTMLHeadingElement>(HARVEST_FOCUS);
  return (
    <section className="harvest stack" aria-labelledby="harvest-heading">
      <h3 id="harvest-heading" tabIndex={-1} {...focusTarget}>
        {t('tables.harvest')}
      </h3>
      <ul className="table-cards">
        {tables.map((table) => {
          const name = labelOf(table);
          const writes = isModerator || (me !== null && table.people.includes(me));
          return (
            <li key={table.id} className="card table-card stack">
              <h4>{name}</h4>
              {table.harvest ? (
                <p className="table-harvest">{table.harvest}</p>
              ) : (
                <p className="muted">{t('tables.harvestEmpty')}</p>
              )}
              {writes ? (
                <TableTextForm
                  table={table}
                  type="tables:harvest"
                  label={t('tables.harvestLabel', { name })}
                  submit={t('tables.harvestSave')}
                  maxLength={LIMITS.harvest}
                  multiline
                />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
};
