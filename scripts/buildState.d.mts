export const ROOT: string;
export const SERVER_ENTRY: string;
export const CLIENT_INDEX: string;
/** Is a build missing, or older than something it is made from? */
export function buildIsStale(): boolean;
