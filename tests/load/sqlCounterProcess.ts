/** The counting proxy's own process (see `sqlCounter.ts`): answers `read` until it is killed. */
import { countSql, type FromCounter, type ToCounter } from './sqlCounter.js';

const reply = (message: FromCounter) => process.send?.(message);

const counter = await countSql(Number(process.env.SQL_COUNTER_TARGET_PORT));
process.on('message', (message: ToCounter) => {
  if (message.type === 'read') reply({ type: 'counts', counts: counter.read() });
});
reply({ type: 'ready', port: counter.proxy.port });
