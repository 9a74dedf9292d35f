import type { RoundKind } from '@percolate/shared';
import { useState } from 'react';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useCommand } from '../../store/useCommand.js';
import { CheckboxField } from '../../ui/CheckboxField.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { useShortcut } from '../../ui/useShortcut.js';

/**
 * Run a round with a speaking order: everyone who is online, in join order. With a per-person
 * time the round may move on to the next speaker by itself when the time is up.
 */
export const RoundControls = ({ kind }: { kind: RoundKind }) => {
  const t = useT();
  const round = useAppStore((state) => state.view?.speakingRound ?? null);
  const participants = useAppStore((state) => state.view?.participants);
  const online = useAppStore((state) => state.online);
  const timed = useAppStore((state) => state.view?.settings.checkinSecondsPerPerson != null);
  const [autoAdvance, setAutoAdvance] = useState(false);
  const command = useCommand();
  const running = round?.kind === kind;
  useShortcut('r', running ? () => void command.run({ type: 'round:next' }) : null);

  const start = () => {
    const order = (participants ?? [])
      .filter((p) => !p.left && online.includes(p.id))
      .map((p) => p.id);
    void command.run({
      type: 'round:start',
      round: kind,
      ...(order.length > 0 ? { order } : {}),
      ...(timed && autoAdvance ? { autoAdvance: true } : {}),
    });
  };

  return (
    <div className="bar-group">
      {running ? (
        <>
          <button
            type="button"
            className="button secondary"
            onClick={() => void command.run({ type: 'round:next' })}
          >
            {t('round.nextSpeaker')}
          </button>
          <button
            type="button"
            className="button ghost"
            onClick={() => void command.run({ type: 'round:end' })}
          >
            {t('round.endRound')}
          </button>
        </>
      ) : (
        <>
          {timed ? (
            <CheckboxField
              label={t('round.autoAdvance')}
              checked={autoAdvance}
              onChange={setAutoAdvance}
            />
          ) : null}
          <button type="button" className="button secondary" onClick={start}>
            {t('round.startRound')}
          </button>
        </>
      )}
      <ErrorText code={command.error} />
    </div>
  );
};
