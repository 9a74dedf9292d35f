import { type PublicParticipantView, Role } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsFacilitator, selectIsOffline } from '../../store/selectors.js';
import { ParticipantControls } from './ParticipantControls.js';

const NOBODY: PublicParticipantView[] = [];

/** Who is here: everyone who joined and has not left, online or away. */
export const PresencePanel = () => {
  const t = useT();
  const participants = useAppStore((state) => state.view?.participants ?? NOBODY);
  const online = useAppStore((state) => state.online);
  const myId = useAppStore((state) => state.me?.participantId);
  const isFacilitator = useAppStore(selectIsFacilitator);
  // Without a connection the last online list is stale: say so rather than "16 of 16 online".
  const offline = useAppStore(selectIsOffline);
  const present = participants.filter((p) => !p.left);
  const onlineCount = present.filter((p) => online.includes(p.id)).length;

  return (
    <section className="card presence" aria-labelledby="presence-heading">
      <h2 id="presence-heading">{t('presence.title')}</h2>
      <p className="muted">
        {offline
          ? t('presence.connectionLost')
          : t('presence.summary', { count: onlineCount, total: present.length })}
      </p>
      <ul className="presence-list">
        {present.map((participant) => {
          const isOnline = online.includes(participant.id);
          return (
            <li key={participant.id} data-online={offline ? 'unknown' : isOnline}>
              <div className="presence-row">
                <span className="presence-dot" aria-hidden="true" />
                <span className="presence-name">
                  {participant.name}
                  {participant.id === myId ? ` ${t('presence.you')}` : ''}
                </span>
                {participant.role !== Role.Participant ? (
                  <span className="badge">{t(`role.${participant.role}`)}</span>
                ) : null}
                <span className="presence-state">
                  {offline
                    ? t('presence.unknown')
                    : isOnline
                      ? t('presence.online')
                      : t('presence.away')}
                </span>
              </div>
              {isFacilitator && participant.id !== myId ? (
                <ParticipantControls participant={participant} />
              ) : null}
            </li>
          );
        })}
      </ul>
    </section>
  );
};
