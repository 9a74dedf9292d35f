/** Picks the minutes apart by their sections, for the tests of the tables' part. */
import { type Block, blockText } from '@percolate/shared';

/** The blocks of the level-2 section with this heading, heading included. */
export const sectionBlocks = (blocks: Block[], heading: string): Block[] => {
  const start = blocks.findIndex(
    (block) => block.kind === 'heading' && block.level === 2 && block.text === heading,
  );
  if (start === -1) return [];
  const end = blocks.findIndex(
    (block, i) => i > start && block.kind === 'heading' && block.level <= 2,
  );
  return blocks.slice(start, end === -1 ? undefined : end);
};

/** All text of the section with this heading, as one string. */
export const sectionText = (blocks: Block[], heading: string): string =>
  sectionBlocks(blocks, heading).flatMap(blockText).join('\n');

/** The Markdown section under `## heading`, up to the next `## `. */
export const markdownSection = (markdown: string, heading: string): string =>
  markdown.split(/^## /m).find((part) => part.startsWith(`${heading}\n`)) ?? '';

/** The level-2 headings, in order. */
export const sectionHeadings = (blocks: Block[]): string[] =>
  blocks.flatMap((block) => (block.kind === 'heading' && block.level === 2 ? [block.text] : []));
