import { MOODS, type Mood } from '@percolate/shared';
import { useId } from 'react';
import { useT } from '../../i18n/useT.js';
import { MOOD_EMOJI } from './moods.js';

/** An optional mood as a radio group; "no mood" is a choice too. */
export const MoodPicker = ({
  value,
  onChange,
}: {
  value: Mood | null;
  onChange: (mood: Mood | null) => void;
}) => {
  const t = useT();
  const name = useId();
  const options: (Mood | null)[] = [null, ...MOODS];
  return (
    <fieldset className="mood-picker">
      <legend className="field-label">{t('round.mood')}</legend>
      <div className="mood-options">
        {options.map((mood) => (
          <label key={mood ?? 'none'} className="mood-option">
            <input
              type="radio"
              name={name}
              checked={value === mood}
              onChange={() => onChange(mood)}
            />
            <span aria-hidden="true" className="mood-emoji">
              {mood ? MOOD_EMOJI[mood] : '—'}
            </span>
            <span className="mood-name">{t(mood ? `mood.${mood}` : 'mood.none')}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
};
