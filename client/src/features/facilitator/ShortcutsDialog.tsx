import { useRef, useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator } from '../../store/selectors.js';
import { CheckboxField } from '../../ui/CheckboxField.js';
import { Dialog } from '../../ui/Dialog.js';
import { TYPING_PAUSE_MS } from '../../ui/typingPause.js';
import { useShortcut } from '../../ui/useShortcut.js';
import { SHORTCUTS } from './shortcuts.js';

/** The `?` button (and key) with the list of keyboard shortcuts and the switch to turn them off. */
export const ShortcutsHelp = () => {
  const t = useT();
  const [open, setOpen] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const isModerator = useAppStore(selectIsModerator);
  const shortcutsOn = useAppStore((state) => state.shortcuts);
  const setShortcuts = useAppStore((state) => state.setShortcuts);
  useShortcut('?', () => setOpen(true));
  const shown = SHORTCUTS.filter((shortcut) => isModerator || !shortcut.moderatorOnly);

  return (
    <>
      <button
        ref={opener}
        type="button"
        className="button ghost icon"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{t('shortcuts.title')}</span>
      </button>
      <Dialog
        title={t('shortcuts.title')}
        open={open}
        onClose={() => setOpen(false)}
        returnFocus={opener}
      >
        <div className="stack">
          <CheckboxField
            label={t('shortcuts.use')}
            checked={shortcutsOn}
            onChange={setShortcuts}
            hint={t('shortcuts.pauseRule', { seconds: TYPING_PAUSE_MS / 1000 })}
          />
          <dl className="shortcut-list">
            {shown.map((shortcut) => (
              <div key={shortcut.key}>
                <dt>
                  <kbd>{shortcut.key}</kbd>
                </dt>
                <dd>{t(shortcut.label)}</dd>
              </div>
            ))}
          </dl>
        </div>
      </Dialog>
    </>
  );
};
