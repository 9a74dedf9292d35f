import { actionItemsCsv, minutes, minutesMarkdown } from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { communityMeeting } from './communityMeeting.js';
import { realisticMeeting } from './realisticMeeting.js';

describe('the minutes of a community meeting', () => {
  const m = minutes(communityMeeting('en').events);

  it('list the reviewed actions of earlier meetings in import order with their status', () => {
    expect(m.reviewActions.map((a) => [a.text, a.meetingTitle, a.status])).toEqual([
      ['Share the onboarding checklist', 'HR CoP #1', 'done'],
      ['Ask IT about the survey tool', 'HR CoP #2', 'carried'],
      ['Book a room', 'HR CoP #2', 'open'],
    ]);
  });

  it('say where a topic from the backlog came from', () => {
    expect(m.discussed[0]?.origin).toEqual({
      proposedAt: Date.UTC(2026, 9, 1, 12, 0),
      proposedByName: 'Anna Fischer',
      history: [{ meetingTitle: 'HR CoP #2', dots: 4, table: null }],
    });
    expect(m.discussed[1]?.origin).toBeNull();
  });
});

describe('the minutes of a meeting without a community', () => {
  const m = minutes(realisticMeeting('en').events);

  it('have no review section, no origin line and the CSV keeps its four columns', () => {
    expect(m.reviewActions).toEqual([]);
    expect(minutesMarkdown(m)).not.toContain('Open actions from earlier meetings');
    expect(minutesMarkdown(m)).not.toContain('From the backlog');
    expect(actionItemsCsv(m).split('\r\n')[0]).toBe('\uFEFFTopic,Action item,Owner,Due');
  });

  it('give German spreadsheets semicolons and the due date as the minutes show it', () => {
    const [header, first] = actionItemsCsv(m, 'de').split('\r\n');
    expect(header).toBe('\uFEFFThema;Aufgabe;Verantwortlich;Fällig');
    const due = m.actions[0]?.due ?? '';
    expect(due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const [year, month, day] = due.split('-');
    expect(first?.endsWith(`;${day}.${month}.${year}`)).toBe(true);
    expect(actionItemsCsv(m, 'en').split('\r\n')[1]?.endsWith(`,${due}`)).toBe(true);
  });
});
