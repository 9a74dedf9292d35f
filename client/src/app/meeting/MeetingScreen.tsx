import { Phase, Role } from '@percolate/shared';
import { FacilitatorBar } from '../../features/facilitator/FacilitatorBar.js';
import { ShortcutsHelp } from '../../features/facilitator/ShortcutsDialog.js';
import { CommunityBanner } from '../../features/meeting/CommunityBanner.js';
import { PhaseAnnouncer } from '../../features/meeting/PhaseAnnouncer.js';
import { PresencePanel } from '../../features/meeting/PresencePanel.js';
import { ReviewActionsPanel } from '../../features/meeting/ReviewActionsPanel.js';
import { SettingsAnnouncer } from '../../features/meeting/SettingsAnnouncer.js';
import { TakeOverButton } from '../../features/meeting/TakeOverButton.js';
import { MeetingTabs } from '../../features/minutes/MeetingTabs.js';
import { SharePanel } from '../../features/share/SharePanel.js';
import { TablesSection } from '../../features/tables/TablesSection.js';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator } from '../../store/selectors.js';
import { ScreenIcon } from '../../ui/icons.js';
import { PhaseStepper } from '../../ui/PhaseStepper.js';
import { SoundToggle } from '../../ui/PreferenceControls.js';
import { useDocumentTitle } from '../../ui/useDocumentTitle.js';
import { ConnectionBanner } from '../connection/ConnectionBanner.js';
import { PageShell } from '../PageShell.js';
import { paths } from '../routes.js';
import { PhasePanel } from './PhasePanel.js';
import './meetingScreen.css';

/** Where the review of earlier actions is part of the phase's own panel; later it waits aside. */
const REVIEW_IN_MAIN: readonly Phase[] = [Phase.Lobby, Phase.Checkin];

const MeetingTools = ({ meetingId }: { meetingId: string }) => {
  const t = useT();
  return (
    <>
      <a className="button ghost icon" href={paths.board(meetingId)} target="_blank" rel="noopener">
        <ScreenIcon />
        <span className="visually-hidden">{t('board.open')}</span>
      </a>
      <SoundToggle />
      <ShortcutsHelp />
    </>
  );
};

/** The meeting as a joined participant sees it. */
export const MeetingScreen = ({ meetingId }: { meetingId: string }) => {
  const t = useT();
  const title = useAppStore((state) => state.view?.title ?? '');
  const phase = useAppStore((state) => state.view?.phase);
  const role = useAppStore((state) => state.me?.role ?? Role.Participant);
  const isModerator = useAppStore(selectIsModerator);
  useDocumentTitle(title);
  if (!phase) return null;

  return (
    <PageShell wide tools={<MeetingTools meetingId={meetingId} />} top={<ConnectionBanner />}>
      <div className="meeting-head">
        <div className="meeting-title">
          <CommunityBanner />
          <h1>{title}</h1>
          <p className="muted">{t('meeting.youAre', { role: t(`role.${role}`) })}</p>
        </div>
        <TakeOverButton />
      </div>
      <PhaseStepper phase={phase} />
      <PhaseAnnouncer phase={phase} />
      <FacilitatorBar />
      <SettingsAnnouncer />
      <TablesSection />
      <div className="meeting-layout">
        <MeetingTabs meetingId={meetingId}>
          <PhasePanel phase={phase} />
        </MeetingTabs>
        <aside className="meeting-aside" aria-label={t('meeting.asideLabel')}>
          {isModerator ? <SharePanel meetingId={meetingId} /> : null}
          <PresencePanel />
          {isModerator ? null : <SharePanel meetingId={meetingId} />}
          {REVIEW_IN_MAIN.includes(phase) ? null : <ReviewActionsPanel boxed />}
        </aside>
      </div>
    </PageShell>
  );
};
