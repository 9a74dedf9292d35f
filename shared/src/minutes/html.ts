/**
 * The minutes as one standalone HTML document, styled for A4 so that the browser's print makes
 * the PDF. Every text is escaped; the document has no scripts and a Content-Security-Policy that
 * allows nothing but its own inline styles.
 */
import { assertNever } from '../domain/assertNever.js';
import { type Block, minutesDocument, type Span } from './layout.js';
import type { Minutes, MinutesLocale } from './model.js';

export const MINUTES_HTML_CSP =
  "default-src 'none'; style-src 'unsafe-inline'; img-src 'none'; base-uri 'none'; form-action 'none'";

const STYLE = `
@page { size: A4; margin: 20mm 18mm 22mm; }
:root { color-scheme: light; }
body { font-family: "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif; font-size: 11pt;
  line-height: 1.45; color: #111; background: #fff; max-width: 174mm; margin: 0 auto; padding: 12mm 0; }
@media print { body { max-width: none; padding: 0; } }
h1 { font-size: 20pt; margin: 0 0 8pt; }
h2 { font-size: 14pt; margin: 18pt 0 6pt; padding-bottom: 2pt; border-bottom: 1px solid #888; }
h3 { font-size: 12pt; margin: 14pt 0 4pt; }
h4 { font-size: 11pt; margin: 10pt 0 2pt; }
h1, h2, h3, h4 { break-after: avoid; page-break-after: avoid; }
p, li, th, td { white-space: pre-wrap; overflow-wrap: anywhere; }
ul { margin: 4pt 0; padding-inline-start: 16pt; }
li { margin: 2pt 0; }
table { width: 100%; border-collapse: collapse; margin-top: 6pt; }
th, td { border: 1px solid #888; padding: 3pt 5pt; text-align: start; vertical-align: top; }
thead { display: table-header-group; }
tr { break-inside: avoid; page-break-inside: avoid; }
`.trim();

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export const escapeHtml = (text: string): string =>
  text.replace(/[&<>"']/g, (char) => ENTITIES[char] ?? char);

const spans = (list: Span[]): string =>
  list
    .map((span) =>
      span.strong ? `<strong>${escapeHtml(span.text)}</strong>` : escapeHtml(span.text),
    )
    .join('');

/** dir="auto" lets a right-to-left line read right to left without turning the page around. */
const renderBlock = (block: Block): string => {
  switch (block.kind) {
    case 'heading':
      return `<h${block.level} dir="auto">${escapeHtml(block.text)}</h${block.level}>`;
    case 'paragraph':
      return `<p dir="auto">${spans(block.spans)}</p>`;
    case 'list':
      return `<ul>\n${block.items.map((item) => `<li dir="auto">${spans(item)}</li>`).join('\n')}\n</ul>`;
    case 'table': {
      const cells = (tag: 'th' | 'td', row: string[]) =>
        `<tr>${row.map((cell) => `<${tag} dir="auto">${escapeHtml(cell)}</${tag}>`).join('')}</tr>`;
      return [
        '<table>',
        `<thead>${cells('th', block.header)}</thead>`,
        `<tbody>\n${block.rows.map((row) => cells('td', row)).join('\n')}\n</tbody>`,
        '</table>',
      ].join('\n');
    }
    default:
      return assertNever(block);
  }
};

export const minutesHtml = (m: Minutes, locale?: MinutesLocale): string => {
  const doc = minutesDocument(m, locale);
  return `<!DOCTYPE html>
<html lang="${escapeHtml(doc.language)}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(MINUTES_HTML_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${escapeHtml(doc.title)}</title>
<style>
${STYLE}
</style>
</head>
<body>
<main>
${doc.blocks.map(renderBlock).join('\n')}
</main>
</body>
</html>
`;
};
