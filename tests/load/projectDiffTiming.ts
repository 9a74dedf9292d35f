// Times projectPublic + diff per commit over the bench's vote burst (20 participants, 19
// topics, 3 dots each): the work of the server's Audience.committed without the sockets.
// Run: npx tsx --conditions=percolate-source tests/load/projectDiffTiming.ts
import { diff, type MeetingState, projectPublic } from '@percolate/shared';
import { meeting } from '../helpers/builders.js';

const titles = Array.from({ length: 19 }, (_, i) => `Topic ${i}`);
const { m, topicIds } = meeting({ participants: 19, phase: 'vote', topics: titles });
const states: MeetingState[] = [m.state];
for (let round = 0; round < 3; round++)
  for (let p = 1; p <= 19; p++) {
    m.ok(`p${p}`, {
      type: 'vote:cast',
      topicId: topicIds[(p + round) % topicIds.length] as string,
    });
    states.push(m.state);
  }
const run = () => {
  let view = projectPublic(states[0] as MeetingState);
  let ops = 0;
  for (const state of states.slice(1)) {
    const next = projectPublic(state);
    ops += diff(view, next).length;
    view = next;
  }
  return ops;
};
for (let i = 0; i < 200; i++) run();
const reps = 2000;
const t0 = performance.now();
let ops = 0;
for (let i = 0; i < reps; i++) ops += run();
const us = ((performance.now() - t0) * 1000) / (reps * (states.length - 1));
console.log(`${us.toFixed(1)} µs per commit (project + diff), ${ops / reps} ops per burst`);
