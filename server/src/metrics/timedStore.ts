/** The store with its appends timed for the metrics; every other call goes straight through. */
import type { Store } from '../store/types.js';
import type { Metrics } from './metrics.js';

const TIMED = {
  append: 'meeting',
  appendInTurn: 'meeting',
  appendCommunityEvents: 'community',
} as const;

export const timedStore = <S extends Store>(store: S, metrics: Metrics): S =>
  new Proxy(store, {
    get(target, key) {
      const value: unknown = Reflect.get(target, key, target);
      if (typeof value !== 'function') return value;
      const kind = TIMED[key as keyof typeof TIMED];
      if (!kind) return value.bind(target);
      return async (...args: unknown[]) => {
        const done = metrics.timeAppend(kind);
        try {
          return await value.apply(target, args);
        } finally {
          done();
        }
      };
    },
  });
