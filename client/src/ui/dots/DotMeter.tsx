import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { Dots } from './Dots.js';

/** My remaining dots, drawn as dots and said in words. */
export const DotMeter = () => {
  const t = useT();
  const left = useAppStore((state) => state.me?.dotsLeft ?? 0);
  const total = useAppStore((state) => state.view?.settings.dotsPerPerson ?? 0);
  return (
    <div className="dot-meter">
      <Dots filled={left} total={total} className="dots-large" />
      <p aria-live="polite">{t('vote.dotsLeft', { count: left, total })}</p>
    </div>
  );
};
