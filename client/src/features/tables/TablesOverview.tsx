import {
  isModeratorRole,
  LIMITS,
  type PublicParticipantView,
  type PublicTableView,
} from '@percolate/shared';
import { type FormEvent, useId, useState } from 'react';
import { formatList } from '../../i18n/format.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { ConfirmButton } from '../../ui/ConfirmButton.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { requestFocus, useFocusTarget } from '../../ui/focus.js';
import { NumberField } from '../../ui/NumberField.js';
import { SelectField } from '../../ui/SelectField.js';
import { RenameTable } from './RenameTable.js';
import { TableTextForm } from './TableTextForm.js';
import { TopicAtTable } from './TopicAtTable.js';
import { HARVEST_FOCUS, TABLES_FOCUS } from './tablesFocus.js';
import { nameIn, peopleOf } from './tableText.js';
import { useTableLabel } from './useTableLabel.js';
import { WhereWeTalk } from './WhereWeTalk.js';

const NOT_SEATED = '';

/** One person's table, changed with a select (keyboard: focus, arrows, done). */
const SeatSelect = ({
  person,
  seat,
  tables,
}: {
  person: PublicParticipantView;
  seat: string;
  tables: readonly PublicTableView[];
}) => {
  const t = useT();
  const labelOf = useTableLabel();
  const move = useCommand();
  return (
    <li className="table-person">
      <span>{person.name}</span>
      <SelectField
        label={t('tables.moveNamed', { name: person.name })}
        hideLabel
        value={seat}
        placeholder={t('tables.notSeated')}
        options={tables.map((table) => ({
          value: table.id,
          label: labelOf(table),
        }))}
        onChange={(tableId) =>
          void move.run({ type: 'tables:seat', participantId: person.id, tableId })
        }
      />
      <ErrorText code={move.error} />
    </li>
  );
};

const HostSelect = ({
  table,
  people,
}: {
  table: PublicTableView;
  people: readonly PublicParticipantView[];
}) => {
  const t = useT();
  const host = useCommand();
  return (
    <div>
      <SelectField
        label={t('tables.host')}
        value={table.hostId ?? NOT_SEATED}
        placeholder={t('tables.noHost')}
        options={people
          .filter((person) => table.people.includes(person.id))
          .map((person) => ({ value: person.id, label: person.name }))}
        onChange={(participantId) =>
          void host.run({ type: 'tables:host', tableId: table.id, participantId })
        }
      />
      <ErrorText code={host.error} />
    </div>
  );
};

const Thumbs = ({ table }: { table: PublicTableView }) => {
  const t = useT();
  const vote = table.discussion?.continueVote;
  if (!vote) return null;
  return <p className="table-thumbs">{t('tables.thumbs', { ...vote.tally })}</p>;
};

const TableCard = ({
  table,
  tables,
  people,
}: {
  table: PublicTableView;
  tables: readonly PublicTableView[];
  people: readonly PublicParticipantView[];
}) => {
  const t = useT();
  const labelOf = useTableLabel();
  const headingId = useId();
  const here = people.filter((person) => table.people.includes(person.id));
  return (
    <li className="card table-card" aria-labelledby={headingId}>
      <h4 id={headingId}>
        {labelOf(table)} <span className="muted">{t('tables.people', { count: here.length })}</span>
      </h4>
      <RenameTable table={table} />
      <p>
        {table.hostId
          ? t('tables.hostIs', { name: nameIn(people, table.hostId) })
          : t('tables.noHost')}
      </p>
      <WhereWeTalk text={table.whereWeTalk} />
      <TopicAtTable table={table} />
      <Thumbs table={table} />
      <HostSelect table={table} people={people} />
      <TableTextForm
        table={table}
        type="tables:where"
        label={t('tables.whereLabelNamed', { name: labelOf(table) })}
        submit={t('common.save')}
        maxLength={LIMITS.whereWeTalk}
      />
      <ul className="table-people">
        {here.map((person) => (
          <SeatSelect key={person.id} person={person} seat={table.id} tables={tables} />
        ))}
      </ul>
    </li>
  );
};

const TimeCallForm = () => {
  const t = useT();
  const call = useCommand();
  const [minutes, setMinutes] = useState<number | null>(10);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (minutes !== null) void call.run({ type: 'tables:timeCall', minutes });
  };
  return (
    <form className="table-time-call" onSubmit={submit}>
      <NumberField
        label={t('tables.timeCallMinutes')}
        value={minutes}
        min={0}
        max={LIMITS.maxTimeboxMinutes}
        onChange={setMinutes}
      />
      <button type="submit" className="button secondary" disabled={call.pending}>
        {t('tables.timeCall')}
      </button>
      <ErrorText code={call.error} />
    </form>
  );
};

const RejoinButton = () => {
  const t = useT();
  const rejoin = useCommand();
  return (
    <div>
      <ConfirmButton
        className="button secondary"
        label={t('tables.rejoin')}
        confirmLabel={t('tables.rejoinConfirm')}
        onConfirm={() => {
          // The overview goes with the tables: the harvest that replaces it takes focus.
          requestFocus(HARVEST_FOCUS);
          void rejoin.run({ type: 'tables:rejoin' });
        }}
      />
      <ErrorText code={rejoin.error} />
    </div>
  );
};

/**
 * The lead facilitator's view of every table at once: host, where, people (each movable), the
 * topic, time and thumbs; a time call to all tables, and everyone back for the harvest.
 */
export const TablesOverview = ({ tables }: { tables: readonly PublicTableView[] }) => {
  const t = useT();
  const locale = useLocale();
  const people = useAppStore((state) => peopleOf(state.view));
  const seated = new Set(tables.flatMap((table) => table.people));
  const away = people.filter((person) => !person.left && !seated.has(person.id));
  // Moderators look after every table: they are not waiting for a seat.
  const facilitating = away.filter((person) => isModeratorRole(person.role));
  const unseated = away.filter((person) => !isModeratorRole(person.role));
  const focusTarget = useFocusTarget<HTMLHeadingElement>(TABLES_FOCUS);
  return (
    <section className="tables-overview stack" aria-labelledby="tables-overview-heading">
      <h3 id="tables-overview-heading" tabIndex={-1} {...focusTarget}>
        {t('tables.overview')}
      </h3>
      <div className="actions table-lead-actions">
        <TimeCallForm />
        <RejoinButton />
      </div>
      <ul className="table-cards">
        {tables.map((table) => (
          <TableCard key={table.id} table={table} tables={tables} people={people} />
        ))}
      </ul>
      {facilitating.length > 0 ? (
        <p>
          {t('tables.facilitating', {
            names: formatList(
              facilitating.map((person) => person.name),
              locale,
            ),
          })}
        </p>
      ) : null}
      {unseated.length > 0 ? (
        <section aria-labelledby="tables-unseated-heading">
          <h4 id="tables-unseated-heading">{t('tables.unseated')}</h4>
          <ul className="table-people">
            {unseated.map((person) => (
              <SeatSelect key={person.id} person={person} seat={NOT_SEATED} tables={tables} />
            ))}
          </ul>
        </section>
      ) : null}
    </section>
  );
};
