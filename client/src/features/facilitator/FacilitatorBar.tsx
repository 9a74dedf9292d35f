import { assertNever, Phase } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator } from '../../store/selectors.js';
import { useFocusTarget } from '../../ui/focus.js';
import { PHONE_QUERY, useMediaQuery } from '../../ui/useMediaQuery.js';
import { DiscussionControls } from './DiscussionControls.js';
import { EndMeetingButton } from './EndMeetingButton.js';
import { MeetingSettingsButton } from './MeetingSettingsButton.js';
import { PhaseMoves } from './PhaseMoves.js';
import { PhoneBarMenu } from './PhoneBarMenu.js';
import { PrimaryStepButton } from './PrimaryStepButton.js';
import { RoundControls } from './RoundControls.js';
import { VoteControls } from './VoteControls.js';
import './facilitator.css';

const PhaseControls = ({ phase }: { phase: Phase }) => {
  switch (phase) {
    case Phase.Lobby:
    case Phase.Propose:
    case Phase.Ended:
      return null;
    case Phase.Checkin:
      return <RoundControls kind="checkin" />;
    case Phase.Vote:
      return <VoteControls />;
    case Phase.Discuss:
      return <DiscussionControls />;
    case Phase.Wrapup:
      return <RoundControls kind="closing" />;
    default:
      return assertNever(phase);
  }
};

/**
 * Always in reach for moderators: the current phase's actions, the way to the next phase and
 * ending the meeting. On a phone it docks at the bottom with the next step in sight and the rest
 * in a menu.
 */
export const FacilitatorBar = () => {
  const t = useT();
  const isModerator = useAppStore(selectIsModerator);
  const phase = useAppStore((state) => state.view?.phase ?? Phase.Lobby);
  const phone = useMediaQuery(PHONE_QUERY);
  const focusTarget = useFocusTarget<HTMLDivElement>('discussion-controls');
  if (!isModerator) return null;
  const controls = (
    <>
      <div className="bar-main" {...focusTarget}>
        <PhaseControls phase={phase} />
      </div>
      <PhaseMoves phase={phase} />
      <MeetingSettingsButton />
      <EndMeetingButton prominent={!phone && phase === Phase.Wrapup} />
    </>
  );
  return (
    <section className="facilitator-bar" aria-label={t('facilitator.barLabel')}>
      <PhoneBarMenu docked={phone} primary={<PrimaryStepButton />}>
        {controls}
      </PhoneBarMenu>
    </section>
  );
};
