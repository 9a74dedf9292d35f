import { DEFAULT_MEETING_MINUTES, LIMITS } from '@percolate/shared';
import { useT } from '../i18n/useT.js';
import { localDateIn, toOffsetIso } from './localDateTime.js';
import { NumberField } from './NumberField.js';
import { TextField } from './TextField.js';

/** When and where a meeting takes place, as its form holds it. */
export interface When {
  /** `2026-12-03`; '' for no date yet. */
  date: string;
  /** `16:00`. */
  time: string;
  durationMinutes: number;
  videoUrl: string;
}

export const initialWhen = (inDays: number | null): When => ({
  date: inDays === null ? '' : localDateIn(inDays),
  time: '16:00',
  durationMinutes: DEFAULT_MEETING_MINUTES,
  videoUrl: '',
});

/** The schedule the server takes, or null without a valid date and time. */
export const scheduleOf = (
  when: When,
): { startsAt: string; durationMinutes: number; videoUrl?: string } | null => {
  const startsAt = toOffsetIso(when.date, when.time);
  if (!startsAt) return null;
  const videoUrl = when.videoUrl.trim();
  return { startsAt, durationMinutes: when.durationMinutes, ...(videoUrl ? { videoUrl } : {}) };
};

/** Date, time, length and video link of a meeting; the date may be left empty when optional. */
export const WhenFields = ({
  when,
  onChange,
  optional = false,
}: {
  when: When;
  onChange: (when: When) => void;
  optional?: boolean;
}) => {
  const t = useT();
  const set = <K extends keyof When>(key: K, value: When[K]) => onChange({ ...when, [key]: value });
  return (
    <>
      <div className="field-row">
        <TextField
          label={t('community.date')}
          type="date"
          value={when.date}
          onChange={(date) => set('date', date)}
          required={!optional}
        />
        <TextField
          label={t('community.time')}
          type="time"
          value={when.time}
          onChange={(time) => set('time', time)}
          required={!optional || when.date !== ''}
        />
        <NumberField
          label={t('community.durationMinutes')}
          value={when.durationMinutes}
          min={LIMITS.minMeetingMinutes}
          max={LIMITS.maxMeetingMinutes}
          onChange={(minutes) => set('durationMinutes', minutes ?? DEFAULT_MEETING_MINUTES)}
        />
      </div>
      <TextField
        label={t('community.videoUrl')}
        hint={t('community.videoUrlHint')}
        type="url"
        value={when.videoUrl}
        onChange={(videoUrl) => set('videoUrl', videoUrl)}
        maxLength={LIMITS.videoUrl}
      />
    </>
  );
};
