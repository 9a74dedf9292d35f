import { BoardTables } from '../../features/tables/BoardTables.js';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { phaseNameKey } from '../../ui/PhaseStepper.js';
import { useDocumentTitle } from '../../ui/useDocumentTitle.js';
import { ConnectionBanner } from '../connection/ConnectionBanner.js';
import { MeetingGate } from '../connection/MeetingGate.js';
import { useMeetingConnection } from '../connection/useMeetingConnection.js';
import { BoardContent } from './BoardContent.js';
import { TableBoard, useBoardTable } from './TableBoard.js';
import './board.css';

/** For a projector or a shared screen: large, readable, nothing to click. */
export const BoardPage = ({
  meetingId,
  tableId = null,
}: {
  meetingId: string;
  tableId?: string | null;
}) => {
  useMeetingConnection(meetingId, { asFacilitator: false });
  return (
    <MeetingGate meetingId={meetingId}>
      <Board meetingId={meetingId} tableId={tableId} />
    </MeetingGate>
  );
};

/** A table's board while its table runs; the meeting's otherwise (before the split, after the rejoin). */
const Board = ({ meetingId, tableId }: { meetingId: string; tableId: string | null }) => {
  const t = useT();
  const title = useAppStore((state) => state.view?.title ?? '');
  const phase = useAppStore((state) => state.view?.phase);
  const table = useBoardTable(tableId);
  useDocumentTitle(title);
  if (!phase) return null;
  if (table) {
    return (
      <>
        <ConnectionBanner />
        <main className="board" id="main">
          <TableBoard table={table} meetingTitle={title} />
        </main>
      </>
    );
  }
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
