import { LIMITS, type PublicTableView } from '@percolate/shared';
import { type FormEvent, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectMyId } from '../../store/selectors.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TextField } from '../../ui/TextField.js';
import { nameIn, peopleOf } from './tableText.js';
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

/** The host (or a moderator) says where the table talks: a breakout room's name or link. */
const WhereForm = ({ table }: { table: PublicTableView }) => {
  const t = useT();
  const where = useCommand();
  const [text, setText] = useState(table.whereWeTalk);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    void where.run({ type: 'tables:where', tableId: table.id, text: text.trim() });
  };
  return (
    <form className="table-where-form" onSubmit={submit}>
      <TextField
        label={t('tables.whereLabel')}
        value={text}
        maxLength={LIMITS.whereWeTalk}
        onChange={setText}
      />
      <button type="submit" className="button secondary small" disabled={where.pending}>
        {t('common.save')}
      </button>
      <ErrorText code={where.error} />
    </form>
  );
};

/** My table: its name, host (or the offer to host it), where it talks and who sits there. */
export const MyTable = ({ table, leads }: { table: PublicTableView; leads: boolean }) => {
  const t = useT();
  const people = useAppStore((state) => peopleOf(state.view));
  const me = useAppStore(selectMyId);
  const names = people.filter((person) => table.people.includes(person.id)).map((p) => p.name);
  return (
    <section className="card my-table stack" aria-labelledby="my-table-heading">
      <h3 id="my-table-heading">{t('tables.yours', { name: table.name })}</h3>
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
      {leads ? <WhereForm table={table} /> : null}
      <p className="table-names">{t('tables.withYou', { names: names.join(', ') })}</p>
    </section>
  );
};
