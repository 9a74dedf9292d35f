import {
  LIMITS,
  MAX_TABLES,
  MIN_TABLES,
  Phase,
  TABLE_ASSIGNMENTS,
  TABLE_MODES,
  type TableAssignment,
  type TableMode,
} from '@percolate/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator } from '../../store/selectors.js';
import { useCommand } from '../../store/useCommand.js';
import { Dialog } from '../../ui/Dialog.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { requestFocus } from '../../ui/focus.js';
import { NumberField } from '../../ui/NumberField.js';
import { TABLES_FOCUS } from './tablesFocus.js';

/** Above this many people online, splitting is suggested (Lean Coffee works at five to eight). */
const SUGGEST_ABOVE = 10;
const SPLIT_PHASES: readonly Phase[] = [Phase.Lobby, Phase.Checkin, Phase.Propose, Phase.Vote];
/** About six a table. */
const suggestedCount = (online: number): number =>
  Math.min(MAX_TABLES, Math.max(MIN_TABLES, Math.round(online / 6)));

const Choice = <T extends string>({
  legend,
  name,
  options,
  value,
  label,
  onChange,
}: {
  legend: string;
  name: string;
  options: readonly T[];
  value: T;
  label: (option: T) => string;
  onChange: (value: T) => void;
}) => (
  <fieldset className="table-choice">
    <legend className="field-label">{legend}</legend>
    {options.map((option) => (
      <label key={option} className="table-choice-option">
        <input
          type="radio"
          name={name}
          value={option}
          checked={value === option}
          onChange={() => onChange(option)}
        />
        {label(option)}
      </label>
    ))}
  </fieldset>
);

const SplitDialogForm = ({ online, onDone }: { online: number; onDone: () => void }) => {
  const t = useT();
  const split = useCommand();
  const [count, setCount] = useState<number | null>(suggestedCount(online));
  const [mode, setMode] = useState<TableMode>('own');
  const [assignment, setAssignment] = useState<TableAssignment>('balanced');
  const [sizeLimit, setSizeLimit] = useState<number | null>(null);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (count === null) return;
    // The dialog and its opener go with the split: focus goes on to the tables.
    requestFocus(TABLES_FOCUS);
    const ok = await split.run({
      type: 'tables:split',
      count,
      mode,
      assignment,
      ...(assignment === 'choose' ? { sizeLimit } : {}),
    });
    if (ok) onDone();
  };
  return (
    <form className="stack" onSubmit={(event) => void submit(event)}>
      <NumberField
        label={t('tables.count')}
        value={count}
        min={MIN_TABLES}
        max={MAX_TABLES}
        onChange={setCount}
      />
      <Choice
        legend={t('tables.mode')}
        name="table-mode"
        options={TABLE_MODES}
        value={mode}
        label={(option) => t(`tables.mode.${option}`)}
        onChange={setMode}
      />
      <Choice
        legend={t('tables.assignment')}
        name="table-assignment"
        options={TABLE_ASSIGNMENTS}
        value={assignment}
        label={(option) => t(`tables.assignment.${option}`)}
        onChange={setAssignment}
      />
      {assignment === 'choose' ? (
        <NumberField
          label={t('tables.sizeLimit')}
          hint={t('tables.sizeLimitHint')}
          value={sizeLimit}
          min={1}
          max={LIMITS.maxParticipants}
          optional
          onChange={setSizeLimit}
        />
      ) : null}
      <div className="actions">
        <button type="submit" className="button primary" disabled={split.pending}>
          {t('tables.splitSubmit')}
        </button>
      </div>
      <ErrorText code={split.error} />
    </form>
  );
};

/**
 * Moderators split the meeting into tables before the discussion; with more than ten people
 * online the split is suggested.
 */
export const SplitTables = () => {
  const t = useT();
  const isModerator = useAppStore(selectIsModerator);
  const phase = useAppStore((state) => state.view?.phase);
  const split = useAppStore((state) => state.view?.tables != null);
  const online = useAppStore((state) => state.online.length);
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (!isModerator || split || !phase || !SPLIT_PHASES.includes(phase)) return null;
  const suggested = online > SUGGEST_ABOVE;
  return (
    <div className={suggested ? 'table-split table-split-suggested' : 'table-split'}>
      {suggested ? <p>{t('tables.suggest', { count: online })}</p> : null}
      <button
        ref={opener}
        type="button"
        className={suggested ? 'button primary' : 'button secondary'}
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        {t('tables.split')}
      </button>
      <Dialog
        title={t('tables.splitTitle')}
        open={open}
        onClose={() => setOpen(false)}
        returnFocus={opener}
      >
        <SplitDialogForm online={online} onDone={() => setOpen(false)} />
      </Dialog>
    </div>
  );
};
