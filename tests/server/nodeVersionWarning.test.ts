import { describe, expect, it } from 'vitest';
import { nodeVersionWarning } from '../../server/src/nodeVersionWarning.js';

describe('the warning about Node versions that can abort', () => {
  it.each(['v24.19.0', 'v24.20.1', 'v24.21.0'])('warns on %s', (version) => {
    expect(nodeVersionWarning(version)).toMatch(/upgrade to 24\.22 or later/);
  });

  it.each(['v20.20.2', 'v24.18.0', 'v24.22.0', 'v24.22.3', 'v25.0.0', 'v22.21.0'])(
    'stays quiet on %s',
    (version) => {
      expect(nodeVersionWarning(version)).toBeNull();
    },
  );
});
