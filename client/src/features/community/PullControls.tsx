import type { ScheduledMeeting } from '@percolate/shared';
import { useId, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { useCommunityCommand } from './CommunityContext.js';

/** "Select all" and "Pull into <meeting>" for the checked backlog topics. */
export const PullControls = ({
  meetings,
  target,
  onTarget,
  selectedIds,
  allSelected,
  onSelectAll,
  onPulled,
}: {
  meetings: ScheduledMeeting[];
  target: ScheduledMeeting;
  onTarget: (meetingId: string) => void;
  selectedIds: string[];
  allSelected: boolean;
  onSelectAll: (all: boolean) => void;
  onPulled: () => void;
}) => {
  const t = useT();
  const pull = useCommunityCommand();
  const targetId = useId();
  const allId = useId();
  const hintId = useId();
  const nothingSelected = selectedIds.length === 0;

  const [pulled, setPulled] = useState<string | null>(null);

  const submit = async () => {
    if (nothingSelected) return;
    setPulled(null);
    const count = selectedIds.length;
    const done = await pull.run({
      type: 'backlog:pull',
      meetingId: target.meetingId,
      topicIds: selectedIds,
    });
    if (done) {
      setPulled(t('community.pulled', { count, title: target.title }));
      onPulled();
    }
  };

  return (
    <div className="pull-controls stack">
      <div className="pull-row">
        <div className="field field-checkbox">
          <input
            id={allId}
            type="checkbox"
            checked={allSelected}
            onChange={(event) => onSelectAll(event.target.checked)}
          />
          <label htmlFor={allId}>{t('community.selectAll')}</label>
        </div>
        {meetings.length > 1 ? (
          <div className="field">
            <label className="field-label" htmlFor={targetId}>
              {t('community.pullTarget')}
            </label>
            <select
              id={targetId}
              value={target.meetingId}
              onChange={(event) => onTarget(event.target.value)}
            >
              {meetings.map((meeting) => (
                <option key={meeting.meetingId} value={meeting.meetingId}>
                  {meeting.title}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <button
          type="button"
          className="button primary small"
          aria-disabled={nothingSelected}
          aria-describedby={nothingSelected ? hintId : undefined}
          onClick={() => void submit()}
          disabled={pull.pending}
        >
          {t('community.pullInto', { count: selectedIds.length, title: target.title })}
        </button>
      </div>
      {nothingSelected ? (
        <p id={hintId} className="muted small">
          {t('community.pullSelectFirst')}
        </p>
      ) : null}
      <ErrorText code={pull.error} />
      <p role="status" className="muted small">
        {pulled ?? ''}
      </p>
    </div>
  );
};
