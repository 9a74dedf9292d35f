import { useT } from '../../i18n/useT.js';
import { TopicsPanel } from '../topics/TopicsPanel.js';
import { ReviewActionsPanel } from './ReviewActionsPanel.js';
import { WhenAndWhere } from './WhenAndWhere.js';

/** Before the start: people arrive, and may already bring topics (and dots, when pre-voting). */
export const LobbyPanel = () => {
  const t = useT();
  return (
    <div className="stack">
      <p className="note">{t('lobby.waiting')}</p>
      <WhenAndWhere />
      <ReviewActionsPanel />
      <TopicsPanel />
    </div>
  );
};
