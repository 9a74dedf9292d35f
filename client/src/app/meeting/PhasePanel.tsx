import { assertNever, Phase } from '@percolate/shared';
import { RoundPanel } from '../../features/checkin/RoundPanel.js';
import { DiscussPanel } from '../../features/discuss/DiscussPanel.js';
import { DiscussionControls } from '../../features/facilitator/DiscussionControls.js';
import { ReviewActionsPanel } from '../../features/meeting/ReviewActionsPanel.js';
import { TableDiscussion } from '../../features/tables/TableDiscussion.js';
import { TableTopics } from '../../features/tables/TableTopics.js';
import { TopicsPanel } from '../../features/topics/TopicsPanel.js';
import { PreVotePanel } from '../../features/vote/PreVotePanel.js';
import { VotePanel } from '../../features/vote/VotePanel.js';
import { useT } from '../../i18n/useT.js';
import { useFocusTarget } from '../../ui/focus.js';
import { phaseNameKey } from '../../ui/PhaseStepper.js';
import { LobbyPanel } from './LobbyPanel.js';
import { WrapupPanel } from './WrapupPanel.js';

const PhaseContent = ({ phase }: { phase: Phase }) => {
  switch (phase) {
    case Phase.Lobby:
      return <LobbyPanel />;
    case Phase.Checkin:
      return (
        <div className="stack">
          <ReviewActionsPanel />
          <RoundPanel kind="checkin" />
          <TableTopics>
            <PreVotePanel />
          </TableTopics>
        </div>
      );
    case Phase.Propose:
      return (
        <TableTopics>
          <TopicsPanel />
        </TableTopics>
      );
    case Phase.Vote:
      return (
        <TableTopics>
          <VotePanel />
        </TableTopics>
      );
    case Phase.Discuss:
      // At a table, its host gets the facilitator's discussion controls for that table.
      return (
        <TableDiscussion controls={<DiscussionControls />}>
          <DiscussPanel />
        </TableDiscussion>
      );
    case Phase.Wrapup:
      return <WrapupPanel />;
    case Phase.Ended:
      return null;
    default:
      return assertNever(phase);
  }
};

/** The current phase's work area, headed by the phase's name. */
export const PhasePanel = ({ phase }: { phase: Phase }) => {
  const t = useT();
  const focusTarget = useFocusTarget<HTMLHeadingElement>('phase', phase);
  return (
    <section
      className="phase-panel"
      aria-labelledby="phase-heading"
      data-focus-fallback="phase-heading"
    >
      <h2 id="phase-heading" tabIndex={-1} {...focusTarget}>
        {t(phaseNameKey(phase))}
      </h2>
      <PhaseContent phase={phase} />
    </section>
  );
};
