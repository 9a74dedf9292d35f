import { useT } from '../i18n/useT.js';
import type { FailureCode } from '../store/commandInput.js';
import { ErrorText } from './ErrorText.js';
import './commandStatus.css';

/**
 * Beside a control whose command may wait for the connection: that it waits (and will be sent
 * once the connection is back), or why it was refused.
 */
export const CommandStatus = ({
  command,
}: {
  command: { queued: boolean; error: FailureCode | null };
}) => {
  const t = useT();
  return (
    <>
      <p className="queued-text" role="status">
        {command.queued ? t('connection.queued') : ''}
      </p>
      <ErrorText code={command.error} />
    </>
  );
};
