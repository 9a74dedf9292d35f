import type { Item } from '@percolate/shared';
import { useMemo } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectCanWriteNotes } from '../../store/selectors.js';
import { ItemForm } from './ItemForm.js';
import { ItemRow } from './ItemRow.js';

const NO_ITEMS: Item[] = [];

/** A topic's notes, decisions and action items, live for everyone; a form for those who write. */
export const TopicItems = ({ topicId, title }: { topicId: string; title: string }) => {
  const t = useT();
  const all = useAppStore((state) => state.view?.items ?? NO_ITEMS);
  const canWrite = useAppStore(selectCanWriteNotes);
  const items = useMemo(() => all.filter((item) => item.topicId === topicId), [all, topicId]);

  return (
    <section className="topic-items stack" aria-label={t('items.regionLabel', { title })}>
      {items.length === 0 ? (
        <p className="muted">{t('items.none')}</p>
      ) : (
        <ul className="item-list">
          {items.map((item) => (
            <ItemRow key={item.id} item={item} editable={canWrite} />
          ))}
        </ul>
      )}
      {canWrite ? <ItemForm topicId={topicId} /> : null}
    </section>
  );
};
