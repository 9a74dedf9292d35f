/**
 * A strict RFC 4180 reader for the tests: records end in CRLF, a quoted field may hold commas,
 * line breaks and doubled quotes; anything else (a bare quote, a bare CR or LF) is an error.
 */
export const parseCsv = (text: string, separator: ',' | ';' = ','): string[][] => {
  const records: string[][] = [];
  let record: string[] = [];
  let i = 0;
  const fail = (why: string): never => {
    throw new Error(`malformed CSV at ${i}: ${why}`);
  };
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i += 1;
      for (;;) {
        if (i >= text.length) fail('unterminated quote');
        if (text[i] === '"') {
          if (text[i + 1] === '"') {
            field += '"';
            i += 2;
            continue;
          }
          i += 1;
          break;
        }
        field += text[i];
        i += 1;
      }
    } else {
      while (i < text.length && !['\r', '\n', separator].includes(text[i] ?? '')) {
        if (text[i] === '"') fail('quote inside an unquoted field');
        field += text[i];
        i += 1;
      }
    }
    record.push(field);
    if (text[i] === separator) {
      i += 1;
    } else if (text.startsWith('\r\n', i)) {
      records.push(record);
      record = [];
      i += 2;
    } else {
      fail('expected a separator or CRLF');
    }
  }
  if (record.length > 0) fail('last record not ended by CRLF');
  return records;
};
