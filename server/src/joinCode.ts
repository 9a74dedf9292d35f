/** Join codes are read aloud in a video call: no 0/O, 1/I/l to confuse, no lower case. */
export const JOIN_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const JOIN_CODE_LENGTH = 6;

/** What a person typed ("abc-d2 3") as the stored code ("ABCD23"). */
export const normaliseJoinCode = (typed: string): string =>
  typed.replace(/[\s-]/g, '').toUpperCase();
