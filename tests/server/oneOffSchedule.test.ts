/** A one-off meeting created with a date and time: its view carries it, and it has a calendar entry. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TestClient } from '../helpers/testClient.js';
import { startTestServer, type TestServer } from '../helpers/testServer.js';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ config: { publicUrl: 'https://percolate.example.org' } });
});

afterAll(() => server.close());

const create = (body: unknown) =>
  fetch(`${server.url}/api/meetings`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(body),
  });

describe('a one-off meeting with a date and time', () => {
  it('keeps its schedule, with two hours and no video link unless given', async () => {
    const response = await create({
      title: 'CoP Personal, März',
      schedule: { startsAt: '2030-03-14T18:30:00+01:00' },
    });
    expect(response.status).toBe(201);
    const { id } = (await response.json()) as { id: string };
    const client = await TestClient.connect(server.url, { meetingId: id });
    expect(client.view?.schedule).toEqual({
      startsAt: '2030-03-14T18:30:00+01:00',
      durationMinutes: 120,
      videoUrl: null,
    });
    client.close();

    const ics = await fetch(`${server.url}/api/meetings/${id}/calendar.ics`);
    expect(ics.status).toBe(200);
    expect(ics.headers.get('content-type')).toBe('text/calendar; charset=utf-8');
    const text = await ics.text();
    expect(text).toContain('DTSTART:20300314T173000Z\r\n');
    expect(text).toContain('DTEND:20300314T193000Z\r\n');
    expect(text).toContain('SUMMARY:CoP Personal\\, März\r\n');
    expect(text).toContain(`URL:https://percolate.example.org/m/${id}\r\n`);
    expect(text).not.toContain('LOCATION');
  });

  it('puts the video link in the calendar entry as its location', async () => {
    const response = await create({
      title: 'Lean Coffee',
      schedule: {
        startsAt: '2030-06-01T09:00:00Z',
        durationMinutes: 90,
        videoUrl: 'https://video.example.org/room',
      },
    });
    const { id } = (await response.json()) as { id: string };
    const text = await (await fetch(`${server.url}/api/meetings/${id}/calendar.ics`)).text();
    expect(text).toContain('DTEND:20300601T103000Z\r\n');
    expect(text).toContain('LOCATION:https://video.example.org/room\r\n');
  });

  it('has no calendar entry without a date', async () => {
    const { id } = await server.createMeeting('Spontaneous');
    expect((await fetch(`${server.url}/api/meetings/${id}/calendar.ics`)).status).toBe(404);
  });

  it.each([
    [{ startsAt: 'tomorrow' }, 'schedule.startsAt'],
    [{ startsAt: '2030-03-14T18:30:00Z', durationMinutes: 0 }, 'schedule.durationMinutes'],
    [{ startsAt: '2030-03-14T18:30:00Z', videoUrl: 'javascript:alert(1)' }, 'schedule.videoUrl'],
    [{ startsAt: '2030-03-14T18:30:00Z', room: 'B' }, 'schedule'],
  ])('refuses a schedule %j, naming the field', async (schedule, field) => {
    const response = await create({ title: 'Lean Coffee', schedule });
    expect(response.status).toBe(400);
    const { error } = (await response.json()) as { error: { code: string; message: string } };
    expect(error.code).toBe('INVALID_PAYLOAD');
    expect(error.message).toContain(field);
  });
});
