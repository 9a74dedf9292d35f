/**
 * The minutes as Markdown (CommonMark with GitHub tables). User text is escaped so that it always
 * reads as the words typed: no links, images, HTML, code, headings, lists or tables of its own.
 */
import { assertNever } from '../domain/assertNever.js';
import { type Block, minutesDocument, type Span, textLines } from './layout.js';
import type { Minutes, MinutesLocale } from './model.js';

/** Characters that mean something anywhere in a line (links, emphasis, code, HTML, tables, math). */
const INLINE_MARKUP = /[\\`*_[\]<>|~&#$]/g;

const escapeInline = (text: string): string => text.replace(INLINE_MARKUP, '\\$&');

/** A line's own start could open a list, a setext heading or an indented code block. */
const escapeLineStart = (line: string): string =>
  line
    .trim()
    .replace(/^[-+=]/, '\\$&')
    .replace(/^(\d+)([.)])/, '$1\\$2');

const oneLine = (text: string): string => textLines(text).join(' ');

const spanText = (span: Span): string => {
  if (!span.strong) return textLines(span.text).map(escapeInline).join('\n');
  const text = oneLine(span.text).trim();
  return text === '' ? '' : `**${escapeInline(text)}**`;
};

/**
 * Spans as one paragraph of text; the user's line breaks become hard breaks, continued with
 * `indent` so that they stay inside a list item.
 */
const textBlock = (spans: Span[], indent: string): string =>
  spans
    .map(spanText)
    .join('')
    .split('\n')
    .map(escapeLineStart)
    .filter((line) => line !== '')
    .join(`\\\n${indent}`);

const tableRow = (cells: string[]): string =>
  `| ${cells.map((cell) => escapeInline(oneLine(cell).trim())).join(' | ')} |`;

const renderBlock = (block: Block): string => {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.level)} ${escapeInline(oneLine(block.text).trim())}`;
    case 'paragraph':
      return textBlock(block.spans, '');
    case 'list':
      return block.items.map((spans) => `- ${textBlock(spans, '  ')}`).join('\n');
    case 'table':
      return [
        tableRow(block.header),
        `|${block.header.map(() => ' --- |').join('')}`,
        ...block.rows.map(tableRow),
      ].join('\n');
    default:
      return assertNever(block);
  }
};

export const minutesMarkdown = (m: Minutes, locale?: MinutesLocale): string =>
  `${minutesDocument(m, locale).blocks.map(renderBlock).join('\n\n')}\n`;
