import type { Command } from '@percolate/shared';
import { errorKey } from '../../i18n/errorKey.js';
import { useT } from '../../i18n/useT.js';
import { useAppStore } from '../../store/StoreContext.js';

/** What a person typed into a command that may wait for the connection. */
const typedText = (command: Command): string => {
  switch (command.type) {
    case 'topic:propose':
      return command.title;
    case 'topic:edit':
      return command.title ?? command.description ?? '';
    case 'round:post':
    case 'item:add':
    case 'summary:set':
      return command.text;
    case 'item:edit':
      return command.text ?? '';
    default:
      return '';
  }
};

/**
 * Entries that waited for the connection and were then refused, whose form is no longer on screen
 * to say why (the phase moved on meanwhile): never dropped silently, the text stays readable here
 * (and in the form's draft) until the person dismisses it.
 */
export const UnsentList = () => {
  const t = useT();
  const all = useAppStore((state) => state.unsent);
  const unsent = all.filter((entry) => !entry.claimed);
  const dismiss = useAppStore((state) => state.dismissUnsent);
  // The live region is always there, so that a refusal appearing in it is announced.
  return (
    <div aria-live="assertive">
      {unsent.length > 0 ? (
        <section className="unsent card" aria-labelledby="unsent-heading">
          <h2 id="unsent-heading">{t('connection.unsentTitle')}</h2>
          <ul>
            {unsent.map(({ command, code }) => {
              const text = typedText(command);
              return (
                <li key={command.id}>
                  <span>{t('connection.unsentItem', { text, reason: t(errorKey(code)) })}</span>
                  <button
                    type="button"
                    className="button ghost small"
                    aria-label={t('connection.dismissUnsent', { text })}
                    onClick={() => dismiss(command.id)}
                  >
                    {t('connection.dismiss')}
                  </button>
                </li>
              );
            })}
          </ul>
        </section>
      ) : null}
    </div>
  );
};
