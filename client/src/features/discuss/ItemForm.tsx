import { ITEM_KINDS, type Item, type ItemKind, LIMITS } from '@percolate/shared';
import { type FormEvent, useId, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { TextField } from '../../ui/TextField.js';

interface ItemFormProps {
  topicId: string;
  /** Editing an existing item; adding one otherwise. */
  item?: Item;
  onDone?: () => void;
}

/** Write a note, a decision or an action item (with owner and due date). */
export const ItemForm = ({ topicId, item, onDone }: ItemFormProps) => {
  const t = useT();
  const kindName = useId();
  const [kind, setKind] = useState<ItemKind>(item?.kind ?? 'note');
  const [text, setText] = useState(item?.text ?? '');
  const [owner, setOwner] = useState(item?.owner ?? '');
  const [due, setDue] = useState(item?.due ?? '');
  const save = useCommand();

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const form = event.currentTarget;
    if (!text.trim()) return;
    const isAction = kind === 'action';
    const fields = {
      kind,
      text: text.trim(),
      owner: isAction && owner.trim() ? owner.trim() : null,
      due: isAction && due ? due : null,
    };
    const ok = await save.run(
      item
        ? { type: 'item:edit', itemId: item.id, ...fields }
        : { type: 'item:add', topicId, ...fields },
    );
    if (!ok) return;
    if (!item) {
      setText('');
      setOwner('');
      setDue('');
      // Ready for the next note, and typing goes into the field rather than to shortcuts.
      form.querySelector<HTMLElement>('textarea')?.focus();
    }
    onDone?.();
  };

  return (
    <form className="item-form stack" onSubmit={submit}>
      <fieldset className="segmented">
        <legend className="visually-hidden">{t('items.kind')}</legend>
        {ITEM_KINDS.map((option) => (
          <label key={option} className="segment">
            <input
              type="radio"
              name={kindName}
              checked={kind === option}
              onChange={() => setKind(option)}
            />
            <span>{t(`items.kind.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <TextField
        label={t(`items.textLabel.${kind}`)}
        value={text}
        onChange={setText}
        maxLength={LIMITS.itemText}
        multiline
        required
      />
      {kind === 'action' ? (
        <div className="field-row">
          <TextField
            label={t('items.owner')}
            value={owner}
            onChange={setOwner}
            maxLength={LIMITS.owner}
          />
          <TextField label={t('items.due')} type="date" value={due} onChange={setDue} />
        </div>
      ) : null}
      <ErrorText code={save.error} />
      <div className="actions">
        <button type="submit" className="button primary small" disabled={save.pending}>
          {item ? t('common.save') : t('items.add')}
        </button>
        {item ? (
          <button type="button" className="button ghost small" onClick={onDone}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
};
