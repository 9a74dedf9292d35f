import { assertNever, Phase } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useFocusTarget } from '../../ui/focus.js';
import { RoundPanel } from '../checkin/RoundPanel.js';
import { DiscussPanel } from '../discuss/DiscussPanel.js';
import { TopicsPanel } from '../topics/TopicsPanel.js';
import { PreVotePanel } from '../vote/PreVotePanel.js';
import { VotePanel } from '../vote/VotePanel.js';
import { WrapupPanel } from '../wrapup/WrapupPanel.js';
import { LobbyPanel } from './LobbyPanel.js';
import { phaseNameKey } from './PhaseStepper.js';
import { ReviewActionsPanel } from './ReviewActionsPanel.js';

const PhaseContent = ({ phase }: { phase: Phase }) => {
  switch (phase) {
    case Phase.Lobby:
      return <LobbyPanel />;
    case Phase.Checkin:
      return (
        <div className="stack">
          <ReviewActionsPanel />
          <RoundPanel kind="checkin" />
          <PreVotePanel />
        </div>
      );
    case Phase.Propose:
      return <TopicsPanel />;
    case Phase.Vote:
      return <VotePanel />;
    case Phase.Discuss:
      return <DiscussPanel />;
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
