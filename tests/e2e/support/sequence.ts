import { it } from 'vitest';

/**
 * Steps of one story that build on each other, run in order. Once one fails the rest are
 * skipped, naming it, rather than each timing out on a meeting that never got there.
 */
export const storySteps = () => {
  let failed: string | null = null;
  return (name: string, body: () => Promise<void>) =>
    it(name, async (context) => {
      if (failed) context.skip(`an earlier step failed: ${failed}`);
      try {
        await body();
      } catch (error) {
        failed = name;
        throw error;
      }
    });
};
