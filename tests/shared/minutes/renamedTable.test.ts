/** A table its host renamed goes by that name in every part of the minutes and in the backlog. */
import {
  actionItemsCsv,
  backlogTopicSchema,
  concludeMeeting,
  minutes,
  minutesDocument,
  minutesMarkdown,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { parseCsv } from './parseCsv.js';
import { sectionHeadings } from './tableSections.js';
import { tablesMeeting } from './tablesMeeting.js';

const run = tablesMeeting({ title: 'Remote corner' });
const m = minutes(run.m.events);

describe('the minutes of a renamed table', () => {
  it('head its section with its name; the other table keeps its number, in both languages', () => {
    expect(m.tables.map((table) => [table.name, table.title])).toEqual([
      ['1', 'Remote corner'],
      ['2', ''],
    ]);
    expect(sectionHeadings(minutesDocument(m, 'en').blocks)).toEqual(
      expect.arrayContaining(['Remote corner', 'Table 2']),
    );
    expect(sectionHeadings(minutesDocument(m, 'de').blocks)).toEqual(
      expect.arrayContaining(['Remote corner', 'Tisch 2']),
    );
  });

  it('name it in the harvest, beside the topics left open there and in the actions', () => {
    const markdown = minutesMarkdown(m, 'en');
    expect(markdown).toContain('- **Remote corner:** Buddies for every newcomer');
    expect(markdown).toMatch(/Left open at table 1 \(Remote corner · /);
    expect(parseCsv(actionItemsCsv(m, 'en')).map((row) => row[1])).toEqual(['Table', 'Table 2']);
  });

  it('goes back to the backlog with the topics left open there, by name and number', () => {
    const { carried } = concludeMeeting(run.m.state, m.endedAt ?? 0);
    const entry = carried.find((topic) => topic.title === 'Left open at table 1')?.history[0];
    expect(entry).toMatchObject({ tableName: '1', tableTitle: 'Remote corner' });
    const topic = carried.find((t) => t.title === 'Left open at table 1');
    expect(backlogTopicSchema.parse(topic)).toEqual(topic);
    const later = minutes(tablesMeeting().m.events);
    expect(later.tables.map((table) => table.title)).toEqual(['', '']);
  });
});
