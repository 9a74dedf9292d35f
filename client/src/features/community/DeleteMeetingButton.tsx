import type { ScheduledMeeting } from '@percolate/shared';
import { useT } from '../../i18n/useT.js';
import { ConfirmButton } from '../../ui/ConfirmButton.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { useCommunityCommand } from './CommunityContext.js';

/** Organisers delete a meeting with its minutes; the entry stays, marked as deleted. */
export const DeleteMeetingButton = ({ meeting }: { meeting: ScheduledMeeting }) => {
  const t = useT();
  const remove = useCommunityCommand();
  return (
    <>
      <ConfirmButton
        className="button ghost small"
        label={t('community.deleteMeeting')}
        confirmLabel={t('community.deleteMeetingConfirm', { title: meeting.title })}
        onConfirm={() => void remove.run({ type: 'meeting:delete', meetingId: meeting.meetingId })}
        disabled={remove.pending}
      />
      <ErrorText code={remove.error} />
    </>
  );
};
