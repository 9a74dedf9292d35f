import {
  actionItemsCsv,
  type MinutesLocale,
  meetingArchiveJson,
  minutes,
  minutesHtml,
  minutesMarkdown,
} from '@percolate/shared';
import { describe, it } from 'vitest';
import { communityMeeting } from './communityMeeting.js';
import { expectGolden } from './golden.js';
import { hostileMeeting } from './hostileMeeting.js';
import { realisticMeeting } from './realisticMeeting.js';

describe.each<MinutesLocale>(['en', 'de'])('the exports of a realistic meeting in %s', (locale) => {
  const events = realisticMeeting(locale).events;
  const m = minutes(events);

  it('writes the Markdown minutes', () => {
    expectGolden(`meeting.${locale}.golden.md`, minutesMarkdown(m));
  });

  it('writes the print-ready HTML minutes', () => {
    expectGolden(`meeting.${locale}.golden.html`, minutesHtml(m));
  });

  it('writes the action items as CSV', () => {
    expectGolden(`actions.${locale}.golden.csv`, actionItemsCsv(m));
  });

  it('archives the whole meeting as JSON', () => {
    expectGolden(`meeting.${locale}.golden.json`, meetingArchiveJson(events));
  });
});

describe.each<MinutesLocale>(['en', 'de'])('the exports of a hostile meeting in %s', (locale) => {
  const m = minutes(hostileMeeting(locale).events);

  it('writes Markdown that shows every text as typed', () => {
    expectGolden(`hostile.${locale}.golden.md`, minutesMarkdown(m));
  });

  it('writes HTML that shows every text as typed', () => {
    expectGolden(`hostile.${locale}.golden.html`, minutesHtml(m));
  });

  it('writes CSV whose cells cannot run as formulas', () => {
    expectGolden(`hostile-actions.${locale}.golden.csv`, actionItemsCsv(m));
  });
});

describe.each<MinutesLocale>(['en', 'de'])('the exports of a community meeting in %s', (locale) => {
  const m = minutes(communityMeeting(locale).events);

  it('writes Markdown with the reviewed actions and where backlog topics came from', () => {
    expectGolden(`community.${locale}.golden.md`, minutesMarkdown(m));
  });

  it('writes HTML with the reviewed actions and where backlog topics came from', () => {
    expectGolden(`community.${locale}.golden.html`, minutesHtml(m));
  });

  it('writes CSV with the reviewed actions and their status', () => {
    expectGolden(`community-actions.${locale}.golden.csv`, actionItemsCsv(m));
  });
});
