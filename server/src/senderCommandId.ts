/**
 * Command ids are the client's own (nanoid), so they are unique only per sender: two browsers may
 * pick the same one, by chance or on purpose. Stored and deduplicated under the sender's scope, a
 * repeat from the same browser still gets its first answer, while another browser's equal id is
 * a command of its own. The scope is a prefix of the browser's token hash (64 bits: finding a
 * token that shares another's would take a preimage search, and the hash never leaves the server);
 * a community's organiser who sends no member token is scoped by the key alone.
 */
const SCOPE_LENGTH = 16;

export const senderCommandId = (tokenHash: string | null, commandId: string): string =>
  `${tokenHash === null ? 'key' : tokenHash.slice(0, SCOPE_LENGTH)}:${commandId}`;
