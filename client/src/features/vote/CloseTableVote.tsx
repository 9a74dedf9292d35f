import { useT } from '../../i18n/useT.js';
import { useLeadsScope, useScopeTableId } from '../../store/discussionScope.js';
import { useCommand } from '../../store/useCommand.js';
import { ErrorText } from '../../ui/ErrorText.js';

/** At a table with its own topics, its host closes the table's vote when the table is done. */
export const CloseTableVote = () => {
  const t = useT();
  const tableId = useScopeTableId();
  const leads = useLeadsScope();
  const close = useCommand();
  if (tableId === null || !leads) return null;
  return (
    <div>
      <button
        type="button"
        className="button secondary"
        disabled={close.pending}
        onClick={() => void close.run({ type: 'vote:close', tableId })}
      >
        {t('vote.closeTable')}
      </button>
      <ErrorText code={close.error} />
    </div>
  );
};
