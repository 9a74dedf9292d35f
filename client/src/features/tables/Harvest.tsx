import { LIMITS, type PublicTableView } from '@percolate/shared';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator, selectMyId } from '../../store/selectors.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TextField } from '../../ui/TextField.js';

const HarvestForm = ({ table, label }: { table: PublicTableView; label: string }) => {
  const t = useT();
  const harvest = useCommand();
  const [text, setText] = useState(table.harvest);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void harvest.run({ type: 'tables:harvest', tableId: table.id, text: text.trim() });
  };
  return (
    <form className="stack" onSubmit={submit}>
      <TextField
        label={t('tables.harvestLabel', { name: label })}
        value={text}
        multiline
        maxLength={LIMITS.harvest}
        onChange={setText}
      />
      <div className="actions">
        <button type="submit" className="button secondary small" disabled={harvest.pending}>
          {t('tables.harvestSave')}
        </button>
      </div>
      <ErrorText code={harvest.error} />
    </form>
  );
};

/**
 * Back in the plenary: each table's takeaways, shown to everyone; whoever sat at a table (its host
 * among them) or a moderator writes them.
 */
export const Harvest = ({ tables }: { tables: readonly PublicTableView[] }) => {
  const t = useT();
  const me = useAppStore(selectMyId);
  const isModerator = useAppStore(selectIsModerator);
  return (
    <section className="harvest stack" aria-labelledby="harvest-heading">
      <h3 id="harvest-heading">{t('tables.harvest')}</h3>
      <ul className="table-cards">
        {tables.map((table) => {
          const name = t('tables.name', { name: table.name });
          const writes = isModerator || (me !== null && table.people.includes(me));
          return (
            <li key={table.id} className="card table-card stack">
              <h4>{name}</h4>
              {table.harvest ? (
                <p className="table-harvest">{table.harvest}</p>
              ) : (
                <p className="muted">{t('tables.harvestEmpty')}</p>
              )}
              {writes ? <HarvestForm table={table} label={name} /> : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
};
