import { type PublicParticipantView, Role } from '@percolate/shared';
import { useId } from 'react';
import { useT } from '../../i18n/useT.js';
import { useCommand } from '../../store/useCommand.js';
import { ConfirmButton } from '../../ui/ConfirmButton.js';
import { ErrorText } from '../../ui/ErrorText.js';
import './meeting.css';

const ASSIGNABLE = [Role.Participant, Role.Cofacilitator, Role.Scribe] as const;
type AssignableRole = (typeof ASSIGNABLE)[number];
const isAssignable = (role: string): role is AssignableRole =>
  (ASSIGNABLE as readonly string[]).includes(role);

/**
 * The facilitator's controls for one participant: their role, handing facilitation to them, or
 * removing them (someone who left, or a duplicate from a second device).
 */
export const ParticipantControls = ({ participant }: { participant: PublicParticipantView }) => {
  const t = useT();
  const roleId = useId();
  const command = useCommand();
  const role = isAssignable(participant.role) ? participant.role : Role.Participant;

  return (
    <div className="participant-controls">
      <label htmlFor={roleId} className="visually-hidden">
        {t('presence.roleOf', { name: participant.name })}
      </label>
      <select
        id={roleId}
        value={role}
        onChange={(event) => {
          if (isAssignable(event.target.value))
            void command.run({
              type: 'role:set',
              participantId: participant.id,
              role: event.target.value,
            });
        }}
      >
        {ASSIGNABLE.map((option) => (
          <option key={option} value={option}>
            {t(`role.${option}`)}
          </option>
        ))}
      </select>
      <ConfirmButton
        label={t('presence.handOver')}
        confirmLabel={t('presence.handOverConfirm', { name: participant.name })}
        onConfirm={() => void command.run({ type: 'facilitation:handover', to: participant.id })}
      />
      <ConfirmButton
        label={t('presence.remove')}
        confirmLabel={t('presence.removeConfirm', { name: participant.name })}
        onConfirm={() =>
          void command.run({ type: 'participant:remove', participantId: participant.id })
        }
      />
      <ErrorText code={command.error} />
    </div>
  );
};
