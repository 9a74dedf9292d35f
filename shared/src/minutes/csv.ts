/**
 * The action items as CSV (RFC 4180): CRLF line ends, fields quoted when they hold the separator,
 * a quote or a line break, UTF-8 with a byte order mark so that Excel reads the umlauts. A cell
 * that a spreadsheet would run as a formula is prefixed with a single quote.
 *
 * German Excel splits on `;` (the comma is its decimal mark) and reads 01.03.2026 as a date, so
 * German minutes use both; English ones keep the comma and ISO dates.
 */
import { isoDateParts } from './format.js';
import type { Minutes, MinutesLocale, MinutesTableName } from './model.js';
import { minutesStrings } from './strings.js';

const SEPARATORS: Record<MinutesLocale, string> = { de: ';', en: ',' };

const BOM = '\uFEFF';
const CRLF = '\r\n';

/** Characters that make Excel, LibreOffice or Google Sheets read a cell as a formula. */
const FORMULA_START = /^[=+\-@\t\r]/;

export const neutraliseFormula = (cell: string): string =>
  FORMULA_START.test(cell) ? `'${cell}` : cell;

export const quoteCsvField = (field: string, separator = ','): string =>
  /["\r\n]/.test(field) || field.includes(separator) ? `"${field.replaceAll('"', '""')}"` : field;

export const csvRecord = (cells: string[], separator = ','): string =>
  cells.map((cell) => quoteCsvField(neutraliseFormula(cell), separator)).join(separator);

/** A due date as this language's spreadsheets read it: ISO in English, as the minutes show it in German. */
const csvDate = (isoDate: string, locale: MinutesLocale): string => {
  if (locale === 'en') return isoDate;
  const parts = isoDateParts(isoDate, locale);
  return parts ? minutesStrings(locale).dueDate(parts) : isoDate;
};

/**
 * Topic, action, owner and due date (with tables, the table after the topic). When the meeting
 * reviewed earlier meetings' open actions, they follow with a status column.
 */
export const actionItemsCsv = (m: Minutes, locale: MinutesLocale = m.locale): string => {
  const s = minutesStrings(locale);
  const due = (isoDate: string | null) => (isoDate === null ? '' : csvDate(isoDate, locale));
  // A meeting with tables says at which table each action came up (empty: the plenary).
  const withTables = m.tables.length > 0;
  const tableCells = (table: MinutesTableName | null) =>
    withTables ? [table === null ? '' : s.tableHeading(table)] : [];
  const header = [
    s.topicColumn,
    ...(withTables ? [s.tableLabel] : []),
    s.actionColumn,
    s.ownerLabel,
    s.dueLabel,
  ];
  const rows = m.actions.map((a) => [
    a.topic,
    ...tableCells(a.table),
    a.text,
    a.owner ?? '',
    due(a.due),
  ]);
  const table =
    m.reviewActions.length === 0
      ? [header, ...rows]
      : [
          [...header, s.statusColumn],
          ...rows.map((row) => [...row, '']),
          ...m.reviewActions.map((a) => [
            `${s.reviewHeading}: ${a.meetingTitle}`,
            ...tableCells(null),
            a.text,
            a.owner ?? '',
            due(a.due),
            s.reviewStatus[a.status],
          ]),
        ];
  return BOM + table.map((cells) => csvRecord(cells, SEPARATORS[locale]) + CRLF).join('');
};
