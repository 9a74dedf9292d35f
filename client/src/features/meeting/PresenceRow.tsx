import { type PublicParticipantView, Role } from '@percolate/shared';
import { useId } from 'react';
import { useT } from '../../i18n/useT.js';
import { ParticipantControls } from './ParticipantControls.js';
import { SelfControls } from './SelfControls.js';

interface PresenceRowProps {
  participant: PublicParticipantView;
  /** Unknown while this browser has no connection (the last list would be stale). */
  online: boolean | 'unknown';
  isMe: boolean;
  /** The actions for this person behind one button: one's own, or the facilitator's for others. */
  actions: { open: boolean; toggle: () => void } | null;
}

/** One person in "Who is here": name, role, online or away, and the facilitator's action button. */
export const PresenceRow = ({ participant, online, isMe, actions }: PresenceRowProps) => {
  const t = useT();
  const actionsId = useId();
  return (
    <li data-online={online}>
      <div className="presence-row">
        <span className="presence-dot" aria-hidden="true" />
        <span className="presence-name">
          {participant.name}
          {isMe ? ` ${t('presence.you')}` : ''}
        </span>
        {participant.role !== Role.Participant ? (
          <span className="badge">{t(`role.${participant.role}`)}</span>
        ) : null}
        <span className="presence-state">
          {online === 'unknown'
            ? t('presence.unknown')
            : online
              ? t('presence.online')
              : t('presence.away')}
        </span>
        {actions ? (
          <button
            type="button"
            className="button ghost small presence-actions"
            aria-expanded={actions.open}
            aria-controls={actionsId}
            onClick={actions.toggle}
          >
            <span aria-hidden="true">⋯</span>
            <span className="visually-hidden">
              {isMe
                ? t('presence.actionsForMe')
                : t('presence.actionsFor', { name: participant.name })}
            </span>
          </button>
        ) : null}
      </div>
      {actions?.open ? (
        <div id={actionsId}>
          {isMe ? (
            <SelfControls participant={participant} />
          ) : (
            <ParticipantControls participant={participant} />
          )}
        </div>
      ) : null}
    </li>
  );
};
