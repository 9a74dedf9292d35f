// Times the public view's work per commit in the bench's vote burst, without the sockets: the
// event applied, the projection from the previous one and each audience's diff (what Audience.committed and
// audiencePatches do), over the states of the whole burst, warm. Two sizes: the default bench's
// meeting (20 people, 19 topics, 3 dots each) and the big room (500 people, 200 topics).
// Run: npm run -s bench:project
import {
  audiencesOf,
  diff,
  evolve,
  type PublicView,
  projectPublic,
  viewFor,
} from '@percolate/shared';
import { meeting } from '../helpers/builders.js';

/** The meeting as voting opens, and the burst's events: everyone places 3 dots. */
const burst = (people: number, topicCount: number) => {
  const titles = Array.from({ length: topicCount }, (_, i) => `Topic ${i}`);
  const { m, topicIds } = meeting({
    participants: people,
    phase: 'vote',
    topics: titles,
    settings: { dotsPerPerson: 3, maxDotsPerTopic: 3 },
  });
  const start = m.state;
  const logged = m.events.length;
  for (let round = 0; round < 3; round++)
    for (let p = 1; p <= people; p++) {
      m.ok(`p${p}`, {
        type: 'vote:cast',
        topicId: topicIds[(p * 7 + round) % topicIds.length] as string,
      });
    }
  return { start, events: m.events.slice(logged) };
};

// Each run applies the events again, so every state (and its dots) is new, as on the server.
const run = ({ start, events }: ReturnType<typeof burst>): number => {
  let prev = { state: start, view: projectPublic(start) };
  let ops = 0;
  for (const event of events) {
    const state = evolve(prev.state, event);
    const view: PublicView = projectPublic(state, prev);
    for (const audience of audiencesOf(state)) {
      ops += diff(viewFor(prev.view, audience), viewFor(view, audience, prev.view)).length;
    }
    prev = { state, view };
  }
  return ops;
};

for (const [name, people, topics, reps] of [
  ['20 people, 19 topics', 19, 19, 400],
  ['500 people, 200 topics', 499, 200, 10],
] as const) {
  const script = burst(people, topics);
  for (let i = 0; i < reps / 4; i++) run(script);
  let best = Number.POSITIVE_INFINITY;
  let ops = 0;
  // The best of five batches: the machine is shared, the slowest batch says little.
  for (let batch = 0; batch < 5; batch++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) ops = run(script);
    best = Math.min(best, (performance.now() - t0) / (reps * script.events.length));
  }
  console.log(
    `${name}: ${(best * 1000).toFixed(1)} µs per dot (evolve + project + diff), ${ops} ops`,
  );
}
