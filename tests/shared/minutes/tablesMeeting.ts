/**
 * A meeting of four that splits into two tables (mode 'shared'), run through the real rules:
 * a private and a public check-in line, six topics dot-voted together, then each table pulls its
 * topics and discusses two of them at the same time as the other, each with a continue-vote
 * (table 1 continues its first topic, table 2 closes its first). A time call, a harvest per table,
 * the rejoin and the end. Table 1 pulled a third topic it never got to; one topic stays on the
 * shared list.
 */
import type { SettingsPatch, TableId } from '@percolate/shared';
import { peopleAt } from '@percolate/shared';
import { meeting, type TestMeeting } from '../../helpers/builders.js';

export const MINUTE = 60_000;

export const TOPICS = [
  'Remote onboarding',
  'Job rotation',
  'Mentoring',
  'Feedback culture',
  'Left open at table 1',
  'Still on the shared list',
] as const;

export interface TablesMeeting {
  m: TestMeeting;
  topics: Record<(typeof TOPICS)[number], string>;
  tables: [TableId, TableId];
  /** The names (as test participants, p1 …) at each table, in join order. */
  people: [string[], string[]];
}

export interface TablesMeetingOptions {
  settings?: SettingsPatch;
  /** Reveal the dots before the discussion (with hidden votes). */
  reveal?: boolean;
  /** End the meeting after the rejoin. */
  end?: boolean;
  /** The name table 1's host gives it (none: it stays "Table 1"). */
  title?: string;
}

