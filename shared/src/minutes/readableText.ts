/**
 * Text as the minutes may carry it: line breaks written as \n, and characters that no document
 * format can hold (control characters other than tab and line breaks, unpaired surrogates, the
 * noncharacters U+FFFE and U+FFFF) dropped: XML refuses them, so a Word file holding one would
 * not open.
 */
const isReadable = (code: number): boolean =>
  code === 0x9 ||
  code === 0xa ||
  code === 0xd ||
  (code >= 0x20 && code <= 0xd7ff) ||
  (code >= 0xe000 && code <= 0xfffd) ||
  (code >= 0x10000 && code <= 0x10ffff);

export const readableText = (text: string): string =>
  Array.from(text.replace(/\r\n?/g, '\n'))
    .filter((char) => isReadable(char.codePointAt(0) ?? 0))
    .join('');
