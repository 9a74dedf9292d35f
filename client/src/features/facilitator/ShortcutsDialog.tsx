import { useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsModerator } from '../../store/selectors.js';
import { Dialog } from '../../ui/Dialog.js';
import { useShortcut } from '../../ui/useShortcut.js';
import { SHORTCUTS } from './shortcuts.js';

/** The `?` button (and key) with the list of keyboard shortcuts. */
export const ShortcutsHelp = () => {
  const t = useT();
  const [open, setOpen] = useState(false);
  const isModerator = useAppStore(selectIsModerator);
  useShortcut('?', () => setOpen(true));
  const shown = SHORTCUTS.filter((shortcut) => isModerator || !shortcut.moderatorOnly);

  return (
    <>
      <button
        type="button"
        className="button ghost icon"
        aria-haspopup="dialog"
        onClick={() => setOpen(true)}
      >
        <span aria-hidden="true">?</span>
        <span className="visually-hidden">{t('shortcuts.title')}</span>
      </button>
      <Dialog title={t('shortcuts.title')} open={open} onClose={() => setOpen(false)}>
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
      </Dialog>
    </>
  );
};
