// @vitest-environment jsdom
import {
  blockText,
  type MinutesLocale,
  minutes,
  minutesDocument,
  textLines,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import { minutesDocx } from '../../../server/src/minutes/docx.js';
import { expectGolden } from '../../shared/minutes/golden.js';
import { HOSTILE, hostileMeeting } from '../../shared/minutes/hostileMeeting.js';
import { realisticMeeting } from '../../shared/minutes/realisticMeeting.js';
import { tablesMeeting } from '../../shared/minutes/tablesMeeting.js';
import { docxFiles, docxOutline, parseXml } from './readDocx.js';

describe.each<MinutesLocale>(['en', 'de'])('the Word minutes in %s', (locale) => {
  it('is a zip holding a Word document with headings, lists and the action-item table', async () => {
    const m = minutes(realisticMeeting(locale).events);
    const buffer = await minutesDocx(m);
    expect(buffer.subarray(0, 4).toString('latin1')).toBe('PK\u0003\u0004');
    const files = docxFiles(buffer);
    expect(Object.keys(files)).toEqual(
      expect.arrayContaining(['[Content_Types].xml', 'word/document.xml']),
    );
    expectGolden(
      `meeting.${locale}.golden.docx.txt`,
      `${docxOutline(files['word/document.xml'] ?? '').join('\n')}\n`,
    );
  });

  it('is set on A4 in the meeting’s language', async () => {
    const files = docxFiles(await minutesDocx(minutes(realisticMeeting(locale).events)));
    expect(files['word/document.xml']?.match(/<w:pgSz [^>]*>/)?.[0]).toMatch(
      /w:w="11906" w:h="16838"/,
    );
    expect(files['word/styles.xml']?.match(/<w:lang [^>]*>/)?.[0]).toBe(
      `<w:lang w:val="${locale === 'de' ? 'de-DE' : 'en-GB'}"/>`,
    );
  });

  it('keeps hostile text as escaped text and stays well-formed XML', async () => {
    const m = minutes(hostileMeeting(locale).events);
    const files = docxFiles(await minutesDocx(m));
    for (const [name, xml] of Object.entries(files)) {
      if (/\.(xml|rels)$/.test(name)) parseXml(xml);
    }
    const documentXml = files['word/document.xml'] ?? '';
    expect(documentXml).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(documentXml).not.toContain('<script');
    const outline = docxOutline(documentXml).join('\n');
    for (const text of [
      HOSTILE.script,
      HOSTILE.link,
      HOSTILE.hyperlink,
      HOSTILE.dde,
      HOSTILE.emoji,
      HOSTILE.rtl,
      HOSTILE.image,
      HOSTILE.entity,
    ]) {
      expect(outline).toContain(text);
    }
    for (const line of minutesDocument(m).blocks.flatMap(blockText).flatMap(textLines)) {
      expect(outline).toContain(line);
    }
  });
});

describe.each<MinutesLocale>(['en', 'de'])(
  'the Word minutes of parallel tables in %s',
  (locale) => {
    it('have the same sections as the layout: a section per table, then the harvest', async () => {
      const m = minutes(tablesMeeting().m.events);
      const outline = docxOutline(
        docxFiles(await minutesDocx(m, locale))['word/document.xml'] ?? '',
      );
      const headings = minutesDocument(m, locale).blocks.flatMap((block) =>
        block.kind === 'heading' && block.level === 2 ? [block.text] : [],
      );
      const table = locale === 'de' ? 'Tisch' : 'Table';
      expect(headings).toEqual(
        expect.arrayContaining([`${table} 1`, `${table} 2`, locale === 'de' ? 'Ernte' : 'Harvest']),
      );
      const found = headings.map((heading) => outline.findIndex((line) => line.includes(heading)));
      expect(found.every((index) => index >= 0)).toBe(true);
      expect([...found].sort((a, b) => a - b)).toEqual(found);
      expect(outline.join('\n')).toContain('Buddies for every newcomer');
    });
  },
);
