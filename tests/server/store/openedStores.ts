/**
 * The setup every store contract shares: a fresh backend per test, every store opened on it
 * closed and the backend destroyed after the test.
 */
import { afterEach, beforeEach } from 'vitest';

export interface Backend<S> {
  /** Opens a store on this storage; each call is a new connection (a restart, another node). */
  open(): Promise<S>;
  /** Removes the storage; called once every store opened on it is closed. */
  destroy(): Promise<void>;
}

export const openedStores = <S extends { close(): Promise<void> }>(
  createBackend: () => Promise<Backend<S>>,
) => {
  let backend: Backend<S>;
  let opened: S[] = [];

  const openStore = async (): Promise<S> => {
    const next = await backend.open();
    opened.push(next);
    return next;
  };
  const closeAll = async () => {
    await Promise.all(opened.map((each) => each.close()));
    opened = [];
  };

  beforeEach(async () => {
    backend = await createBackend();
    opened = [];
  });
  afterEach(async () => {
    await closeAll();
    await backend.destroy();
  });

  return { openStore, closeAll };
};