export const tablesMeeting = ({
  settings,
  reveal = true,
  end = true,
  title,
}: TablesMeetingOptions = {}): TablesMeeting => {
  const { m } = meeting({ participants: 4, phase: 'checkin', settings });
  m.ok('p1', { type: 'round:post', round: 'checkin', text: 'Moving house', private: true });
  m.ok('p2', { type: 'round:post', round: 'checkin', text: 'Budget season' });
  m.ok('facilitator', { type: 'phase:set', phase: 'propose' });
  const ids = TOPICS.map((title, i) => m.advance(1000).propose(`p${(i % 4) + 1}`, title));
  const topics = Object.fromEntries(TOPICS.map((title, i) => [title, ids[i] ?? ''])) as Record<
    (typeof TOPICS)[number],
    string
  >;
  m.ok('facilitator', { type: 'phase:set', phase: 'vote' });
  // Dots in the order the tables will pull the topics: 4, 3, 2, 2, 1, 0.
  const dots: [string, number][] = [
    [topics['Remote onboarding'], 4],
    [topics['Job rotation'], 3],
    [topics.Mentoring, 2],
    [topics['Feedback culture'], 2],
    [topics['Left open at table 1'], 1],
  ];
  let voter = 0;
  for (const [topicId, count] of dots) {
    for (let i = 0; i < count; i += 1) {
      m.ok(`p${(voter % 4) + 1}`, { type: 'vote:cast', topicId });
      voter += 1;
    }
  }
  m.ok('facilitator', { type: 'vote:close' });
  if (reveal && m.state.settings.hiddenVotes) m.ok('facilitator', { type: 'vote:reveal' });
  m.ok('facilitator', { type: 'phase:set', phase: 'discuss' });

  m.advance(MINUTE);
  m.ok('facilitator', { type: 'tables:split', count: 2, mode: 'shared', assignment: 'balanced' });
  const split = m.state.tables;
  if (!split) throw new Error('no tables');
  const [t1 = '', t2 = ''] = split.order;
  const nameOf = (participantId: string) =>
    ['p1', 'p2', 'p3', 'p4'].find((name) => m.id(name) === participantId) ?? '?';
  const at1 = peopleAt(split, t1).map(nameOf);
  const at2 = peopleAt(split, t2).map(nameOf);
  const [host1 = '', other1 = ''] = at1;
  const [host2 = '', other2 = ''] = at2;
  m.ok('facilitator', { type: 'tables:host', tableId: t1, participantId: m.id(host1) });
  m.ok(host2, { type: 'tables:host', tableId: t2, participantId: m.id(host2) });
  m.ok(host1, { type: 'tables:where', tableId: t1, text: 'Breakout room A' });
  if (title) m.ok(host1, { type: 'tables:rename', tableId: t1, name: title });
  const pull = (tableId: string, host: string, topicId: string) =>
    m.ok(host, { type: 'tables:pull', tableId, topicId });
  pull(t1, host1, topics['Remote onboarding']);
  pull(t2, host2, topics['Job rotation']);
  pull(t1, host1, topics.Mentoring);
  pull(t2, host2, topics['Feedback culture']);
  pull(t1, host1, topics['Left open at table 1']);

  const start = (tableId: string, host: string, topicId: string, minutes: number) =>
    m.ok(host, { type: 'discussion:start', tableId, topicId, minutes });
  const item = (topicId: string, kind: 'note' | 'decision' | 'action', text: string) =>
    m.ok('facilitator', {
      type: 'item:add',
      topicId,
      kind,
      text,
      ...(kind === 'action' && { owner: 'Sam' }),
    });
  /** The topic's first timebox is up: the votes as [name, choice], then the host resolves them. */
  const timeUp = (
    tableId: string,
    host: string,
    topicId: string,
    votes: [string, 'up' | 'sideways' | 'down'][],
  ) => {
    m.system({ type: 'timer:expire', topicId, round: 0, tableId });
    for (const [name, choice] of votes) m.ok(name, { type: 'continue:vote', tableId, choice });
    m.ok(host, { type: 'continue:resolve', tableId });
  };

  // Both tables start at once: table 1 with 8 minutes, table 2 with 6.
  start(t1, host1, topics['Remote onboarding'], 8);
  start(t2, host2, topics['Job rotation'], 6);
  item(topics['Remote onboarding'], 'note', 'Buddies help most');

  // Table 2's time is up first; it votes to close.
  m.advance(6 * MINUTE);
  timeUp(t2, host2, topics['Job rotation'], [
    [host2, 'down'],
    [other2, 'down'],
  ]);
  item(topics['Job rotation'], 'decision', 'Pilot in one team');
  start(t2, host2, topics['Feedback culture'], 5);

  // Table 1's time is up; it votes to continue (4 more minutes), then closes.
  m.advance(2 * MINUTE);
  timeUp(t1, host1, topics['Remote onboarding'], [
    [host1, 'up'],
    [other1, 'sideways'],
  ]);
  m.ok('facilitator', { type: 'tables:timeCall', minutes: 10 });

  // Table 2's second topic: time up, the table votes to continue, then closes.
  m.advance(3 * MINUTE);
  timeUp(t2, host2, topics['Feedback culture'], [[other2, 'up']]);
  item(topics['Feedback culture'], 'action', 'Draft a feedback guide');
  m.advance(MINUTE).ok(host1, { type: 'discussion:close', tableId: t1 });
  start(t1, host1, topics.Mentoring, 5);
  m.advance(3 * MINUTE).ok(host2, { type: 'discussion:close', tableId: t2 });
  m.advance(2 * MINUTE);
  timeUp(t1, host1, topics.Mentoring, [[host1, 'down']]);

  m.ok(host1, { type: 'tables:harvest', tableId: t1, text: 'Buddies for every newcomer' });
  m.ok(other2, { type: 'tables:harvest', tableId: t2, text: 'Feedback needs a guide' });
  m.advance(MINUTE).ok('facilitator', { type: 'tables:rejoin' });
  if (end) {
    m.ok('facilitator', { type: 'phase:set', phase: 'wrapup' });
    m.advance(MINUTE).ok('facilitator', { type: 'meeting:end' });
  }
  return { m, topics, tables: [t1, t2], people: [at1, at2] };
};
