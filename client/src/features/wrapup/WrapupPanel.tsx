import { RoundPanel } from '../checkin/RoundPanel.js';
import { SummaryEditor } from './SummaryEditor.js';

/** The closing round, then the summary that opens the minutes. */
export const WrapupPanel = () => (
  <div className="stack">
    <RoundPanel kind="closing" />
    <SummaryEditor />
  </div>
);
