/**
 * One kind of news, told to everyone listening: whoever tells it is built with the fan-out
 * before those who listen to it exist, so neither needs the other at construction.
 */
export interface FanOut<Args extends unknown[]> {
  tell(...args: Args): void;
  listen(listener: (...args: Args) => void): void;
}

export const fanOut = <Args extends unknown[]>(): FanOut<Args> => {
  const listeners: ((...args: Args) => void)[] = [];
  return {
    tell: (...args) => {
      for (const listener of listeners) listener(...args);
    },
    listen: (listener) => {
      listeners.push(listener);
    },
  };
};
