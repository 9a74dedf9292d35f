/**
 * The minutes on screen: the same blocks the Markdown, HTML and Word exports are made of, in the
 * reader's language, as plain React elements (user text is always rendered as text).
 */
import {
  assertNever,
  type Block,
  type Minutes,
  type MinutesLocale,
  minutesDocument,
  type Span,
} from '@percolate/shared';
import { useMemo } from 'react';
import './minutes.css';

type HeadingTag = 'h1' | 'h2' | 'h3' | 'h4' | 'h5' | 'h6';
const HEADINGS: readonly HeadingTag[] = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'];

const Spans = ({ spans }: { spans: Span[] }) =>
  spans.map((span, i) =>
    // Spans never change order within a block; their index is their identity.
    // biome-ignore lint/suspicious/noArrayIndexKey: see above
    span.strong ? <strong key={i}>{span.text}</strong> : <span key={i}>{span.text}</span>,
  );

const BlockView = ({ block, headingOffset }: { block: Block; headingOffset: number }) => {
  switch (block.kind) {
    case 'heading': {
      const Tag = HEADINGS[Math.min(block.level - 1 + headingOffset, HEADINGS.length - 1)] ?? 'h6';
      return <Tag>{block.text}</Tag>;
    }
    case 'paragraph':
      return (
        <p>
          <Spans spans={block.spans} />
        </p>
      );
    case 'list':
      return (
        <ul>
          {block.items.map((spans, i) => (
            // biome-ignore lint/suspicious/noArrayIndexKey: items of a rendered document keep their order
            <li key={i}>
              <Spans spans={spans} />
            </li>
          ))}
        </ul>
      );
    case 'table':
      // Narrow, the table shows as a list of labelled lines (minutes.css); the roles keep it a
      // table for screen readers, which drop the semantics of a table laid out as blocks.
      return (
        <div className="minutes-table">
          {/* biome-ignore lint/a11y/noRedundantRoles: see above */}
          <table role="table">
            <thead>
              {/* biome-ignore lint/a11y/noRedundantRoles: see above */}
              <tr role="row">
                {block.header.map((cell) => (
                  // biome-ignore lint/a11y/noRedundantRoles: see above
                  <th key={cell} scope="col" role="columnheader">
                    {cell}
                  </th>
                ))}
              </tr>
            </thead>
            <tbody>
              {block.rows.map((row, i) => (
                // biome-ignore lint/suspicious/noArrayIndexKey: rows of a rendered document keep their order
                // biome-ignore lint/a11y/noRedundantRoles: see above
                <tr key={i} role="row">
                  {row.map((cell, j) => (
                    // biome-ignore lint/suspicious/noArrayIndexKey: cells follow the header's order
                    // biome-ignore lint/a11y/noRedundantRoles: see above
                    <td key={j} role="cell" data-label={block.header[j]}>
                      {cell}
                    </td>
                  ))}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      );
    default:
      return assertNever(block);
  }
};

interface MinutesDocumentViewProps {
  minutes: Minutes;
  locale: MinutesLocale;
  /** Levels to shift the document's headings by, to fit under the page's own (1: h1 → h2). */
  headingOffset?: number;
}

export const MinutesDocumentView = ({
  minutes,
  locale,
  headingOffset = 0,
}: MinutesDocumentViewProps) => {
  const document = useMemo(() => minutesDocument(minutes, locale), [minutes, locale]);
  return (
    <article className="minutes-document" lang={document.language}>
      {document.blocks.map((block, i) => (
        // biome-ignore lint/suspicious/noArrayIndexKey: the document is rebuilt whole, never reordered
        <BlockView key={i} block={block} headingOffset={headingOffset} />
      ))}
    </article>
  );
};
