import type { Timer } from '@percolate/shared';
import { formatDuration } from '../../i18n/format.js';
import { useT } from '../../i18n/useT.js';
import { useRemainingMs } from './useRemainingMs.js';
import { useTimerCues } from './useTimerCues.js';
import './countdown.css';

const RADIUS = 54;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

interface CountdownProps {
  timer: Timer;
  /** Names the timer for assistive technology ("Time left for ‘Topic’"). */
  label: string;
  size?: 'small' | 'large' | 'huge';
}

/** A countdown from the server's deadline with a progress ring, a visual end cue and polite announcements. */
export const Countdown = ({ timer, label, size = 'large' }: CountdownProps) => {
  const t = useT();
  const remaining = useRemainingMs(timer);
  const paused = timer.pausedRemainingMs !== null;
  const cue = useTimerCues(remaining, !paused);
  const fraction = timer.durationMs > 0 ? Math.min(1, remaining / timer.durationMs) : 0;
  const done = remaining <= 0;
  const state = done ? 'done' : paused ? 'paused' : remaining <= 60_000 ? 'ending' : 'running';

  return (
    <div className={`countdown countdown-${size}`} data-state={state} data-cue={cue ?? undefined}>
      <svg viewBox="0 0 120 120" aria-hidden="true" className="countdown-ring">
        <circle className="countdown-track" cx="60" cy="60" r={RADIUS} />
        <circle
          className="countdown-progress"
          cx="60"
          cy="60"
          r={RADIUS}
          strokeDasharray={CIRCUMFERENCE}
          strokeDashoffset={CIRCUMFERENCE * (1 - fraction)}
        />
      </svg>
      <div className="countdown-face">
        <span role="timer" aria-label={label} className="countdown-time">
          {formatDuration(remaining)}
        </span>
        <span className="countdown-state">
          {done ? t('timer.timeUpShort') : paused ? t('timer.paused') : ''}
        </span>
      </div>
      <p className="visually-hidden" aria-live="polite">
        {cue === 'oneMinute' ? t('timer.oneMinuteLeft') : cue === 'timeUp' ? t('timer.timeUp') : ''}
      </p>
    </div>
  );
};
