import type { Settings } from '@percolate/shared';
import { useEffect, useRef, useState } from 'react';
import { useLocale, useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { settingsChangeText } from './settingsChangeText.js';
import './meeting.css';

/**
 * Tells everyone, on screen and to screen readers, what moderators changed in the settings and
 * when every dot was taken back, until they dismiss it or the next change replaces it.
 */
export const SettingsAnnouncer = () => {
  const t = useT();
  const locale = useLocale();
  const settings = useAppStore((state) => state.view?.settings);
  const dotResets = useAppStore((state) => state.view?.dotResets ?? 0);
  const seen = useRef<{ settings: Settings | undefined; dotResets: number }>({
    settings,
    dotResets,
  });
  const [lines, setLines] = useState<string[]>([]);

  useEffect(() => {
    const before = seen.current;
    seen.current = { settings, dotResets };
    const changed =
      before.settings && settings ? settingsChangeText(before.settings, settings, t, locale) : null;
    const reset =
      before.settings && dotResets > before.dotResets ? t('settingsChanged.dotsReset') : null;
    const news = [changed, reset].filter((line): line is string => line !== null);
    if (news.length > 0) setLines(news);
  }, [settings, dotResets, t, locale]);

  return (
    <div role="status" className="settings-notice-region">
      {lines.length > 0 ? (
        <div className="note settings-notice">
          {lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
          <button type="button" className="button ghost small" onClick={() => setLines([])}>
            {t('common.close')}
          </button>
        </div>
      ) : null}
    </div>
  );
};
