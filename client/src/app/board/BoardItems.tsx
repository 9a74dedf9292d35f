import type { Item } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';

const NO_ITEMS: Item[] = [];

/**
 * The notes, decisions and actions of the topic under discussion, newest first: on a projector
 * the latest must stay in sight however many there are (older ones fall off the bottom).
 */
export const BoardItems = ({ topicId }: { topicId: string }) => {
  const t = useT();
  const items = useAppStore((state) => state.view?.items ?? NO_ITEMS);
  const mine = items.filter((item) => item.topicId === topicId).reverse();
  return (
    <section className="board-items" aria-labelledby="board-items-heading">
      <h2 id="board-items-heading">{t('board.notes', { count: mine.length })}</h2>
      {mine.length === 0 ? <p className="muted">{t('items.none')}</p> : null}
      <ul>
        {mine.map((item) => (
          <li key={item.id} data-kind={item.kind}>
            <span className="board-item-kind">{t(`items.kind.${item.kind}`)}</span>
            <span className="board-item-text">{item.text}</span>
            {item.owner ? (
              <span className="board-item-owner">{t('items.ownerIs', { name: item.owner })}</span>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
};
