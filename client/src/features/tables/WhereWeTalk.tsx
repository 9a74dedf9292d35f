import { useT } from '../../i18n/useT.js';
import { isWebLink } from './tableText.js';

/** Where a table talks: a link for a URL, else the room's name. */
export const WhereWeTalk = ({ text }: { text: string }) => {
  const t = useT();
  if (text === '') return null;
  return (
    <p className="table-where">
      {t('tables.where')}{' '}
      {isWebLink(text) ? (
        <a href={text.trim()} target="_blank" rel="noopener noreferrer">
          {text}
        </a>
      ) : (
        <span>{text}</span>
      )}
    </p>
  );
};
