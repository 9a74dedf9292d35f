/** Naming a table: its host or a moderator gives it a name; until then it goes by its number. */
import { commandSchema, projectPublic, recordEventSchema } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting, resultCode } from '../../helpers/builders.js';
import { seat, splitMeeting } from './tableHelpers.js';

const rename = (tableId: string, name: string) =>
  ({ type: 'tables:rename', tableId, name }) as const;

/** Two tables: p1 hosts the first, p2 sits there too, p3 hosts the second; p4 is a co-facilitator. */
const hostedTables = () => {
  const split = splitMeeting({ assignment: 'choose' });
  const { m, tables } = split;
  const [first = '', second = ''] = tables;
  m.ok('facilitator', { type: 'tables:host', tableId: first, participantId: m.id('p1') });
  seat(m, 'p2', first);
  m.ok('facilitator', { type: 'tables:host', tableId: second, participantId: m.id('p3') });
  m.ok('facilitator', { type: 'role:set', participantId: m.id('p4'), role: 'cofacilitator' });
  return { ...split, first, second };
};

describe('naming a table', () => {
  it('goes by its number until its host names it; the name is trimmed and everyone sees it', () => {
    const { m, first, second } = hostedTables();
    expect(projectPublic(m.state).tables?.tables.map((t) => [t.name, t.title])).toEqual([
      ['1', ''],
      ['2', ''],
    ]);
    // The server parses every command with its schema, which trims the name.
    const command = commandSchema.parse({ id: 'c1', ...rename(first, '  Remote work corner  ') });
    expect(m.ok('p1', command)).toEqual([
      { type: 'tables:renamed', tableId: first, title: 'Remote work corner' },
    ]);
    expect(projectPublic(m.state).tables?.tables.map((t) => [t.name, t.title])).toEqual([
      ['1', 'Remote work corner'],
      ['2', ''],
    ]);
    expect(m.state.tables?.tables[second]?.title).toBe('');
  });

  it('lets moderators name any table, and does nothing when the name is unchanged', () => {
    const { m, first, second } = hostedTables();
    m.ok('p4', rename(second, 'Hiring'));
    m.ok('facilitator', rename(first, 'Budget'));
    expect(m.ok('facilitator', rename(first, 'Budget'))).toEqual([]);
    expect(m.state.tables?.tables[first]?.title).toBe('Budget');
    expect(m.state.tables?.tables[second]?.title).toBe('Hiring');
  });

  it('refuses someone at the table who does not host it, and the host of another table', () => {
    const { m, first } = hostedTables();
    expect(resultCode(m.as('p2', rename(first, 'Ours')))).toBe('FORBIDDEN');
    expect(resultCode(m.as('p3', rename(first, 'Mine now')))).toBe('FORBIDDEN');
    expect(m.state.tables?.tables[first]?.title).toBe('');
  });

  it('refuses a table that is not there, before the split and after everyone is back', () => {
    const { m } = hostedTables();
    expect(resultCode(m.as('facilitator', rename('nowhere', 'X')))).toBe('TABLE_NOT_FOUND');
    const unsplit = meeting({ participants: 2, phase: 'propose' }).m;
    expect(resultCode(unsplit.as('facilitator', rename('t1', 'X')))).toBe('TABLES_NOT_SPLIT');
    m.ok('facilitator', { type: 'tables:rejoin' });
    expect(resultCode(m.as('facilitator', rename(m.state.tables?.order[0] ?? '', 'X')))).toBe(
      'TABLES_NOT_SPLIT',
    );
  });

  it('takes one line of 1 to 40 characters', () => {
    const valid = (name: string) =>
      commandSchema.safeParse({ id: 'c1', ...rename('t1', name) }).success;
    expect(valid('x'.repeat(40))).toBe(true);
    expect(valid(`  ${'x'.repeat(40)}  `)).toBe(true);
    expect(valid('x'.repeat(41))).toBe(false);
    expect(valid('')).toBe(false);
    expect(valid('   ')).toBe(false);
    expect(valid('Two\nlines')).toBe(false);
    const stored = (title: string) =>
      recordEventSchema.safeParse({
        type: 'tables:renamed',
        tableId: 't1',
        title,
        seq: 1,
        at: 0,
        commandId: 'c1',
      }).success;
    expect(stored('Budget')).toBe(true);
    expect(stored('x'.repeat(41))).toBe(false);
  });
});
