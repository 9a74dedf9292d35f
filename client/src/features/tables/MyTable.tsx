import { LIMITS, type PublicTableView } from '@percolate/shared';
import { paths } from '../../app/routes.js';
import { formatList } from '../../i18n/format.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectMyId } from '../../store/selectors.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { useFocusTarget } from '../../ui/focus.js';
import { RenameTable } from './RenameTable.js';
import { TableTextForm } from './TableTextForm.js';
import { TABLES_FOCUS } from './tablesFocus.js';
import { nameIn, peopleOf } from './tableText.js';
import { useTableLabel } from './useTableLabel.js';
import { WhereWeTalk } from './WhereWeTalk.js';

const Volunteer = ({ table }: { table: PublicTableView }) => {
  const t = useT();
  const me = useAppStore(selectMyId);
  const host = useCommand();
  if (!me) return null;
  return (
    <div>
      <button
        type="button"
        className="button secondary small"
        onClick={() => void host.run({ type: 'tables:host', tableId: table.id, participantId: me })}
      >
        {t('tables.volunteer')}
      </button>
      <ErrorText code={host.error} />
    </div>
  );
};

/** My table: its name, host (or the offer to host it), where it talks and who sits there. */
export const MyTable = ({ table, leads }: { table: PublicTableView; leads: boolean }) => {
  const t = useT();
  const people = useAppStore((state) => peopleOf(state.view));
  const locale = useLocale();
  const labelOf = useTableLabel();
  const me = useAppStore(selectMyId);
  const meetingId = useAppStore((state) => state.view?.id ?? null);
  const names = people.filter((person) => table.people.includes(person.id)).map((p) => p.name);
  const focusTarget = useFocusTarget<HTMLHeadingElement>(TABLES_FOCUS, table.id);
  return (
    <section className="card my-table stack" aria-labelledby="my-table-heading">
      <h3 id="my-table-heading" tabIndex={-1} {...focusTarget}>
        {t('tables.yours', { name: labelOf(table) })}
      </h3>
      {table.hostId === null ? (
        <>
          <p>{t('tables.noHost')}</p>
          <Volunteer table={table} />
        </>
      ) : (
        <p>
          {table.hostId === me
            ? t('tables.youHost')
            : t('tables.hostIs', { name: nameIn(people, table.hostId) })}
        </p>
      )}
      <WhereWeTalk text={table.whereWeTalk} />
      {leads ? (
        <TableTextForm
          table={table}
          type="tables:where"
          label={t('tables.whereLabel')}
          submit={t('common.save')}
          maxLength={LIMITS.whereWeTalk}
        />
      ) : null}
      {/* After where the table talks: a new host's focus goes on to that first. */}
      {leads ? <RenameTable table={table} /> : null}
      <p className="table-names">{t('tables.withYou', { names: formatList(names, locale) })}</p>
      {meetingId ? (
        <a href={paths.board(meetingId, table.id)} target="_blank" rel="noopener">
          {t('tables.board', { name: labelOf(table) })}
        </a>
      ) : null}
    </section>
  );
};
