import { RoundPanel } from '../../features/checkin/RoundPanel.js';
import { SummaryEditor } from '../../features/minutes/SummaryEditor.js';

/** The closing round, then the summary that opens the minutes. */
export const WrapupPanel = () => (
  <div className="stack">
    <RoundPanel kind="closing" />
    <SummaryEditor />
  </div>
);
