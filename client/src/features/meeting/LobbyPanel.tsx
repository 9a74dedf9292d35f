import { useT } from '../../i18n/useT.js';
import { TopicsPanel } from '../topics/TopicsPanel.js';

/** Before the start: people arrive, and may already bring topics. */
export const LobbyPanel = () => {
  const t = useT();
  return (
    <div className="stack">
      <p className="note">{t('lobby.waiting')}</p>
      <TopicsPanel />
    </div>
  );
};
