import { ITEM_KINDS, type Item, type ItemKind, LIMITS } from '@percolate/shared';
import { type FormEvent, useId } from 'react';
import { useT } from '../../i18n/useT.js';
import { useCommand } from '../../store/useCommand.js';
import { useDraft } from '../../store/useDraft.js';
import { CommandStatus } from '../../ui/CommandStatus.js';
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
  const draft = useDraft(item ? `item-edit:${item.id}` : `item:${topicId}`, {
    kind: (item?.kind ?? 'note') as ItemKind,
    text: item?.text ?? '',
    owner: item?.owner ?? '',
    due: item?.due ?? '',
  });
  const { kind, text, owner, due } = draft.fields;
  const save = useCommand();
  const cancel = () => {
    draft.forget();
    onDone?.();
  };

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
    if (item) {
      cancel();
      return;
    }
    draft.reset();
    // Ready for the next note, and typing goes into the field rather than to shortcuts.
    form.querySelector<HTMLElement>('textarea')?.focus();
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
              onChange={() => draft.update({ kind: option })}
              disabled={save.queued}
            />
            <span>{t(`items.kind.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      <TextField
        label={t(`items.textLabel.${kind}`)}
        value={text}
        onChange={(value) => draft.update({ text: value })}
        readOnly={save.queued}
        maxLength={LIMITS.itemText}
        multiline
        required
      />
      {kind === 'action' ? (
        <div className="field-row">
          <TextField
            label={t('items.owner')}
            value={owner}
            onChange={(value) => draft.update({ owner: value })}
            readOnly={save.queued}
            maxLength={LIMITS.owner}
          />
          <TextField
            label={t('items.due')}
            type="date"
            value={due}
            onChange={(value) => draft.update({ due: value })}
            readOnly={save.queued}
          />
        </div>
      ) : null}
      <CommandStatus command={save} />
      <div className="actions">
        <button type="submit" className="button primary small" disabled={save.pending}>
          {item ? t('common.save') : t('items.add')}
        </button>
        {item ? (
          <button type="button" className="button ghost small" onClick={cancel}>
            {t('common.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
};
