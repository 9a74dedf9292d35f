/** Splitting into tables, choosing and moving seats, hosts, and the late joiner. */
import { commandSchema, recordEventSchema } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { meeting, resultCode } from '../../helpers/builders.js';
import { namesAt, seat, splitMeeting } from './tableHelpers.js';

describe('splitting into tables', () => {
  it('deals everyone but the facilitator out so that table sizes differ by at most one', () => {
    const { m, tables } = splitMeeting({ participants: 8, count: 3 });
    const sizes = tables.map((id) => namesAt(m, id, 8).length);
    expect(sizes.reduce((a, b) => a + b, 0)).toBe(8);
    expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
    expect(m.state.tables?.seating[m.id('facilitator')]).toBeUndefined();
  });

  it('deals out only those online, in the order the server shuffled them', () => {
    const { m } = meeting({ participants: 5, phase: 'propose' });
    m.outside = {
      online: () => [m.id('p1'), m.id('p2'), m.id('p3'), m.id('p4')],
      random: () => 0,
    };
    m.ok('facilitator', { type: 'tables:split', count: 2, mode: 'own', assignment: 'balanced' });
    const seating = m.state.tables?.seating ?? {};
    expect(Object.keys(seating)).toHaveLength(4);
    expect(seating[m.id('p5')]).toBeUndefined();
    // random() = 0 swaps each last person with the first: p2, p3, p4, p1 dealt round-robin.
    const [first, second] = m.state.tables?.order ?? [];
    expect(seating[m.id('p2')]).toBe(first);
    expect(seating[m.id('p3')]).toBe(second);
  });

  it('splits 200 people into 25 tables of eight, and refuses a 26th table', () => {
    const { m, tables } = splitMeeting({ participants: 200, count: 25 });
    expect(tables).toHaveLength(25);
    const sizes = tables.map((id) => namesAt(m, id, 200).length);
    expect(new Set(sizes)).toEqual(new Set([8]));
    const formed = m.events.find((event) => event.type === 'tables:formed');
    expect(recordEventSchema.safeParse(formed).success).toBe(true);
    const split = (count: number) =>
      commandSchema.safeParse({
        id: 'c1',
        type: 'tables:split',
        count,
        mode: 'own',
        assignment: 'balanced',
      }).success;
    expect(split(25)).toBe(true);
    expect(split(26)).toBe(false);
    expect(split(1)).toBe(false);
  });

  it('splits once, and not after the discussion', () => {
    const { m } = splitMeeting({ phase: 'propose' });
    expect(
      resultCode(
        m.as('facilitator', { type: 'tables:split', count: 2, mode: 'own', assignment: 'choose' }),
      ),
    ).toBe('TABLES_ALREADY_SPLIT');
    const late = meeting({ participants: 2, phase: 'wrapup', topics: ['A'] }).m;
    expect(
      resultCode(
        late.as('facilitator', {
          type: 'tables:split',
          count: 2,
          mode: 'own',
          assignment: 'choose',
        }),
      ),
    ).toBe('WRONG_PHASE');
  });
});

describe('choosing a table', () => {
  it('lets people pick their own table up to the size limit', () => {
    const { m, tables } = splitMeeting({ assignment: 'choose', sizeLimit: 2 });
    const [first = '', second = ''] = tables;
    expect(m.state.tables?.seating).toEqual({});
    m.ok('p1', { type: 'tables:seat', participantId: m.id('p1'), tableId: first });
    m.ok('p2', { type: 'tables:seat', participantId: m.id('p2'), tableId: first });
    expect(
      resultCode(m.as('p3', { type: 'tables:seat', participantId: m.id('p3'), tableId: first })),
    ).toBe('TABLE_FULL');
    m.ok('p3', { type: 'tables:seat', participantId: m.id('p3'), tableId: second });
    expect(namesAt(m, first, 6)).toEqual(['p1', 'p2']);
  });

  it('lets nobody but a moderator seat someone else, or move when the split was balanced', () => {
    const choose = splitMeeting({ assignment: 'choose' });
    const [table = ''] = choose.tables;
    expect(
      resultCode(
        choose.m.as('p3', {
          type: 'tables:seat',
          participantId: choose.m.id('p1'),
          tableId: table,
        }),
      ),
    ).toBe('FORBIDDEN');
    const balanced = splitMeeting({ participants: 4 });
    const other =
      balanced.tables.find((id) => id !== balanced.m.state.tables?.seating[balanced.m.id('p1')]) ??
      '';
    expect(
      resultCode(
        balanced.m.as('p1', {
          type: 'tables:seat',
          participantId: balanced.m.id('p1'),
          tableId: other,
        }),
      ),
    ).toBe('FORBIDDEN');
    seat(balanced.m, 'p1', other);
    expect(balanced.m.state.tables?.seating[balanced.m.id('p1')]).toBe(other);
  });

  it('lets a moderator seat someone at a full table', () => {
    const { m, tables } = splitMeeting({ assignment: 'choose', sizeLimit: 1 });
    const [table = ''] = tables;
    seat(m, 'p1', table);
    seat(m, 'p2', table);
    expect(namesAt(m, table, 6)).toEqual(['p1', 'p2']);
  });
});

