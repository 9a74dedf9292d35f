import { useT } from '../../i18n/useT.js';
import { persistence } from '../../store/persistence.js';
import { CopyButton } from '../../ui/CopyButton.js';
import { useCommunityView } from './CommunityContext.js';
import { CommunityTitle } from './CommunityTitle.js';

/**
 * Name, description and the links: the invite (members and organisers are the only ones who see
 * this header) and the organiser link for organisers. Both secrets go in the fragment, which the
 * browser sends in no request and no Referer.
 */
export const CommunityHeader = () => {
  const t = useT();
  const community = useCommunityView();
  const address = `${window.location.origin}/c/${encodeURIComponent(community.id)}`;
  const inviteUrl = `${address}#invite=${encodeURIComponent(community.inviteCode)}`;
  const organiserKey = community.isOrganiser ? persistence.organiserKey(community.id) : null;

  return (
    <header className="community-head stack">
      <CommunityTitle name={community.name} description={community.description} />
      <dl className="share-list community-links">
        <div>
          <dt>{t('community.inviteLink')}</dt>
          <dd>
            <code className="share-value">{inviteUrl}</code>
            <CopyButton text={inviteUrl} label={t('community.copyInvite')} />
          </dd>
        </div>
        <div>
          <dt>{t('community.inviteCode')}</dt>
          <dd>
            <code className="share-value share-code">{community.inviteCode}</code>
          </dd>
        </div>
      </dl>
      {organiserKey ? (
        <div className="note stack community-organiser">
          <p>{t('community.organiserHint')}</p>
          <div>
            <CopyButton
              text={`${address}#key=${encodeURIComponent(organiserKey)}`}
              label={t('community.copyOrganiserLink')}
            />
          </div>
        </div>
      ) : null}
    </header>
  );
};
