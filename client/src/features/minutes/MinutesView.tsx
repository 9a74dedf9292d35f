import { useT } from '../../i18n/useT.js';

/** The meeting's minutes. A placeholder until the minutes feature lands. */
export const MinutesView = (_props: { meetingId: string }) => {
  const t = useT();
  return <h1>{t('minutes.title')}</h1>;
};
