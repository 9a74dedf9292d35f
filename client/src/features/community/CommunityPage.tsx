import { ErrorCode, maySearch } from '@percolate/shared';
import { MessagePage } from '../../app/MessagePage.js';
import { NotFoundPage } from '../../app/NotFoundPage.js';
import { PageShell } from '../../app/PageShell.js';
import { errorKey } from '../../i18n/errorKey.js';
import { useT } from '../../i18n/useT.js';
import { useDocumentTitle } from '../../ui/useDocumentTitle.js';
import { ArchiveSection } from './ArchiveSection.js';
import { BacklogSection } from './BacklogSection.js';
import { CommunityProvider } from './CommunityContext.js';
import { CommunityHeader } from './CommunityHeader.js';
import { CommunityPreviewPage } from './CommunityPreviewPage.js';
import { DeleteCommunity } from './DeleteCommunity.js';
import { DeliverySection } from './DeliverySection.js';
import { DownloadArchive } from './DownloadArchive.js';
import { JoinCommunityForm } from './JoinCommunityForm.js';
import { MeetingDefaultsSection } from './MeetingDefaultsSection.js';
import { MembersSection } from './MembersSection.js';
import { OpenActionsSection } from './OpenActionsSection.js';
import { RotationSection } from './RotationSection.js';
import { SearchSection } from './SearchSection.js';
import { UpcomingMeetings } from './UpcomingMeetings.js';
import { useCommunity } from './useCommunity.js';
import './community.css';

/** `/c/:id`: a community's meetings, backlog, open actions, archive, rotation and members. */
export const CommunityPage = ({ communityId }: { communityId: string }) => {
  const t = useT();
  const { loaded, refresh, send } = useCommunity(communityId);
  useDocumentTitle('community' in loaded ? loaded.community.name : t('community.title'));

  if (loaded.state === 'loading') {
    return (
      <PageShell>
        <p className="loading" role="status">
          {t('common.loading')}
        </p>
      </PageShell>
    );
  }
  if (loaded.state === 'failed') {
    if (loaded.code === ErrorCode.CommunityNotFound) return <NotFoundPage what="community" />;
    return (
      <MessagePage
        title={t('community.failedTitle')}
        actions={
          <button type="button" className="button primary" onClick={() => void refresh()}>
            {t('connection.retry')}
          </button>
        }
      >
        <p>{t(errorKey(loaded.code))}</p>
      </MessagePage>
    );
  }
  if (loaded.state === 'preview') {
    return <CommunityPreviewPage preview={loaded.community} send={send} />;
  }
  const { community } = loaded;
  return (
    <CommunityProvider value={{ community, send, refresh }}>
      <PageShell wide>
        <CommunityHeader />
        {community.me === null ? (
          <JoinCommunityForm send={send} asOrganiser={community.isOrganiser} />
        ) : null}
        <div className="community-layout">
          <div className="stack community-main">
            <UpcomingMeetings />
            <BacklogSection />
            <OpenActionsSection />
            <ArchiveSection />
          </div>
          <div className="stack community-aside">
            {maySearch(community) ? <SearchSection /> : null}
            <RotationSection />
            {community.isOrganiser ? <MeetingDefaultsSection /> : null}
            <MembersSection />
            {community.isOrganiser ? <DownloadArchive /> : null}
            {community.isOrganiser ? <DeliverySection /> : null}
            {community.isOrganiser ? <DeleteCommunity /> : null}
          </div>
        </div>
      </PageShell>
    </CommunityProvider>
  );
};
