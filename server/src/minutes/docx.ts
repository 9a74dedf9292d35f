/**
 * The minutes as a Word document (many organisations file minutes in Word): the same blocks as
 * the Markdown and HTML exports, as headings, bulleted lists and a table of the action items, on
 * A4. The docx package writes all text as XML text nodes, so user text cannot become markup;
 * characters XML cannot hold never reach it (see readableText).
 */
import {
  assertNever,
  type Block,
  type Minutes,
  type MinutesLocale,
  minutesDocument,
  type Span,
  textLines,
} from '@percolate/shared';
import {
  convertMillimetersToTwip,
  Document,
  HeadingLevel,
  Packer,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx';

const HEADINGS = {
  1: HeadingLevel.HEADING_1,
  2: HeadingLevel.HEADING_2,
  3: HeadingLevel.HEADING_3,
  4: HeadingLevel.HEADING_4,
} as const satisfies Record<Extract<Block, { kind: 'heading' }>['level'], string>;

/** 210 × 297 mm in twips, as Word itself writes A4. */
const A4 = { width: 11906, height: 16838 };
const MARGIN = convertMillimetersToTwip(20);

/** A span as runs, one per line, each after the first starting on a new line. */
const runs = (spans: Span[]): TextRun[] =>
  spans.flatMap((span) =>
    textLines(span.text).map(
      (line, i) => new TextRun({ text: line, bold: span.strong === true, break: i > 0 ? 1 : 0 }),
    ),
  );

const tableCell = (text: string, header: boolean): TableCell =>
  new TableCell({ children: [new Paragraph({ children: runs([{ text, strong: header }]) })] });

const renderBlock = (block: Block): (Paragraph | Table)[] => {
  switch (block.kind) {
    case 'heading':
      return [
        new Paragraph({ heading: HEADINGS[block.level], children: runs([{ text: block.text }]) }),
      ];
    case 'paragraph':
      return [new Paragraph({ children: runs(block.spans) })];
    case 'list':
      return block.items.map(
        (item) => new Paragraph({ bullet: { level: 0 }, children: runs(item) }),
      );
    case 'table':
      return [
        new Table({
          width: { size: 100, type: WidthType.PERCENTAGE },
          rows: [
            new TableRow({
              tableHeader: true,
              children: block.header.map((cell) => tableCell(cell, true)),
            }),
            ...block.rows.map(
              (row) => new TableRow({ children: row.map((cell) => tableCell(cell, false)) }),
            ),
          ],
        }),
      ];
    default:
      return assertNever(block);
  }
};

export const minutesDocx = async (m: Minutes, locale?: MinutesLocale): Promise<Buffer> => {
  const doc = minutesDocument(m, locale);
  const document = new Document({
    creator: 'Percolate',
    title: doc.title,
    styles: { default: { document: { run: { language: { value: doc.language } } } } },
    sections: [
      {
        properties: {
          page: { size: A4, margin: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN } },
        },
        children: doc.blocks.flatMap(renderBlock),
      },
    ],
  });
  return Packer.toBuffer(document);
};
