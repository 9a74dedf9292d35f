/**
 * A meeting whose every text tries to become markup, a formula or a broken document: HTML and
 * script, Markdown links, headings, tables and code fences, spreadsheet formulas, a 5,000-character
 * note, emoji, right-to-left text and control characters. It is still running (in discussion).
 */
import type { MinutesLocale } from '@percolate/shared';
import { EventLog, MINUTE } from './eventLog.js';

export const HOSTILE = {
  script: '<script>alert(1)</script>',
  link: '[x](javascript:alert(1))',
  hyperlink: '=HYPERLINK("http://evil")',
  dde: "+cmd|' /C calc'!A0",
  at: '@SUM(1+1)',
  minus: '-2+3',
  tab: '\tTAB',
  carriageReturn: '\rCR',
  heading: '# Heading',
  listsAndSetext: 'Not a heading\n===\n- not a list\n+ nor this\n1) nor this\n    not code',
  table: '| a | b |\n|---|---|\n| 1 | 2 |',
  fence: '```js\nalert(1)\n```',
  image: '<img src=x onerror=alert(1)>',
  entity: '&lt;b&gt; &amp; &#60;i&#62;',
  comment: '<!-- hidden -->',
  emoji: '🦄 Einhorn 👩🏽‍💻',
  rtl: 'مرحبا بالعالم',
  bidiOverride: 'evil\u202Etxt.exe',
  quote: 'She said "no", then, yes',
  control: 'bell\u0007null\u0000end',
} as const;

/** 5,000 characters of Markdown-looking lines. */
export const longNote = (): string => {
  const line = '> **bold** _it_ `code` | cell | [link](http://x) <b>b</b> & \\ * - # ';
  const lines: string[] = [];
  while (lines.join('\n').length < 5_000) lines.push(`${lines.length + 1}. ${line}`);
  return lines.join('\n').slice(0, 5_000);
};

export const hostileMeeting = (locale: MinutesLocale): EventLog => {
  const log = new EventLog(Date.UTC(2026, 5, 1, 7, 0));
  const h = HOSTILE;
  log.create('hostile', `${h.script} ${h.heading} | ${h.link}`, { locale, timeZone: 'Asia/Tokyo' });
  log
    .join('p1', h.hyperlink, 'facilitator')
    .join('p2', h.dde)
    .join('p3', h.emoji)
    .join('p4', h.rtl);
  log.join('p5', h.script);
  log.wait(MINUTE).phase('lobby', 'checkin');
  log.add({
    type: 'round:posted',
    round: 'checkin',
    participantId: 'p2',
    text: `${h.table}\n${h.fence}`,
    mood: 'stormy',
    private: false,
  });
  log.add({
    type: 'round:posted',
    round: 'checkin',
    participantId: 'p3',
    text: h.emoji,
    mood: null,
    private: false,
  });
  log.add({
    type: 'round:posted',
    round: 'checkin',
    participantId: 'p4',
    text: h.rtl,
    mood: 'sunny',
    private: false,
  });
  log.wait(MINUTE).phase('checkin', 'propose');
  log.propose('a', 'p1', h.link, h.image);
  log.propose('b', 'p2', h.heading, h.table);
  log.propose('c', 'p3', h.fence, h.comment);
  log.propose('d', 'p4', `${h.rtl} ${h.bidiOverride}`, '');
  log.propose('e', 'p5', h.script, '');
  log
    .phase('propose', 'vote')
    .dots(['p1', 'a'], ['p2', 'a'], ['p3', 'b'], ['p4', 'e'], ['p5', 'd']);
  log.add({ type: 'topic:merged', sourceId: 'e', targetId: 'b', moved: { p4: 1 }, refunded: {} });
  log.add({ type: 'vote:closed', queue: ['a', 'b', 'c', 'd'] });
  log.phase('vote', 'discuss');

  log.wait(MINUTE).start('a', 8);
  log.item('n1', 'a', 'note', longNote(), 'p1');
  log.item('n2', 'a', 'note', `${h.entity} ${h.comment} ${h.control}`, 'p1');
  log.item('n3', 'a', 'note', h.listsAndSetext, 'p2');
  log.item('d1', 'a', 'decision', `${h.quote}\n${h.heading}`, 'p1');
  log.item('a1', 'a', 'action', h.hyperlink, 'p1', { owner: h.dde, due: '2026-06-30' });
  log.item('a2', 'a', 'action', h.tab, 'p1', { owner: h.at, due: '2026-02-31' });
  log.item('a3', 'a', 'action', h.carriageReturn, 'p1', { owner: h.minus });
  log.item('a4', 'a', 'action', h.quote, 'p1', { owner: h.emoji });
  log.item('a5', 'a', 'action', `${h.rtl}\n${h.script}`, 'p1', { owner: h.rtl });
  log.wait(3 * MINUTE).add({ type: 'summary:set', text: `${h.fence}\n${h.image}\n${h.link}` });
  return log;
};
