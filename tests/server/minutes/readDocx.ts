/**
 * Reads a .docx for the tests: its files (it is a zip), and its document.xml as an outline of
 * paragraphs (style and text, line breaks kept) and table rows. Needs a DOM (jsdom environment).
 */
import { strFromU8, unzipSync } from 'fflate';

const W = 'http://schemas.openxmlformats.org/wordprocessingml/2006/main';

export const docxFiles = (buffer: Buffer): Record<string, string> =>
  Object.fromEntries(
    Object.entries(unzipSync(new Uint8Array(buffer))).map(([name, bytes]) => [
      name,
      strFromU8(bytes),
    ]),
  );

/** Parses XML strictly: a document that is not well-formed throws. */
export const parseXml = (xml: string): Document => {
  const doc = new DOMParser().parseFromString(xml, 'application/xml');
  const error = doc.getElementsByTagName('parsererror')[0];
  if (error) throw new Error(`not well-formed XML: ${error.textContent}`);
  return doc;
};

const paragraphText = (p: Element): string =>
  [...p.getElementsByTagNameNS(W, '*')]
    .map((el) =>
      el.localName === 't' ? (el.textContent ?? '') : el.localName === 'br' ? '\n' : '',
    )
    .join('');

/** One line per paragraph ("Heading2: text", "• text", "text") and per table row ("| a | b |"). */
export const docxOutline = (documentXml: string): string[] => {
  const body = parseXml(documentXml).getElementsByTagNameNS(W, 'body')[0];
  if (!body) throw new Error('no body');
  return [...body.children].flatMap((block) => {
    if (block.localName === 'tbl') {
      return [...block.getElementsByTagNameNS(W, 'tr')].map(
        (row) =>
          `| ${[...row.getElementsByTagNameNS(W, 'tc')].map((cell) => [...cell.getElementsByTagNameNS(W, 'p')].map(paragraphText).join(' ')).join(' | ')} |`,
      );
    }
    if (block.localName !== 'p') return [];
    const style = block.getElementsByTagNameNS(W, 'pStyle')[0]?.getAttributeNS(W, 'val');
    const bullet = block.getElementsByTagNameNS(W, 'numPr').length > 0;
    const prefix = bullet ? '• ' : style ? `${style}: ` : '';
    return [`${prefix}${paragraphText(block)}`];
  });
};
