import { commandSchema } from '@percolate/shared';
import { describe, expect, it } from 'vitest';

describe('command schema', () => {
  it('refuses a topic title longer than 200 characters', () => {
    const result = commandSchema.safeParse({
      id: 'c1',
      type: 'topic:propose',
      title: 'x'.repeat(201),
    });
    expect(result.success).toBe(false);
  });
});
