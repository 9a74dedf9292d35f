import { changedSettings, changesDotRules, mayResetDots, type Settings } from '@percolate/shared';
import { type FormEvent, useRef, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { CheckboxField } from '../../ui/CheckboxField.js';
import { Dialog } from '../../ui/Dialog.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { MeetingSettingsFields } from '../../ui/MeetingSettingsFields.js';

/** Only what the moderator changed, so two moderators' changes to different settings both hold. */
const changesOnly = (before: Settings, after: Settings): Partial<Settings> =>
  Object.fromEntries(changedSettings(before, after).map((key) => [key, after[key]]));

/** Moderators change the meeting's settings at any time; everyone is told what changed. */
export const MeetingSettingsButton = () => {
  const t = useT();
  const current = useAppStore((state) => state.view?.settings);
  const phase = useAppStore((state) => state.view?.phase);
  const save = useCommand();
  const [draft, setDraft] = useState<Settings | null>(null);
  /** The settings as they were when the dialog opened: what the draft is compared with. */
  const [base, setBase] = useState<Settings | null>(null);
  const [resetDots, setResetDots] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  if (!current || !phase) return null;

  const offersReset =
    draft !== null && base !== null && mayResetDots(phase) && changesDotRules(base, draft);
  const close = () => {
    setDraft(null);
    setBase(null);
    setResetDots(false);
    save.clearError();
  };
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!draft || !base) return;
    const settings = changesOnly(base, draft);
    const asksReset = resetDots && offersReset;
    if (Object.keys(settings).length === 0 && !asksReset) return close();
    const ok = await save.run({
      type: 'settings:update',
      settings,
      ...(asksReset ? { resetDots: true } : {}),
    });
    if (ok) {
      close();
      opener.current?.focus();
    }
  };

  return (
    <div className="bar-group">
      <button
        ref={opener}
        type="button"
        className="button ghost"
        aria-haspopup="dialog"
        onClick={() => {
          setBase(current);
          setDraft({ ...current, extensionMinutes: [...current.extensionMinutes] });
        }}
      >
        {t('meetingSettings.open')}
      </button>
      <Dialog
        title={t('meetingSettings.title')}
        open={draft !== null}
        onClose={close}
        returnFocus={opener}
      >
        {draft ? (
          <form className="stack" onSubmit={(event) => void submit(event)}>
            <MeetingSettingsFields
              settings={draft}
              onChange={setDraft}
              timeboxHint={t('meetingSettings.timeboxHint')}
            />
            {offersReset ? (
              <CheckboxField
                label={t('meetingSettings.resetDots')}
                hint={t('meetingSettings.resetDotsHint')}
                checked={resetDots}
                onChange={setResetDots}
              />
            ) : null}
            <ErrorText code={save.error} />
            <button type="submit" className="button primary" disabled={save.pending}>
              {t('meetingSettings.save')}
            </button>
          </form>
        ) : null}
      </Dialog>
    </div>
  );
};
