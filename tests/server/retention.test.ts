/** RETENTION_DAYS on a one-off meeting: deleted once it ended long enough ago, never while it runs. */
import { afterEach, describe, expect, it } from 'vitest';
import { FakeClock } from '../helpers/fakeClock.js';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

const HOUR = 60 * 60_000;
const DAY = 24 * HOUR;

describe('RETENTION_DAYS', () => {
  let server: TestServer | undefined;
  afterEach(() => server?.close());

  it('deletes a meeting that ended more than the retention period ago, and keeps one still running', async () => {
    const clock = new FakeClock();
    server = await startTestServer({ clock, config: { retentionDays: 2 } });
    const ended = await server.createMeeting('Ended');
    const running = await server.createMeeting('Running');
    const facilitator = await TestClient.connect(server.url, {
      meetingId: ended.id,
      facilitatorKey: ended.facilitatorKey,
    });
    await facilitator.join('Fran');
    await facilitator.ok({ type: 'meeting:end' });
    facilitator.close();
    const store = server.store;

    clock.advance(DAY + HOUR);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(await store.findMeeting(ended.id)).not.toBeNull();

    await expect
      .poll(
        async () => {
          clock.advance(HOUR);
          return store.findMeeting(ended.id);
        },
        { timeout: 5000, interval: 50 },
      )
      .toBeNull();
    expect(await store.loadEvents(ended.id)).toEqual([]);
    expect(await store.findMeeting(running.id)).not.toBeNull();
    expect((await fetch(`${server.url}/api/meetings/${ended.id}`)).status).toBe(404);
  });
});