describe('a late joiner', () => {
  it('sits down at the smallest table', () => {
    const { m, tables } = splitMeeting({ participants: 5, count: 2 });
    const smallest = tables.find((id) => namesAt(m, id, 5).length === 2);
    m.join('p6');
    expect(m.state.tables?.seating[m.id('p6')]).toBe(smallest);
  });

  it('chooses for themselves when people choose their tables', () => {
    const { m } = splitMeeting({ assignment: 'choose' });
    m.join('p7');
    expect(m.state.tables?.seating[m.id('p7')]).toBeUndefined();
  });
});

describe('a table host', () => {
  it('is chosen by a moderator and sits at the table', () => {
    const { m, tables } = splitMeeting({ assignment: 'choose' });
    const [table = ''] = tables;
    m.ok('facilitator', { type: 'tables:host', tableId: table, participantId: m.id('p4') });
    expect(m.state.tables?.tables[table]?.hostId).toBe(m.id('p4'));
    expect(m.state.tables?.seating[m.id('p4')]).toBe(table);
  });

  it('volunteers at their own table while it has no host', () => {
    const { m, tables } = splitMeeting({ assignment: 'choose' });
    const [table = '', other = ''] = tables;
    seat(m, 'p1', table);
    seat(m, 'p2', table);
    seat(m, 'p3', other);
    expect(
      resultCode(m.as('p3', { type: 'tables:host', tableId: table, participantId: m.id('p3') })),
    ).toBe('NOT_AT_TABLE');
    expect(
      resultCode(m.as('p1', { type: 'tables:host', tableId: table, participantId: m.id('p2') })),
    ).toBe('FORBIDDEN');
    m.ok('p1', { type: 'tables:host', tableId: table, participantId: m.id('p1') });
    expect(
      resultCode(m.as('p2', { type: 'tables:host', tableId: table, participantId: m.id('p2') })),
    ).toBe('TABLE_HAS_HOST');
  });

  it('stops hosting a table they move away from', () => {
    const { m, tables } = splitMeeting({ assignment: 'choose' });
    const [table = '', other = ''] = tables;
    m.ok('facilitator', { type: 'tables:host', tableId: table, participantId: m.id('p1') });
    seat(m, 'p1', other);
    expect(m.state.tables?.tables[table]?.hostId).toBeNull();
  });

  it('says where the table talks; others at the table do not', () => {
    const { m, tables } = splitMeeting({ assignment: 'choose' });
    const [table = ''] = tables;
    m.ok('facilitator', { type: 'tables:host', tableId: table, participantId: m.id('p1') });
    seat(m, 'p2', table);
    m.ok('p1', { type: 'tables:where', tableId: table, text: 'https://meet.example/room-1' });
    expect(resultCode(m.as('p2', { type: 'tables:where', tableId: table, text: 'Room 2' }))).toBe(
      'FORBIDDEN',
    );
    expect(m.state.tables?.tables[table]?.whereWeTalk).toBe('https://meet.example/room-1');
  });
});

describe('someone removed from the meeting', () => {
  it('leaves their seat and stops hosting, so the late joiner fills the gap', () => {
    const { m, tables } = splitMeeting({ participants: 4, count: 2 });
    const [first = ''] = tables;
    const [leaving = ''] = namesAt(m, first, 4);
    m.ok('facilitator', { type: 'tables:host', tableId: first, participantId: m.id(leaving) });
    m.ok('facilitator', { type: 'participant:remove', participantId: m.id(leaving) });
    expect(m.state.tables?.seating[m.id(leaving)]).toBeUndefined();
    expect(m.state.tables?.tables[first]?.hostId).toBeNull();
    m.join('p5');
    expect(m.state.tables?.seating[m.id('p5')]).toBe(first);
  });
});
