/** Secrets are only ever kept and compared as sha256 hashes. */
import { createHash, timingSafeEqual } from 'node:crypto';

export const sha256Hex = (value: string): string =>
  createHash('sha256').update(value, 'utf8').digest('hex');

/** Whether `secret` hashes to `expectedHash`, compared in constant time. */
export const secretMatchesHash = (secret: string, expectedHash: string): boolean => {
  const actual = Buffer.from(sha256Hex(secret), 'hex');
  const expected = Buffer.from(expectedHash, 'hex');
  return actual.length === expected.length && timingSafeEqual(actual, expected);
};
