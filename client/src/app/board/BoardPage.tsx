import { BoardTables } from '../../features/tables/BoardTables.js';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { phaseNameKey } from '../../ui/PhaseStepper.js';
import { useDocumentTitle } from '../../ui/useDocumentTitle.js';
import { ConnectionBanner } from '../connection/ConnectionBanner.js';
import { MeetingGate } from '../connection/MeetingGate.js';
import { useMeetingConnection } from '../connection/useMeetingConnection.js';
import { BoardContent } from './BoardContent.js';
import './board.css';

/** For a projector or a shared screen: large, readable, nothing to click. */
export const BoardPage = ({ meetingId }: { meetingId: string }) => {
  useMeetingConnection(meetingId, { asFacilitator: false });
  return (
    <MeetingGate meetingId={meetingId}>
      <Board meetingId={meetingId} />
    </MeetingGate>
  );
};

const Board = ({ meetingId }: { meetingId: string }) => {
  const t = useT();
  const title = useAppStore((state) => state.view?.title ?? '');
  const phase = useAppStore((state) => state.view?.phase);
  useDocumentTitle(title);
  if (!phase) return null;
  return (
    <>
      <ConnectionBanner />
      <main className="board" id="main">
        <header className="board-header">
          <h1>{title}</h1>
          <p className="board-phase">{t(phaseNameKey(phase))}</p>
        </header>
        <BoardTables />
        <BoardContent phase={phase} meetingId={meetingId} />
      </main>
    </>
  );
};
