import { DEFAULT_MEETING_MINUTES, LIMITS } from '@percolate/shared';
import { type FormEvent, useId, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { NumberField } from '../../ui/NumberField.js';
import { TextField } from '../../ui/TextField.js';
import { useCommunityCommand, useCommunityView } from './CommunityContext.js';
import { localDateIn, toOffsetIso } from './localDateTime.js';

const DEFAULT_TIME = '16:00';

/** Organisers schedule the next meeting; topic collection opens at once. */
export const ScheduleForm = () => {
  const t = useT();
  const community = useCommunityView();
  const schedule = useCommunityCommand();
  const facilitatorFieldId = useId();
  const [title, setTitle] = useState('');
  const [date, setDate] = useState(() => localDateIn(7));
  const [time, setTime] = useState(DEFAULT_TIME);
  const [duration, setDuration] = useState<number>(DEFAULT_MEETING_MINUTES);
  const [videoUrl, setVideoUrl] = useState('');
  /** undefined until chosen (then the rotation's suggestion); '' for nobody yet. */
  const [facilitator, setFacilitator] = useState<string | undefined>(undefined);
  const [scheduled, setScheduled] = useState<string | null>(null);
  const facilitatorId = facilitator ?? community.suggestedFacilitatorId ?? '';

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setScheduled(null);
    const startsAt = toOffsetIso(date, time);
    if (!startsAt) return schedule.setError('INVALID_PAYLOAD');
    const done = await schedule.run({
      type: 'meeting:schedule',
      title: title.trim(),
      startsAt,
      durationMinutes: duration,
      ...(videoUrl.trim() ? { videoUrl: videoUrl.trim() } : {}),
      facilitatorId: facilitatorId === '' ? null : facilitatorId,
    });
    if (done) {
      setScheduled(t('community.scheduled', { title: title.trim() }));
      setTitle('');
      setVideoUrl('');
      setFacilitator(undefined);
    }
  };

  return (
    <details className="advanced schedule">
      <summary>{t('community.scheduleTitle')}</summary>
      <form className="stack advanced-body" onSubmit={submit}>
        <TextField
          label={t('community.meetingTitle')}
          placeholder={t('community.meetingTitlePlaceholder', { name: community.name })}
          value={title}
          onChange={setTitle}
          maxLength={LIMITS.meetingTitle}
          required
        />
        <div className="field-row">
          <TextField
            label={t('community.date')}
            type="date"
            value={date}
            onChange={setDate}
            required
          />
          <TextField
            label={t('community.time')}
            type="time"
            value={time}
            onChange={setTime}
            required
          />
          <NumberField
            label={t('community.durationMinutes')}
            value={duration}
            min={LIMITS.minMeetingMinutes}
            max={LIMITS.maxMeetingMinutes}
            onChange={(minutes) => setDuration(minutes ?? DEFAULT_MEETING_MINUTES)}
          />
        </div>
        <TextField
          label={t('community.videoUrl')}
          hint={t('community.videoUrlHint')}
          type="url"
          value={videoUrl}
          onChange={setVideoUrl}
          maxLength={LIMITS.videoUrl}
        />
        {community.members.length > 0 ? (
          <div className="field">
            <label className="field-label" htmlFor={facilitatorFieldId}>
              {t('community.facilitator')}
            </label>
            <select
              id={facilitatorFieldId}
              value={facilitatorId}
              onChange={(event) => setFacilitator(event.target.value)}
            >
              <option value="">{t('community.facilitatorOpen')}</option>
              {community.members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.id === community.suggestedFacilitatorId
                    ? t('community.facilitatorSuggested', { name: member.name })
                    : member.name}
                </option>
              ))}
            </select>
          </div>
        ) : null}
        <ErrorText code={schedule.error} />
        <p role="status" className="muted small">
          {scheduled ?? ''}
        </p>
        <div>
          <button type="submit" className="button primary" disabled={schedule.pending}>
            {t('community.schedule')}
          </button>
        </div>
      </form>
    </details>
  );
};
