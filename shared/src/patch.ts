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

type JsonObject = Record<string, unknown>;

const isObject = (value: unknown): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/** Path segments that could reach an object's prototype: ops that use them are ignored. */
const FORBIDDEN_SEGMENTS: ReadonlySet<string | number> = new Set([
  '__proto__',
  'constructor',
  'prototype',
]);

/**
 * Whether two objects' keys are the same, in the same order: views made by the same code have
 * their keys so, and their diff then needs no look-up of each key in the other object.
 */
const sameKeys = (a: readonly string[], b: readonly string[]): boolean => {
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i += 1) if (a[i] !== b[i]) return false;
  return true;
};

/**
 * One walk: equal parts yield no ops, so there is no separate equality check first (that made
 * every level walk its whole subtree again); a part both views share (`===`) is skipped at once.
 */
const diffInto = (prev: unknown, next: unknown, path: PatchPath, ops: PatchOp[]): void => {
  if (prev === next) return;
  if (isObject(prev) && isObject(next)) {
    const prevKeys = Object.keys(prev);
    const nextKeys = Object.keys(next);
    if (sameKeys(prevKeys, nextKeys)) {
      for (const key of nextKeys) {
        if (prev[key] !== next[key]) diffInto(prev[key], next[key], [...path, key], ops);
      }
      return;
    }
    for (const key of prevKeys) {
      if (!Object.hasOwn(next, key)) ops.push({ op: 'remove', path: [...path, key] });
    }
    for (const key of nextKeys) {
      if (!Object.hasOwn(prev, key))
        ops.push({ op: 'add', path: [...path, key], value: next[key] });
      else if (prev[key] !== next[key]) diffInto(prev[key], next[key], [...path, key], ops);
    }
    return;
  }
  if (Array.isArray(prev) && Array.isArray(next)) {
    diffArray(prev, next, path, ops);
    return;
  }
  ops.push({ op: 'replace', path, value: next });
};

/**
 * Lists mostly grow or shrink at the end (people join, topics are proposed), so the common part
 * goes index by index and the tail as adds or removes. When most of the common part changed
 * (an item left the middle and the rest shifted), one replace of the whole list is smaller.
 */
const diffArray = (prev: unknown[], next: unknown[], path: PatchPath, ops: PatchOp[]): void => {
  const common = Math.min(prev.length, next.length);
  const changed: PatchOp[] = [];
  let changedItems = 0;
  for (let i = 0; i < common; i += 1) {
    if (prev[i] === next[i]) continue;
    const before = changed.length;
    diffInto(prev[i], next[i], [...path, i], changed);
    if (changed.length > before) changedItems += 1;
  }
  if (common > 1 && changedItems > common / 2) {
    ops.push({ op: 'replace', path, value: next });
    return;
  }
  ops.push(...changed);
  for (let i = common; i < next.length; i += 1)
    ops.push({ op: 'add', path: [...path, i], value: next[i] });
  for (let i = prev.length - 1; i >= common; i -= 1) ops.push({ op: 'remove', path: [...path, i] });
};

/** The ops that turn `prev` into `next`: objects key by key, arrays index by index plus their tail. */
export const diff = (prev: unknown, next: unknown): PatchOp[] => {
  const ops: PatchOp[] = [];
  diffInto(prev, next, [], ops);
  return ops;
};

const setOwn = (target: JsonObject, key: string, value: unknown): void => {
  Object.defineProperty(target, key, {
    value,
    enumerable: true,
    writable: true,
    configurable: true,
  });
};

/** Applies one op below `doc`, copying only the containers along its path. */
const applyOp = (doc: unknown, op: PatchOp, depth: number): unknown => {
  const key = op.path[depth];
  if (key === undefined) {
    if (op.op === 'remove') throw new Error('cannot remove the whole document');
    return op.value;
  }
  const last = depth === op.path.length - 1;
  if (Array.isArray(doc)) {
    const index = Number(key);
    const inRange = Number.isInteger(index) && index >= 0 && index <= doc.length;
    if (!inRange || (index === doc.length && !(last && op.op === 'add'))) {
      throw new Error(`patch path out of range at ${op.path.slice(0, depth + 1).join('/')}`);
    }
    const copy = [...doc];
    if (!last) copy[index] = applyOp(doc[index], op, depth + 1);
    else if (op.op === 'remove') copy.splice(index, 1);
    else if (op.op === 'add') copy.splice(index, 0, op.value);
    else copy[index] = op.value;
    return copy;
  }
  if (isObject(doc)) {
    const name = String(key);
    const copy: JsonObject = { ...doc };
    if (!last) {
      if (!Object.hasOwn(doc, name)) throw new Error(`patch path not found: ${op.path.join('/')}`);
      setOwn(copy, name, applyOp(doc[name], op, depth + 1));
    } else if (op.op === 'remove') delete copy[name];
    else setOwn(copy, name, op.value);
    return copy;
  }
  throw new Error(`patch path goes through a value at ${op.path.slice(0, depth).join('/')}`);
};

/**
 * Applies the ops in order without mutating `doc`. Ops whose path touches a prototype member are
 * ignored; an op whose path does not exist throws (the caller then asks for a fresh snapshot).
 */
export const applyPatch = <T>(doc: T, ops: readonly PatchOp[]): T =>
  ops.reduce<unknown>(
    (current, op) =>
      op.path.some((segment) => FORBIDDEN_SEGMENTS.has(segment))
        ? current
        : applyOp(current, op, 0),
    doc,
  ) as T;
