import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';
import { selectIsFacilitator } from '../../store/selectors.js';
import { useStartTopic } from '../../store/useStartTopic.js';
import { ErrorText } from '../../ui/ErrorText.js';
import { phaseNameKey } from '../../ui/PhaseStepper.js';
import { EndMeetingButton } from './EndMeetingButton.js';
import { primaryStep } from './primaryStep.js';

/** The phone bar's one visible control: the step the meeting most likely needs next. */
export const PrimaryStepButton = () => {
  const t = useT();
  const view = useAppStore((state) => state.view);
  const mayEnd = useAppStore(selectIsFacilitator);
  // Starting the next topic goes the one way every start button goes: with the chosen timebox.
  const { run, start, error } = useStartTopic();
  const step = view ? primaryStep(view, mayEnd) : null;
  if (!step) return null;
  if (step.kind === 'end') return <EndMeetingButton prominent />;
  const label = step.phase ? t(step.label, { phase: t(phaseNameKey(step.phase)) }) : t(step.label);
  return (
    <div className="bar-group bar-primary">
      <button
        type="button"
        className="button primary"
        onClick={() =>
          void (step.command.type === 'discussion:start'
            ? start(step.command.topicId)
            : run(step.command))
        }
      >
        {label}
      </button>
      <ErrorText code={error} />
    </div>
  );
};
