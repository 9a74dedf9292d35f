import { useT } from '../../i18n/useT.js';
import { ConfirmButton } from '../../ui/ConfirmButton.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { useCommunityCommand, useCommunityView } from './CommunityContext.js';
import { OtherDeviceLink } from './OtherDeviceLink.js';

/** Who belongs to the community; a member takes it to another device or leaves it here. */
export const MembersSection = () => {
  const t = useT();
  const { id, members, me } = useCommunityView();
  const leave = useCommunityCommand();

  return (
    <section className="card stack" aria-labelledby="members-heading">
      <h2 id="members-heading">{t('community.members', { count: members.length })}</h2>
      {members.length === 0 ? (
        <p className="muted">{t('community.noMembers')}</p>
      ) : (
        <ul className="community-list">
          {members.map((member) => (
            <li key={member.id}>
              {member.name}
              {member.id === me ? <span className="muted"> {t('presence.you')}</span> : null}
            </li>
          ))}
        </ul>
      )}
      {me !== null ? <OtherDeviceLink communityId={id} /> : null}
      {me !== null ? (
        <div>
          <ConfirmButton
            label={t('community.leave')}
            confirmLabel={t('community.leaveConfirm')}
            onConfirm={() => void leave.run({ type: 'member:leave', memberId: me })}
            disabled={leave.pending}
          />
        </div>
      ) : null}
      <ErrorText code={leave.error} />
    </section>
  );
};
