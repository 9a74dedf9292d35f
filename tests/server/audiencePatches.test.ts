/** One commit's patch per audience, and the alike ones grouped into one emit. */
import {
  ALL_AUDIENCE,
  applyPatch,
  GLANCE_AUDIENCE,
  projectPublic,
  tableAudience,
  viewFor,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { alikePatches, audiencePatches } from '../../server/src/meetings/audiencePatches.js';
import { seat, splitMeeting } from '../shared/tables/tableHelpers.js';

describe('the patches of one commit', () => {
  it("take each audience's part from before to after, alike ones grouped, a move marked", () => {
    const split = splitMeeting({ participants: 2, topics: ['One'], settings: { openNotes: true } });
    const { m, topicIds } = split;
    const [first = '', second = ''] = split.tables;
    const [topicId = ''] = topicIds;
    seat(m, 'p1', first);
    m.ok('facilitator', { type: 'tables:pull', tableId: first, topicId });
    m.ok('facilitator', { type: 'discussion:start', tableId: first, topicId });
    const before = { state: m.state, view: projectPublic(m.state) };
    m.ok('p1', { type: 'item:add', topicId, kind: 'note', text: 'At the first' });
    const after = { state: m.state, view: projectPublic(m.state) };

    const patches = audiencePatches(before, after);
    expect(patches).toMatchObject({ from: before.state.seq, to: after.state.seq, moved: false });
    for (const [audience, patch] of patches.byAudience) {
      expect(applyPatch(viewFor(before.view, audience), patch.ops)).toEqual(
        viewFor(after.view, audience),
      );
    }
    const groups = alikePatches(patches).map((group) => group.audiences.sort());
    expect(groups).toContainEqual([GLANCE_AUDIENCE, tableAudience(second)].sort());
    expect(groups.flat().sort()).toEqual(
      [ALL_AUDIENCE, GLANCE_AUDIENCE, tableAudience(first), tableAudience(second)].sort(),
    );

    const beforeMove = after;
    seat(m, 'p2', first);
    expect(
      audiencePatches(beforeMove, { state: m.state, view: projectPublic(m.state) }).moved,
    ).toBe(true);
  });
});
