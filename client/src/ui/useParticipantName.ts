import { useT } from '../i18n/useT.js';
import { useAppStore } from '../store/StoreContext.js';

/** A participant's display name; "(you)" is not added here, callers decide. */
export const useParticipantName = (participantId: string | null): string => {
  const t = useT();
  const name = useAppStore((state) =>
    participantId === null
      ? null
      : (state.view?.participants.find((p) => p.id === participantId)?.name ?? null),
  );
  return name ?? t('common.someone');
};
