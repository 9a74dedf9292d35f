/**
 * docs/protocol.md is a contract: every command, payload field, error code, handshake refusal and
 * socket event it lists exists in the code, and everything in the code is listed, so the two
 * cannot drift apart.
 */
import { readFileSync } from 'node:fs';
import {
  CLIENT_EVENTS,
  COMMAND_TYPES,
  commandSchemas,
  communityCommandSchema,
  ErrorCode,
  HandshakeError,
  SERVER_MESSAGE_TYPES,
  SYSTEM_COMMAND_TYPES,
} from '@percolate/shared';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';

const doc = readFileSync(new URL('../../docs/protocol.md', import.meta.url), 'utf8');

/** The text from a heading to the next heading of the same or a higher level. */
const section = (heading: string): string => {
  const lines = doc.split('\n');
  const start = lines.indexOf(heading);
  if (start < 0) throw new Error(`docs/protocol.md has no "${heading}"`);
  const level = heading.indexOf(' ');
  const end = lines.findIndex(
    (line, i) => i > start && /^#+ /.test(line) && line.indexOf(' ') <= level,
  );
  return lines.slice(start + 1, end < 0 ? undefined : end).join('\n');
};

/** The cells of every body row of every table in `text` (a header is the row above `| --- |`). */
const rows = (text: string): string[][] => {
  const body: string[][] = [];
  for (const line of text.split('\n')) {
    if (!line.startsWith('|')) continue;
    if (/^\|\s*-/.test(line)) {
      body.pop();
      continue;
    }
    body.push(
      line
        .slice(1, -1)
        .split(/(?<!\\)\|/)
        .map((cell) => cell.trim()),
    );
  }
  return body;
};

const codeSpans = (cell: string): string[] =>
  [...cell.matchAll(/`([^`]+)`/g)].map((m) => m[1] ?? '');
const firstCode = (cell: string | undefined): string => codeSpans(cell ?? '')[0] ?? '';
const sorted = (values: Iterable<string>) => [...values].sort();

/** A zod object's fields besides id and type, `name?` when it may be left out. */
const fieldsOf = (shape: Record<string, z.ZodType>): string[] =>
  Object.entries(shape)
    .filter(([name]) => name !== 'id' && name !== 'type')
    .map(([name, schema]) => (schema.safeParse(undefined).success ? `${name}?` : name));

describe('docs/protocol.md against the code', () => {
  const commandRows = rows(section('## Commands')).filter((cells) => cells.length === 4);

  it('lists every client command and every server-only one, marked (server)', () => {
    const documented = commandRows.map((cells) => ({
      type: firstCode(cells[0]),
      serverOnly: (cells[0] ?? '').includes('(server)'),
    }));
    const client = documented.filter((row) => !row.serverOnly).map((row) => row.type);
    const server = documented.filter((row) => row.serverOnly).map((row) => row.type);
    expect(sorted(client)).toEqual(sorted(COMMAND_TYPES));
    expect(sorted(server)).toEqual(sorted(SYSTEM_COMMAND_TYPES));
  });

  it("names each client command's payload fields as its schema has them", () => {
    for (const cells of commandRows) {
      const type = firstCode(cells[0]);
      if ((cells[0] ?? '').includes('(server)')) continue;
      const schema = commandSchemas[type as keyof typeof commandSchemas];
      const documented = (cells[1] ?? '').startsWith('—') ? [] : codeSpans(cells[1] ?? '');
      expect(sorted(documented), type).toEqual(sorted(fieldsOf(schema.shape)));
    }
  });

  it('lists every community command with its fields', () => {
    const documented = rows(section('### Community commands')).map((cells) => {
      const [type = '', fields = ''] = firstCode(cells[0]).split(/\s+(?=\{)/);
      return { type, fields: fields.replace(/[{}]/g, '').split(/,\s*/).filter(Boolean) };
    });
    const inCode = communityCommandSchema.options.map((option) => ({
      type: option.shape.type.value as string,
      fields: fieldsOf(option.shape as Record<string, z.ZodType>),
    }));
    expect(sorted(documented.map((row) => row.type))).toEqual(sorted(inCode.map((c) => c.type)));
    for (const { type, fields } of inCode) {
      const row = documented.find((entry) => entry.type === type);
      expect(sorted(row?.fields ?? []), type).toEqual(sorted(fields));
    }
  });

  it('explains every error code, and only those', () => {
    const documented = rows(section('## Error codes')).map((cells) => firstCode(cells[0]));
    expect(sorted(documented)).toEqual(sorted(Object.values(ErrorCode)));
  });

  it('explains every handshake refusal, and only those', () => {
    const documented = rows(section('### Handshake')).map((cells) => firstCode(cells[0]));
    expect(sorted(documented)).toEqual(sorted(Object.values(HandshakeError)));
  });

  it('lists the socket events a client sends and the message types the server sends', () => {
    const toServer = rows(section('### Client → server')).map((cells) => firstCode(cells[0]));
    const toClient = rows(section('### Server → client')).map((cells) => firstCode(cells[0]));
    expect(sorted(toServer)).toEqual(sorted(CLIENT_EVENTS));
    expect(sorted(toClient)).toEqual(sorted(SERVER_MESSAGE_TYPES));
  });
});
