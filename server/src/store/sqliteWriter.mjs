// The SQLite writer thread: its own connection to the database file, taking the appends the main
// thread sends (`sqliteWriterThread.ts`) and committing them in groups. Appends that arrive while
// a group is being written (and fsynced) wait in the port and form the next group, so groups grow
// with the load, and the main thread's event loop never stands still in a transaction.
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { appendGroupWriter, BUSY_TIMEOUT_MS } from './sqliteAppendSql.mjs';

const port = parentPort;
const db = new Database(workerData.file, { timeout: BUSY_TIMEOUT_MS });
// These are per connection; WAL is the file's own setting, made by the main connection.
db.pragma('synchronous = FULL');
db.pragma('foreign_keys = ON');
db.pragma('secure_delete = ON');
const write = appendGroupWriter(db);

let queued = [];
let scheduled = false;

const writeQueued = () => {
  scheduled = false;
  const group = queued;
  queued = [];
  if (group.length === 0) return;
  const startedAt = performance.now();
  const outcomes = write(group.map(({ rows }) => rows));
  port.postMessage({
    type: 'committed',
    outcomes: group.map(({ id }, index) => ({ id, outcome: outcomes[index] })),
    elapsedMs: performance.now() - startedAt,
  });
};

port.on('message', (message) => {
  if (message.type === 'append') {
    queued.push(...message.appends);
    if (!scheduled) {
      scheduled = true;
      setImmediate(writeQueued);
    }
    return;
  }
  writeQueued();
  db.close();
  port.postMessage({ type: 'closed' });
  port.close();
});
