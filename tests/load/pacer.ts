/** Sends items at a steady rate (items per second), in small bursts on each timer turn. */
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 1));

export const sendPaced = async <T>(
  items: readonly T[],
  perSecond: number,
  send: (item: T) => void,
): Promise<void> => {
  const startedAt = performance.now();
  let next = 0;
  while (next < items.length) {
    const elapsedMs = performance.now() - startedAt;
    const due = Math.min(items.length, Math.floor((elapsedMs * perSecond) / 1000) + 1);
    while (next < due) send(items[next++] as T);
    if (next < items.length) await tick();
  }
};

/** Runs at most `limit` of the given async jobs at a time. */
export const createLimiter = (limit: number) => {
  let running = 0;
  const waiting: (() => void)[] = [];
  return async <T>(job: () => Promise<T>): Promise<T> => {
    if (running < limit) running += 1;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await job();
    } finally {
      // Hand the slot straight to the next waiter, so no newcomer can squeeze in past the limit.
      const next = waiting.shift();
      if (next) next();
      else running -= 1;
    }
  };
};
