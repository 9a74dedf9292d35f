// The SQLite writer thread: its own connection to the database file, taking the appends the main
// thread hands over (`sqliteWriterLinks.ts`) and committing them in groups (`sqliteWriter.mjs`),
// so the main thread's event loop never stands still in a transaction.
import { parentPort, workerData } from 'node:worker_threads';
import { groupedWriter, openConnection } from './sqliteWriter.mjs';

const port = parentPort;
const db = openConnection(workerData.file);
const writer = groupedWriter(db, (committed) => port.postMessage({ type: 'committed', committed }));

port.on('message', (message) => {
  if (message.type === 'append') {
    writer.take(message.appends);
    return;
  }
  writer.flush();
  db.close();
  port.postMessage({ type: 'closed' });
  port.close();
});
