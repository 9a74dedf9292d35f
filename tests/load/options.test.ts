import { MAX_TABLES } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { parseOptions } from './options.js';
import { SCENARIOS, scenarioBenchOptions } from './scenarios.js';

describe('bench options', () => {
  it('warms up with 10 rooms unless told otherwise', () => {
    expect(parseOptions([])).toMatchObject({ warmupRooms: 10, rooms: 50, participants: 20 });
  });

  it('measures a cold start with --warmup 0', () => {
    expect(parseOptions(['--warmup', '0'])).toMatchObject({ warmupRooms: 0 });
  });

  it('refuses a negative or fractional count', () => {
    expect(() => parseOptions(['--warmup=-1'])).toThrow(/--warmup must be a non-negative integer/);
    expect(parseOptions(['--warmup', '00'])).toMatchObject({ warmupRooms: 0 });
    expect(() => parseOptions(['--rooms', '2.5'])).toThrow(/--rooms must be/);
  });

  it('measures the compiled server unless told to run the sources', () => {
    expect(parseOptions([])).toMatchObject({ app: 'build' });
    expect(parseOptions(['--app', 'source'])).toMatchObject({ app: 'source' });
    expect(() => parseOptions(['--app', 'dist'])).toThrow(/--app must be one of build, source/);
  });
});

const parsed = (argv: string[]) => {
  const options = parseOptions(argv);
  if (options === 'help') throw new Error('asked for help');
  return options;
};

describe('bench scenario options', () => {
  it('runs no scenario unless asked, so a plain `npm run bench` does what it always did', () => {
    expect(parsed([])).toMatchObject({ scenarios: [], scenarioSize: {} });
  });

  it('takes scenarios repeated or comma-separated, each once, in the order given', () => {
    expect(
      parsed(['--scenario', 'tables', '--scenario', 'capacity,tables,big-room']),
    ).toMatchObject({ scenarios: ['tables', 'capacity', 'big-room'] });
  });

  it('refuses a scenario it does not know', () => {
    expect(() => parsed(['--scenario', 'huge'])).toThrow(/unknown scenario\(s\): huge/);
  });

  it('splits into 25 tables, as the issue asks, unless told otherwise', () => {
    expect(parsed([]).tables).toBe(25);
    expect(parsed(['--tables', '2']).tables).toBe(2);
    expect(() => parsed(['--tables', String(MAX_TABLES + 1)])).toThrow(/--tables must be between/);
    expect(() => parsed(['--tables', '1'])).toThrow(/--tables must be between/);
  });

  it('searches the capacity from 250 commands/s in 8 steps within 50 ms unless told otherwise', () => {
    expect(parsed([]).capacity).toEqual({ startRate: 250, steps: 8, p99LimitMs: 50 });
    expect(parsed(['--capacity-steps', '2', '--capacity-start', '100']).capacity).toMatchObject({
      startRate: 100,
      steps: 2,
    });
  });

  it('sizes a scenario by its own defaults, and by the flags that override them', () => {
    const bigRoom = scenarioBenchOptions(SCENARIOS['big-room'], parsed([]));
    expect(bigRoom).toMatchObject({ rooms: 1, participants: 500, rate: 1000, warmupRooms: 1 });
    const scale = scenarioBenchOptions(SCENARIOS.scale, parsed([]));
    expect(scale).toMatchObject({ rooms: 250, participants: 20, rate: 1000, warmupRooms: 10 });
    const small = scenarioBenchOptions(
      SCENARIOS.tables,
      parsed(['--scenario-participants', '10', '--scenario-rate', '300', '--warmup', '0']),
    );
    expect(small).toMatchObject({ rooms: 1, participants: 10, rate: 300, warmupRooms: 0 });
    expect(() => parsed(['--scenario-rooms', '0'])).toThrow(/--scenario-rooms must be/);
  });
});
