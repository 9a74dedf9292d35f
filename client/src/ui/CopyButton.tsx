import { useEffect, useState } from 'react';
import { useT } from '../i18n/useT.js';

const COPIED_FOR_MS = 2_000;

/** Copies `text`; `label` names what is copied ("Copy link"). */
export const CopyButton = ({ text, label }: { text: string; label: string }) => {
  const t = useT();
  const [copied, setCopied] = useState<boolean | 'failed'>(false);

  useEffect(() => {
    if (copied === false) return;
    const timer = setTimeout(() => setCopied(false), COPIED_FOR_MS);
    return () => clearTimeout(timer);
  }, [copied]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(text);
      setCopied(true);
    } catch {
      setCopied('failed');
    }
  };

  return (
    <span className="copy">
      <button type="button" className="button secondary small" onClick={copy}>
        {label}
      </button>
      <span role="status" className="copy-status">
        {copied === true ? t('share.copied') : copied === 'failed' ? t('share.copyFailed') : ''}
      </span>
    </span>
  );
};
