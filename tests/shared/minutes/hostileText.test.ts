// @vitest-environment jsdom
/**
 * Hostile text stays text: every renderer shows the hostile meeting's titles, names and notes as
 * the words typed, and its output stays well-formed in its own format.
 */
import {
  actionItemsCsv,
  blockText,
  type MinutesLocale,
  minutes,
  minutesDocument,
  minutesHtml,
  minutesMarkdown,
  minutesWording,
  textLines,
} from '@percolate/shared';
import MarkdownIt from 'markdown-it';
import { describe, expect, it } from 'vitest';
import { HOSTILE, hostileMeeting, longNote } from './hostileMeeting.js';
import { parseCsv } from './parseCsv.js';

const MARKDOWN_TAGS = [
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'ul',
  'li',
  'strong',
  'br',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
];
const HTML_TAGS = [...MARKDOWN_TAGS, 'html', 'head', 'meta', 'title', 'style', 'body', 'main'];

/** Lines of every text the minutes say, trimmed, as a reader should find them. */
const expectedLines = (locale: MinutesLocale): string[] => {
  const doc = minutesDocument(minutes(hostileMeeting(locale).events));
  return doc.blocks
    .flatMap(blockText)
    .flatMap(textLines)
    .map((line) => line.trim())
    .filter((line) => line !== '');
};

const tagsOf = (root: ParentNode): Set<string> =>
  new Set([...root.querySelectorAll('*')].map((el) => el.tagName.toLowerCase()));

/** Text as a reader sees it: line breaks and runs of spaces as one space. */
const visibleText = (node: Node): string => (node.textContent ?? '').replace(/\s+/g, ' ');

const expectAllShown = (shown: string, locale: MinutesLocale) => {
  for (const line of expectedLines(locale)) {
    expect(shown).toContain(line.replace(/\s+/g, ' '));
  }
};

describe.each<MinutesLocale>(['en', 'de'])('hostile text in %s', (locale) => {
  const m = minutes(hostileMeeting(locale).events);
  const doc = minutesDocument(m);
  const headings = doc.blocks.filter((b) => b.kind === 'heading').length;

  it('keeps the long note, the emoji and the right-to-left text whole', () => {
    const note = m.discussed[0]?.notes[0];
    expect(note).toBe(longNote());
    expect(note).toHaveLength(5_000);
    expect(m.participants).toContain(HOSTILE.emoji);
    expect(m.participants).toContain(HOSTILE.rtl);
  });

  it('Markdown renders only our own structure, and every text as text', () => {
    const md = minutesMarkdown(m);
    const rendered = new MarkdownIt({ html: true, linkify: true }).render(md);
    const body = new DOMParser().parseFromString(rendered, 'text/html').body;
    expect([...tagsOf(body)].filter((tag) => !MARKDOWN_TAGS.includes(tag) && tag !== 'a')).toEqual(
      [],
    );
    // Bare web addresses may become links, as on GitHub: they show their own address, never a script.
    for (const link of body.querySelectorAll('a')) {
      expect(link.getAttribute('href')).toMatch(/^https?:\/\//);
      expect(link.textContent).toBe(link.getAttribute('href'));
    }
    expect(body.querySelectorAll('h1, h2, h3, h4')).toHaveLength(headings);
    expect(body.querySelectorAll('table')).toHaveLength(1);
    expectAllShown(visibleText(body), locale);
  });

  it('HTML is one document with only our elements, no script, and every text as text', () => {
    const html = minutesHtml(m);
    const document = new DOMParser().parseFromString(html, 'text/html');
    expect([...tagsOf(document)].filter((tag) => !HTML_TAGS.includes(tag))).toEqual([]);
    expect(document.querySelectorAll('h1, h2, h3, h4')).toHaveLength(headings);
    expect(document.title).toBe(doc.title);
    expect(
      document.querySelector('meta[http-equiv="Content-Security-Policy"]')?.getAttribute('content'),
    ).toContain("default-src 'none'");
    expect(html).not.toMatch(/<script|<img|javascript:alert[^(]/i);
    expectAllShown(visibleText(document.body), locale);
  });

  it('CSV is well-formed RFC 4180 with a BOM, and no cell starts like a formula', () => {
    const csv = actionItemsCsv(m);
    expect(csv.startsWith('\uFEFF')).toBe(true);
    const [header, ...rows] = parseCsv(csv.slice(1), locale === 'de' ? ';' : ',');
    // German spreadsheets get the due date as the minutes show it; English ones ISO.
    const dueAsShown =
      locale === 'de' ? minutesWording(locale, m.timeZone).dueDate : (iso: string) => iso;
    expect(header).toHaveLength(4);
    expect(rows).toHaveLength(m.actions.length);
    for (const [i, row] of rows.entries()) {
      const action = m.actions[i];
      const raw = [
        action?.topic,
        action?.text,
        action?.owner ?? '',
        action?.due ? dueAsShown(action.due) : '',
      ];
      expect(row).toEqual(raw.map((cell = '') => (/^[=+\-@\t\r]/.test(cell) ? `'${cell}` : cell)));
      for (const cell of row) expect(cell).not.toMatch(/^[=+\-@\t\r]/);
    }
    expect(rows.map((row) => row[1])).toContain(`'${HOSTILE.hyperlink}`);
    expect(rows.map((row) => row[2])).toEqual([
      `'${HOSTILE.dde}`,
      `'${HOSTILE.at}`,
      `'${HOSTILE.minus}`,
      HOSTILE.emoji,
      HOSTILE.rtl,
    ]);
  });
});
