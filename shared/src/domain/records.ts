/**
 * Safe access to records keyed by ids that arrive from clients: a plain `record[id]` would find
 * inherited members such as `constructor` or `__proto__` for a hostile id.
 */
export const lookup = <T>(record: Readonly<Record<string, T>>, key: string): T | undefined =>
  Object.hasOwn(record, key) ? record[key] : undefined;

/** A copy of the record without `key`. */
export const omitKey = <T>(record: Readonly<Record<string, T>>, key: string): Record<string, T> => {
  const { [key]: _removed, ...rest } = record;
  return rest;
};

/** A copy of the record with `key` set to `value` (an own property even for unusual keys). */
export const withKey = <T>(
  record: Readonly<Record<string, T>>,
  key: string,
  value: NoInfer<T>,
): Record<string, T> => {
  const copy: Record<string, T> = { ...record };
  // Only `__proto__` is an accessor on Object.prototype; a plain store keeps the copy a fast
  // object (defining every key made each copy of the dots map slower to copy again).
  if (key === '__proto__') {
    Object.defineProperty(copy, key, {
      value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  } else {
    copy[key] = value;
  }
  return copy;
};
