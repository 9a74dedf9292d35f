import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsFacilitator } from '../../store/selectors.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { phaseNameKey } from '../meeting/PhaseStepper.js';
import { EndMeetingButton } from './EndMeetingButton.js';
import { primaryStep } from './primaryStep.js';

/** The phone bar's one visible control: the step the meeting most likely needs next. */
export const PrimaryStepButton = () => {
  const t = useT();
  const view = useAppStore((state) => state.view);
  const mayEnd = useAppStore(selectIsFacilitator);
  const command = useCommand();
  const nextTimebox = useAppStore((state) => state.nextTimeboxMinutes);
  const setNextTimebox = useAppStore((state) => state.setNextTimebox);
  const step = view ? primaryStep(view, mayEnd, nextTimebox) : null;
  if (!step) return null;
  if (step.kind === 'end') return <EndMeetingButton prominent />;
  const label = step.phase ? t(step.label, { phase: t(phaseNameKey(step.phase)) }) : t(step.label);
  return (
    <div className="bar-group bar-primary">
      <button
        type="button"
        className="button primary"
        onClick={async () => {
          const started = await command.run(step.command);
          if (started && step.command.type === 'discussion:start') setNextTimebox(null);
        }}
      >
        {label}
      </button>
      <ErrorText code={command.error} />
    </div>
  );
};
