import type { CommunityCommand, CommunityPreview } from '@percolate/shared';
import type { CommunityOutcome } from '../../api/communitiesApi.js';
import { PageShell } from '../../app/PageShell.js';
import { useT } from '../../i18n/useT.js';
import { persistence } from '../../store/persistence.js';
import { CommunityTitle } from './CommunityTitle.js';
import { JoinCommunityForm } from './JoinCommunityForm.js';

/**
 * What someone who is neither a member nor the organiser sees: the name and description, and the
 * join form only with the invite code (from the invite link or typed on the join page). A guest
 * who followed a meeting's "Part of …" link is asked for the invite link instead.
 */
export const CommunityPreviewPage = ({
  preview,
  send,
}: {
  preview: CommunityPreview;
  send: (command: CommunityCommand) => Promise<CommunityOutcome>;
}) => {
  const t = useT();
  const invited = persistence.inviteCode(preview.id) !== null;
  return (
    <PageShell>
      <header className="community-head stack">
        <CommunityTitle name={preview.name} description={preview.description} />
      </header>
      {invited ? (
        <JoinCommunityForm send={send} />
      ) : (
        <p className="note community-ask-invite">{t('community.askForInvite')}</p>
      )}
    </PageShell>
  );
};
