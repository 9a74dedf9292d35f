import { type Item, mayChangeItem, mayWriteNotes } from '@percolate/shared';
import { useState } from 'react';
import { formatIsoDate } from '../../i18n/format.js';
import { useLocale, useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { ConfirmButton } from '../../ui/ConfirmButton.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { ItemForm } from './ItemForm.js';

const useMayChangeItem = (item: Item): boolean =>
  useAppStore((state) => {
    const { participantId, role } = state.me ?? {};
    if (!participantId || !role || !state.view) return false;
    return (
      mayWriteNotes(role, state.view.settings) && mayChangeItem({ id: participantId, role }, item)
    );
  });

export const ItemRow = ({ item, editable }: { item: Item; editable: boolean }) => {
  const t = useT();
  const locale = useLocale();
  const [editing, setEditing] = useState(false);
  const mayChange = useMayChangeItem(item) && editable;
  const remove = useCommand();
  const toggle = useCommand();
  // A note can become a decision (and back) with one press; action items keep their kind.
  const toggledKind = item.kind === 'note' ? 'decision' : item.kind === 'decision' ? 'note' : null;

  if (editing) {
    return (
      <li className="item">
        <ItemForm topicId={item.topicId} item={item} onDone={() => setEditing(false)} />
      </li>
    );
  }
  return (
    <li className="item" data-kind={item.kind}>
      <span className="item-kind">{t(`items.kind.${item.kind}`)}</span>
      <p className="item-text">{item.text}</p>
      {item.kind === 'action' && (item.owner || item.due) ? (
        <p className="item-meta">
          {item.owner ? t('items.ownerIs', { name: item.owner }) : null}
          {item.owner && item.due ? ' · ' : null}
          {item.due ? t('items.dueOn', { date: formatIsoDate(item.due, locale) }) : null}
        </p>
      ) : null}
      {mayChange ? (
        <div className="item-actions">
          {toggledKind ? (
            <button
              type="button"
              className="button ghost small"
              disabled={toggle.pending}
              onClick={() =>
                void toggle.run({ type: 'item:edit', itemId: item.id, kind: toggledKind })
              }
            >
              {t(toggledKind === 'decision' ? 'items.markDecision' : 'items.makeNote')}
            </button>
          ) : null}
          <button type="button" className="button ghost small" onClick={() => setEditing(true)}>
            {t('common.edit')}
          </button>
          <ConfirmButton
            className="button ghost small"
            label={t('common.delete')}
            confirmLabel={t('items.deleteConfirm')}
            onConfirm={() => void remove.run({ type: 'item:delete', itemId: item.id })}
          />
          <ErrorText code={remove.error ?? toggle.error} />
        </div>
      ) : null}
    </li>
  );
};
