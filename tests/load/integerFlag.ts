/** Integer flags of the bench's command lines, with a message naming the flag. */
const integer = (raw: string | undefined, fallback: number, name: string, least: 0 | 1) => {
  if (raw === undefined) return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < least) {
    throw new Error(`--${name} must be a ${least === 1 ? 'positive' : 'non-negative'} integer`);
  }
  return value;
};
export const positive = (raw: string | undefined, fallback: number, name: string) =>
  integer(raw, fallback, name, 1);
export const nonNegative = (raw: string | undefined, fallback: number, name: string) =>
  integer(raw, fallback, name, 0);
