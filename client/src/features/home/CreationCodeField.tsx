import { useState } from 'react';
import { creationCode } from '../../api/creationCode.js';
import { useInstance } from '../../api/instanceApi.js';
import { useT } from '../../i18n/useT.js';
import { TextField } from '../../ui/TextField.js';

/** The access code field, shown only where the server restricts who may create. */
export const CreationCodeField = () => {
  const t = useT();
  const instance = useInstance();
  const [code, setCode] = useState(creationCode.get);
  if (instance?.creation !== 'restricted') return null;
  const change = (value: string) => {
    setCode(value);
    creationCode.set(value);
  };
  return (
    <TextField
      label={t('home.creationCode')}
      hint={t('home.creationCodeHint')}
      value={code}
      onChange={change}
      autoComplete="off"
    />
  );
};
