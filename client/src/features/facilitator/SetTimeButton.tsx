import { LIMITS } from '@percolate/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { atScope, useScopeDiscussion, useScopeTableId } from '../../store/discussionScope.js';
import { useCommand } from '../../store/useCommand.js';
import { Dialog } from '../../ui/Dialog.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { NumberField } from '../../ui/NumberField.js';

/** Sets the time left of the running timebox, or gives the topic its whole timebox again. */
export const SetTimeButton = () => {
  const t = useT();
  const timeboxMs = useScopeDiscussion()?.timeboxMs ?? 0;
  const tableId = useScopeTableId();
  const set = useCommand();
  const [open, setOpen] = useState(false);
  const [minutes, setMinutes] = useState<number | null>(null);
  const opener = useRef<HTMLButtonElement>(null);
  const timeboxMinutes = Math.round(timeboxMs / 60_000);

  const close = () => {
    setOpen(false);
    set.clearError();
  };
  const setSeconds = async (seconds: number) => {
    if (await set.run({ type: 'timer:set', seconds, ...atScope(tableId) })) {
      close();
      opener.current?.focus();
    }
  };
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (minutes !== null) void setSeconds(minutes * 60);
  };

  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button secondary"
        aria-haspopup="dialog"
        onClick={() => {
          setMinutes(timeboxMinutes);
          setOpen(true);
        }}
      >
        {t('timer.setTime')}
      </button>
      <Dialog title={t('timer.setTimeTitle')} open={open} onClose={close} returnFocus={opener}>
        <form className="stack" onSubmit={submit}>
          <NumberField
            label={t('timer.minutesLeft')}
            value={minutes}
            min={1}
            max={LIMITS.maxTimeboxMinutes}
            onChange={setMinutes}
          />
          <div className="actions">
            <button type="submit" className="button primary" disabled={set.pending}>
              {t('timer.setTimeSubmit')}
            </button>
            {timeboxMs > 0 ? (
              <button
                type="button"
                className="button secondary"
                disabled={set.pending}
                onClick={() => void setSeconds(Math.round(timeboxMs / 1000))}
              >
                {t('timer.restart', { minutes: timeboxMinutes })}
              </button>
            ) : null}
          </div>
          <ErrorText code={set.error} />
        </form>
      </Dialog>
    </>
  );
};
