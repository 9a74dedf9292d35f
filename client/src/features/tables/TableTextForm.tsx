import type { PublicTableView } from '@percolate/shared';
import { type FormEvent, useState } from 'react';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TextField } from '../../ui/TextField.js';

/** A table's own text, sent whole: where it talks, or its takeaways for the harvest. */
export const TableTextForm = ({
  table,
  type,
  label,
  submit,
  maxLength,
  multiline,
}: {
  table: PublicTableView;
  type: 'tables:where' | 'tables:harvest';
  label: string;
  submit: string;
  maxLength: number;
  multiline?: boolean;
}) => {
  const send = useCommand();
  const stored = type === 'tables:where' ? table.whereWeTalk : table.harvest;
  const [text, setText] = useState(stored);
  const [shown, setShown] = useState(stored);
  // Someone else at the table (its host, the lead) changed the text: show it, unless this person
  // is in the middle of writing their own.
  if (stored !== shown) {
    setShown(stored);
    if (text === shown) setText(stored);
  }
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    void send.run({ type, tableId: table.id, text: text.trim() });
  };
  return (
    <form className="table-text-form" onSubmit={onSubmit}>
      <TextField
        label={label}
        value={text}
        maxLength={maxLength}
        multiline={multiline}
        onChange={setText}
      />
      <button type="submit" className="button secondary small" disabled={send.pending}>
        {submit}
      </button>
      <ErrorText code={send.error} />
    </form>
  );
};
