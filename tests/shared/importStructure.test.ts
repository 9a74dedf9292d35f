import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { importCycles, importGraph } from '../helpers/importGraph.js';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const graph = importGraph(repoRoot, ['client/src', 'server/src', 'shared/src'], {
  '@percolate/shared': 'shared/src/index.ts',
});

const featureOf = (file: string): string | null =>
  /^client\/src\/features\/([^/]+)\//.exec(file)?.[1] ?? null;

describe('the import structure', () => {
  it('reads every workspace', () => {
    const workspaces = new Set([...graph.keys()].map((file) => file.split('/')[0]));
    expect([...workspaces].sort()).toEqual(['client', 'server', 'shared']);
    expect(graph.get('client/src/main.tsx')).toContain('client/src/app/App.tsx');
  });

  it('has no import cycle in the client', () => {
    const cycles = importCycles(graph).filter((cycle) =>
      cycle.some((file) => file.startsWith('client/')),
    );
    expect(cycles).toEqual([]);
  });

  it('has no import cycle in or between the workspaces', () => {
    expect(importCycles(graph)).toEqual([]);
  });

  it('keeps each client feature to itself: features import the app shell, ui and the store, never another feature', () => {
    const crossings = [...graph].flatMap(([file, targets]) => {
      const feature = featureOf(file);
      if (feature === null) return [];
      return targets
        .filter((target) => featureOf(target) !== null && featureOf(target) !== feature)
        .map((target) => `${file} → ${target}`);
    });
    expect(crossings).toEqual([]);
  });

  it('keeps the components (ui) and the store below the features and the app shell', () => {
    const upward = [...graph].flatMap(([file, targets]) =>
      /^client\/src\/(ui|store)\//.test(file)
        ? targets
            .filter((target) => /^client\/src\/(features|app)\//.test(target))
            .map((target) => `${file} → ${target}`)
        : [],
    );
    expect(upward).toEqual([]);
  });
});
