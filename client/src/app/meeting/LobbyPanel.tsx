import { ReviewActionsPanel } from '../../features/meeting/ReviewActionsPanel.js';
import { WhenAndWhere } from '../../features/meeting/WhenAndWhere.js';
import { TopicsPanel } from '../../features/topics/TopicsPanel.js';
import { useT } from '../../i18n/useT.js';

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
