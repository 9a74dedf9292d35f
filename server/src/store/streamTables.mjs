// Where each kind of event stream lives, the same for every SQL store. Plain JavaScript, so that
// the SQLite writer thread can load it without a TypeScript loader.

export const STREAMS = {
  meeting: {
    kind: 'meeting',
    owners: 'meetings',
    events: 'events',
    commands: 'commands',
    key: 'meeting_id',
    eventColumns: [
      ['seq', 'int'],
      ['at', 'bigint'],
      ['type', 'text'],
      ['command_id', 'text'],
      ['body', 'json'],
    ],
  },
  community: {
    kind: 'community',
    owners: 'communities',
    events: 'community_events',
    commands: 'community_commands',
    key: 'community_id',
    eventColumns: [
      ['seq', 'int'],
      ['at', 'bigint'],
      ['type', 'text'],
      ['body', 'json'],
    ],
  },
};

/** What an event is read back with: `type` is kept in `body` too, so it is written only. */
export const readColumns = (tables) =>
  tables.eventColumns.map(([name]) => name).filter((name) => name !== 'type');
