import type { ReactNode } from 'react';
import { useT } from '../../i18n/useT.js';
import { ScopeProvider, selectMyTable, useLeadsScope } from '../../store/discussionScope.js';
import { useAppStore } from '../../store/StoreContext.js';
import { useFocusTarget } from '../../ui/focus.js';
import { SharedList } from './SharedList.js';
import { TABLE_CONTROLS_FOCUS } from './tablesFocus.js';

const LeadControls = ({ controls, shared }: { controls: ReactNode; shared: ReactNode }) => {
  const t = useT();
  const leads = useLeadsScope();
  // Named by `leads`, so the controls take a pending request when they appear for a new host.
  const focusTarget = useFocusTarget<HTMLElement>(TABLE_CONTROLS_FOCUS, leads ? 'leads' : null);
  if (!leads) return null;
  return (
    <section className="table-lead stack" aria-label={t('tables.leadControls')} {...focusTarget}>
      {controls}
      {shared}
    </section>
  );
};

/**
 * The discussion where I sit: at my table while tables run (its queue, timer and continue-vote,
 * and for its host the facilitator's controls, each command naming the table), else the plenary.
 * The discussion's components come from the app shell, which composes the features.
 */
export const TableDiscussion = ({
  children,
  controls,
}: {
  children: ReactNode;
  controls: ReactNode;
}) => {
  const mine = useAppStore(selectMyTable);
  const tables = useAppStore((state) => state.view?.tables ?? null);
  if (!mine || !tables) return <>{children}</>;
  return (
    <ScopeProvider tableId={mine.id}>
      <div className="stack">
        <LeadControls
          controls={controls}
          shared={
            tables.mode === 'shared' ? <SharedList table={mine} tables={tables.tables} /> : null
          }
        />
        {children}
      </div>
    </ScopeProvider>
  );
};
