/**
 * A small structural diff for JSON views (RFC 6902-like, paths as arrays). The server sends the
 * difference between two public views; the client applies it. Contract:
 * `applyPatch(prev, diff(prev, next))` deep-equals `next`, and `applyPatch` never mutates its input.
 */
export type PatchPath = (string | number)[];
export type PatchOp =
  | { op: 'replace'; path: PatchPath; value: unknown }
  | { op: 'add'; path: PatchPath; value: unknown }
  | { op: 'remove'; path: PatchPath };
