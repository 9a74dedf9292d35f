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

/** The same events applied without projecting: what `run` spends in evolve alone. */
const evolveOnly = ({ start, events }: ReturnType<typeof burst>): number =>
  events.reduce(evolve, start).seq;

/** Microseconds per event of the best of five batches (the machine is shared). */
const bestOf = (reps: number, events: number, work: () => unknown): number => {
  let best = Number.POSITIVE_INFINITY;
  for (let batch = 0; batch < 5; batch++) {
    const t0 = performance.now();
    for (let i = 0; i < reps; i++) work();
    best = Math.min(best, (performance.now() - t0) / (reps * events));
  }
  return best * 1000;
};

for (const [name, people, topics, reps] of [
  ['20 people, 19 topics', 19, 19, 400],
  ['500 people, 200 topics', 499, 200, 10],
] as const) {
  const script = burst(people, topics);
  for (let i = 0; i < reps / 4; i++) run(script);
  const all = bestOf(reps, script.events.length, () => run(script));
  const evolving = bestOf(reps, script.events.length, () => evolveOnly(script));
  console.log(
    `${name}: ${all.toFixed(1)} µs per dot, of which evolve (carrying the dot totals) ${evolving.toFixed(1)}, ` +
      `project + diff ${(all - evolving).toFixed(1)} (${run(script)} ops)`,
  );
}
