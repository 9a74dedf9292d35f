/**
 * The action items as CSV (RFC 4180): comma-separated, CRLF line ends, fields quoted when they
 * hold a comma, quote or line break, UTF-8 with a byte order mark so that Excel reads the umlauts.
 * A cell that a spreadsheet would run as a formula is prefixed with a single quote.
 */
import type { Minutes, MinutesLocale } from './model.js';
import { minutesStrings } from './strings.js';

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutraliseFormula = (cell: string): string =>
  FORMULA_START.test(cell) ? `'${cell}` : cell;

export const quoteCsvField = (field: string): string =>
  /[",\r\n]/.test(field) ? `"${field.replaceAll('"', '""')}"` : field;

export const csvRecord = (cells: string[]): string =>
  cells.map((cell) => quoteCsvField(neutraliseFormula(cell))).join(',');

/**
 * Topic, action, owner and due date (ISO, which every spreadsheet reads as a date). When the
 * meeting reviewed earlier meetings' open actions, they follow with a status column.
 */
export const actionItemsCsv = (m: Minutes, locale: MinutesLocale = m.locale): string => {
  const s = minutesStrings(locale);
  const header = [s.topicColumn, s.actionColumn, s.ownerLabel, s.dueLabel];
  const rows = m.actions.map((a) => [a.topic, a.text, a.owner ?? '', a.due ?? '']);
  const table =
    m.reviewActions.length === 0
      ? [header, ...rows]
      : [
          [...header, s.statusColumn],
          ...rows.map((row) => [...row, '']),
          ...m.reviewActions.map((a) => [
            `${s.reviewHeading}: ${a.meetingTitle}`,
            a.text,
            a.owner ?? '',
            a.due ?? '',
            s.reviewStatus[a.status],
          ]),
        ];
  return BOM + table.map((cells) => csvRecord(cells) + CRLF).join('');
};
