import type { PublicTablesView } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectMyId } from '../../store/selectors.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { requestFocus } from '../../ui/focus.js';
import { TABLES_FOCUS } from './tablesFocus.js';
import { useTableLabel } from './useTableLabel.js';

/** People pick their own table, with the seats left as the server's view counts them. */
export const ChooseTable = ({ tables }: { tables: PublicTablesView }) => {
  const t = useT();
  const labelOf = useTableLabel();
  const me = useAppStore(selectMyId);
  const seat = useCommand();
  if (!me) return null;
  const mine = tables.tables.find((table) => table.people.includes(me))?.id ?? null;
  return (
    <section className="choose-table stack" aria-labelledby="choose-table-heading">
      <h3 id="choose-table-heading">{mine ? t('tables.change') : t('tables.choose')}</h3>
      <ul className="table-glance-list">
        {tables.tables.map((table) => {
          const left =
            tables.sizeLimit === null ? null : Math.max(0, tables.sizeLimit - table.people.length);
          const name = labelOf(table);
          return (
            <li key={table.id} className="table-glance">
              <span className="table-glance-name">{name}</span>
              <span>
                {left === null
                  ? t('tables.people', { count: table.people.length })
                  : t('tables.seatsLeft', { count: left })}
              </span>
              {table.id === mine ? (
                <span className="badge">{t('tables.youSitHere')}</span>
              ) : (
                <button
                  type="button"
                  className="button secondary small"
                  disabled={left === 0}
                  aria-label={t('tables.sitAtNamed', { name })}
                  onClick={() => {
                    requestFocus(TABLES_FOCUS);
                    void seat.run({ type: 'tables:seat', participantId: me, tableId: table.id });
                  }}
                >
                  {t('tables.sitAt')}
                </button>
              )}
            </li>
          );
        })}
      </ul>
      <ErrorText code={seat.error} />
    </section>
  );
};
