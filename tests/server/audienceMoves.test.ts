/** Whose sockets a commit moves between audiences, as the committing node tells every node. */
import { GLANCE_AUDIENCE, tableAudience } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import {
  audienceMoves,
  destinationOf,
  movesViewer,
} from '../../server/src/meetings/audienceMoves.js';
import { meeting } from '../helpers/builders.js';
import { seat, splitMeeting } from '../shared/tables/tableHelpers.js';

const viewer = (name: string, hasFacilitatorKey = false) => ({
  tokenHash: `hash-${name}`,
  hasFacilitatorKey,
});

describe('the audience moves of one commit', () => {
  it('moves only the seated viewer, to their table', () => {
    const { m, tables } = splitMeeting({ participants: 2, assignment: 'choose' });
    const [first = ''] = tables;
    const before = m.state;
    seat(m, 'p1', first);

    const moves = audienceMoves(before, m.state);
    expect(moves).toEqual([
      {
        movers: { kind: 'viewers', tokenHashes: ['hash-p1'] },
        to: tableAudience(first),
      },
    ]);
    expect(destinationOf(moves, viewer('p1'))).toBe(tableAudience(first));
    expect(movesViewer(moves, viewer('p1'))).toBe(true);
    expect(movesViewer(moves, viewer('p2'))).toBe(false);
    expect(movesViewer(moves, viewer('p1', true))).toBe(false);
  });

  it('moves nobody when seats and roles stay', () => {
    const { m, tables } = splitMeeting({ participants: 2, assignment: 'choose' });
    seat(m, 'p1', tables[0] ?? '');
    const before = m.state;
    m.ok('facilitator', { type: 'phase:set', phase: 'wrapup' });
    expect(audienceMoves(before, m.state)).toEqual([]);
  });

  it('at the split moves the seated and the guests, never a moderator', () => {
    const { m } = meeting({ participants: 4, phase: 'discuss' });
    const before = m.state;
    m.ok('facilitator', { type: 'tables:split', count: 2, mode: 'shared', assignment: 'balanced' });
    const tables = m.state.tables?.order ?? [];

    const moves = audienceMoves(before, m.state);
    const moved = moves.flatMap(({ movers }) =>
      movers.kind === 'viewers' ? movers.tokenHashes : [],
    );
    expect(moved.sort()).toEqual(['hash-p1', 'hash-p2', 'hash-p3', 'hash-p4']);
    expect(moves.map((move) => move.to)).toEqual(expect.arrayContaining(tables.map(tableAudience)));
    const guests = moves.find(({ movers }) => movers.kind === 'guests');
    expect(guests?.to).toBe(GLANCE_AUDIENCE);
    expect(destinationOf(moves, viewer('stranger'))).toBe(GLANCE_AUDIENCE);
    expect(guests?.movers).toEqual({
      kind: 'guests',
      participantTokens: expect.arrayContaining(['hash-facilitator', 'hash-p1']),
    });
    expect(movesViewer(moves, viewer('facilitator'))).toBe(false);
    expect(movesViewer(moves, viewer('someone new'))).toBe(true);
  });
});
