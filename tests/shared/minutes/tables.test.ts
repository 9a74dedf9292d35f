/**
 * One set of minutes for a meeting that split into two tables: a section per table with its
 * people, topics, time and continue-votes, then the harvest, then what nobody got to; the same
 * sections in every format and both languages.
 */
import {
  actionItemsCsv,
  backlogTopicSchema,
  concludeMeeting,
  discussionHistory,
  meetingArchive,
  minutes,
  minutesDocument,
  minutesHtml,
  minutesMarkdown,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { EventLog, runningTimer } from './eventLog.js';
import { parseCsv } from './parseCsv.js';
import { realisticMeeting } from './realisticMeeting.js';
import { markdownSection, sectionHeadings, sectionText } from './tableSections.js';
import { MINUTE, tablesMeeting } from './tablesMeeting.js';

const run = tablesMeeting();
const m = minutes(run.m.events);
const names = (people: string[]) => people.map((p) => `Person ${p.slice(1)}`);

describe('the discussion history of parallel tables', () => {
  it('keeps the tables apart though they discussed at the same time', () => {
    const history = discussionHistory(run.m.events, m.asOf);
    const [t1, t2] = run.tables;
    const byTopic = (title: keyof typeof run.topics) =>
      history.find((record) => record.topicId === run.topics[title]);
    expect(byTopic('Remote onboarding')).toMatchObject({
      tableId: t1,
      plannedMs: 12 * MINUTE,
      spentMs: 12 * MINUTE,
    });
    expect(byTopic('Job rotation')).toMatchObject({
      tableId: t2,
      plannedMs: 6 * MINUTE,
      spentMs: 6 * MINUTE,
    });
    expect(byTopic('Feedback culture')).toMatchObject({ tableId: t2, spentMs: 9 * MINUTE });
    expect(byTopic('Mentoring')).toMatchObject({ tableId: t1, spentMs: 5 * MINUTE });
    expect(byTopic('Remote onboarding')?.continueVotes.map((v) => [v.outcome, v.tally])).toEqual([
      ['continue', { up: 1, sideways: 1, down: 0 }],
    ]);
    expect(byTopic('Job rotation')?.continueVotes.map((v) => [v.outcome, v.tally])).toEqual([
      ['close', { up: 0, sideways: 0, down: 2 }],
    ]);
  });
});

describe('the discussion history, from a log written by hand', () => {
  it('pauses one table’s clock while the other runs on', () => {
    const log = new EventLog(Date.UTC(2026, 0, 5, 9, 0)).create('m', 'Tables');
    const timer = (minutes: number) => runningTimer(log.now, minutes);
    log.add({ type: 'discussion:started', topicId: 'a', timer: timer(8), tableId: 't1' });
    log.add({ type: 'discussion:started', topicId: 'b', timer: timer(8), tableId: 't2' });
    log.wait(2 * MINUTE).add({ type: 'timer:paused', remainingMs: 6 * MINUTE, tableId: 't1' });
    log.wait(3 * MINUTE).add({
      type: 'discussion:closed',
      topicId: 'b',
      tally: null,
      overridden: false,
      tableId: 't2',
    });
    log.wait(MINUTE).add({ type: 'timer:resumed', timer: timer(6), tableId: 't1' });
    log.wait(4 * MINUTE).add({
      type: 'discussion:closed',
      topicId: 'a',
      tally: null,
      overridden: false,
      tableId: 't1',
    });
    expect(
      discussionHistory(log.events, log.now).map((r) => [r.topicId, r.tableId, r.spentMs]),
    ).toEqual([
      ['a', 't1', 6 * MINUTE],
      ['b', 't2', 5 * MINUTE],
    ]);
  });
});

describe('the minutes model of parallel tables', () => {
  it('has a table each with its host, where it talked, its people, topics and harvest', () => {
    expect(m.tables.map((t) => [t.name, t.host, t.whereWeTalk, t.people, t.harvest])).toEqual([
      ['1', 'Person 1', 'Breakout room A', names(run.people[0]), 'Buddies for every newcomer'],
      ['2', 'Person 2', '', names(run.people[1]), 'Feedback needs a guide'],
    ]);
    expect(m.tables.map((t) => t.topics.map((topic) => [topic.title, topic.dots]))).toEqual([
      [
        ['Remote onboarding', 4],
        ['Mentoring', 2],
      ],
      [
        ['Job rotation', 3],
        ['Feedback culture', 2],
      ],
    ]);
    expect(m.tables[0]?.topics[0]?.notes).toEqual(['Buddies help most']);
    expect(m.tables[1]?.topics[0]?.decisions).toEqual(['Pilot in one team']);
  });

  it('keeps the plenary part: check-in, no plenary topics, the time call', () => {
    expect(m.checkin.map((line) => line.text)).toEqual(['Budget season']);
    expect(m.discussed).toEqual([]);
    expect(m.timeCalls.map((call) => call.minutes)).toEqual([10]);
  });

  it('lists the undiscussed topics with the table they were at, or none on the shared list', () => {
    expect(m.undiscussed.map((t) => [t.title, t.table])).toEqual([
      ['Still on the shared list', null],
      ['Left open at table 1', { name: '1', title: '' }],
    ]);
    expect(m.actions.map((a) => [a.topic, a.table, a.text])).toEqual([
      ['Feedback culture', { name: '2', title: '' }, 'Draft a feedback guide'],
    ]);
  });

  it('has no tables for a meeting that never split', () => {
    expect(minutes(realisticMeeting('en').events).tables).toEqual([]);
  });
});

describe.each([
  {
    locale: 'en' as const,
    table: 'Table',
    time: ['12 min planned, 12 min spent', '6 min planned, 6 min spent'],
    votes: [
      '1 × thumbs up, 1 × sideways, 0 × thumbs down → continued for 4 min',
      '0 × thumbs up, 0 × sideways, 2 × thumbs down → closed',
    ],
    people: 'Participants (2)',
    harvest: 'Harvest',
  },
  {
    locale: 'de' as const,
    table: 'Tisch',
    time: ['12 Min. geplant, 12 Min. gebraucht', '6 Min. geplant, 6 Min. gebraucht'],
    votes: [
      '1 × Daumen hoch, 1 × Daumen seitlich, 0 × Daumen runter → verlängert um 4 Min.',
      '0 × Daumen hoch, 0 × Daumen seitlich, 2 × Daumen runter → abgeschlossen',
    ],
    people: 'Teilnehmende (2)',
    harvest: 'Ernte',
  },
])('the Markdown minutes in $locale', ({ locale, table, time, votes, people, harvest }) => {
  const markdown = minutesMarkdown(m, locale);
  const first = markdownSection(markdown, `${table} 1`);
  const second = markdownSection(markdown, `${table} 2`);

  it('have a section per table with its people, topics, time and continue-votes', () => {
    expect(first).toContain(`**${people}:** ${names(run.people[0]).join(', ')}`);
    expect(second).toContain(`**${people}:** ${names(run.people[1]).join(', ')}`);
    expect(first).toContain('### 1. Remote onboarding');
    expect(first).toContain('### 2. Mentoring');
    expect(first).toContain(time[0]);
    expect(first).toContain(votes[0]);
    expect(first).not.toContain('Job rotation');
    expect(second).toContain('### 1. Job rotation');
    expect(second).toContain('### 2. Feedback culture');
    expect(second).toContain(time[1]);
    expect(second).toContain(votes[1]);
    expect(second).not.toContain('Remote onboarding');
  });

  it('bring back each table’s takeaways in the harvest', () => {
    const section = markdownSection(markdown, harvest);
    expect(section).toContain(`**${table} 1:** Buddies for every newcomer`);
    expect(section).toContain(`**${table} 2:** Feedback needs a guide`);
  });

  it('name the table of a topic left open there', () => {
    expect(markdown).toMatch(new RegExp(`Left open at table 1 \\(${table} 1 · `));
  });
});

describe('every format has the tables’ sections', () => {
  const doc = minutesDocument(m, 'en');

  it('lays them out once: the tables after the check-in, then the harvest, then the rest', () => {
    expect(sectionHeadings(doc.blocks)).toEqual([
      'Check-in',
      'Table 1',
      'Table 2',
      'Harvest',
      'Topics not discussed',
      'All action items',
    ]);
    expect(sectionText(doc.blocks, 'Table 1')).toContain('Breakout room A');
    expect(sectionText(doc.blocks, 'Harvest')).toContain('Time calls to the tables');
    const overview = doc.blocks.find((block) => block.kind === 'table');
    expect(overview?.kind === 'table' && overview.header).toEqual([
      'Topic',
      'Table',
      'Action item',
      'Owner',
      'Due',
    ]);
  });

  it('in HTML: the same headings in the same order', () => {
    const html = minutesHtml(m, 'de');
    const headings = [...html.matchAll(/<h2 dir="auto">([^<]*)<\/h2>/g)].map((match) => match[1]);
    expect(headings).toEqual(sectionHeadings(minutesDocument(m, 'de').blocks));
    expect(headings).toContain('Tisch 1');
    expect(headings).toContain('Ernte');
  });

  it('in CSV: a table column after the topic', () => {
    const rows = parseCsv(actionItemsCsv(m, 'en').replace(/^\uFEFF/, ''));
    expect(rows).toEqual([
      ['Topic', 'Table', 'Action item', 'Owner', 'Due'],
      ['Feedback culture', 'Table 2', 'Draft a feedback guide', 'Sam', ''],
    ]);
  });

  it('in JSON: the model has the tables, and the archive gives the same minutes again', () => {
    const json = JSON.parse(JSON.stringify(m));
    expect(json.tables.map((t: { name: string }) => t.name)).toEqual(['1', '2']);
    expect(minutes(meetingArchive(run.m.events).events)).toEqual(m);
  });
});

describe('in a community', () => {
  it('sends the topics nobody got to back to the backlog, naming the table one was at', () => {
    const { carried } = concludeMeeting(run.m.state, m.endedAt ?? 0);
    expect(carried.map((topic) => [topic.title, topic.history])).toEqual([
      ['Still on the shared list', [{ meetingId: 'm1', meetingTitle: 'CoP meeting', dots: 0 }]],
      [
        'Left open at table 1',
        [{ meetingId: 'm1', meetingTitle: 'CoP meeting', dots: 1, tableName: '1' }],
      ],
    ]);
  });

  it('reads a backlog topic’s history with and without a table (entries from before tables)', () => {
    const topic = {
      id: 't1',
      title: 'Left open at table 1',
      description: '',
      proposedBy: null,
      proposedAt: 0,
      proposedByName: null,
      history: [
        { meetingId: 'm0', meetingTitle: 'Before tables', dots: 2 },
        { meetingId: 'm1', meetingTitle: 'CoP meeting', dots: 1, tableName: '1' },
      ],
    };
    expect(backlogTopicSchema.parse(topic)).toEqual(topic);
  });
});
