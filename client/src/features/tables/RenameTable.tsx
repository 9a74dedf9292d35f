import { LIMITS, type PublicTableView } from '@percolate/shared';
import { type FormEvent, type KeyboardEvent, useEffect, useRef, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TextField } from '../../ui/TextField.js';
import { useTableLabel } from './useTableLabel.js';

/**
 * Names a table in place, for its host and the moderators: "Rename" opens a one-line field that
 * takes focus; Enter saves, Escape or Cancel closes it, and focus goes back to "Rename".
 */
export const RenameTable = ({ table }: { table: PublicTableView }) => {
  const t = useT();
  const labelOf = useTableLabel();
  const rename = useCommand();
  const [editing, setEditing] = useState(false);
  const [name, setName] = useState('');
  const opener = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const focusOpener = useRef(false);
  useEffect(() => {
    if (editing) {
      const field = form.current?.querySelector('input');
      field?.focus();
      field?.select();
    } else if (focusOpener.current) {
      focusOpener.current = false;
      opener.current?.focus();
    }
  }, [editing]);
  const label = labelOf(table);
  const open = () => {
    setName(table.title === '' ? label : table.title);
    setEditing(true);
  };
  const close = () => {
    focusOpener.current = true;
    setEditing(false);
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const trimmed = name.trim();
    if (trimmed === label) return close();
    if (await rename.run({ type: 'tables:rename', tableId: table.id, name: trimmed })) close();
  };
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return;
    event.preventDefault();
    event.stopPropagation();
    close();
  };
  if (!editing) {
    return (
      <div>
        <button
          ref={opener}
          type="button"
          className="button secondary small"
          aria-label={t('tables.renameNamed', { name: label })}
          onClick={open}
        >
          {t('tables.rename')}
        </button>
      </div>
    );
  }
  return (
    <form
      ref={form}
      className="table-text-form"
      onSubmit={(event) => void submit(event)}
      onKeyDown={onKeyDown}
    >
      <TextField
        label={t('tables.renameLabel', { name: label })}
        value={name}
        maxLength={LIMITS.tableTitle}
        required
        onChange={setName}
      />
      <button type="submit" className="button primary small" disabled={rename.pending}>
        {t('common.save')}
      </button>
      <button type="button" className="button secondary small" onClick={close}>
        {t('common.cancel')}
      </button>
      <ErrorText code={rename.error} />
    </form>
  );
};
