/** Who may create meetings and communities, over HTTP against a real server. */
import { CREATION_CODE_HEADER, type InstanceInfo } from '@percolate/shared';
import { afterEach, describe, expect, it } from 'vitest';
import type { CreationAccess } from '../../../server/src/instance/creationGate.js';
import { startTestServer, type TestServer } from '../../helpers/testServer.js';

const servers: TestServer[] = [];
afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

const serverWith = async (creation: CreationAccess) => {
  const server = await startTestServer({ config: { creation } });
  servers.push(server);
  return server;
};

const create = (server: TestServer, what: 'meetings' | 'communities', code?: string) =>
  fetch(`${server.url}/api/${what}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(code === undefined ? {} : { [CREATION_CODE_HEADER]: code }),
    },
    body: JSON.stringify(what === 'meetings' ? { title: 'Lean Coffee' } : { name: 'CoP Digital' }),
  });

const instanceOf = async (server: TestServer) =>
  (await (await fetch(`${server.url}/api/instance`)).json()) as InstanceInfo;

describe('creating meetings and communities', () => {
  it('is open to everyone by default, and the instance says so', async () => {
    const server = await serverWith({ code: null, networks: [] });
    expect((await create(server, 'meetings')).status).toBe(201);
    expect((await create(server, 'communities')).status).toBe(201);
    expect((await instanceOf(server)).creation).toBe('open');
  });

  it('needs the access code when one is set', async () => {
    const server = await serverWith({ code: 'Kaffee-2026', networks: [] });
    expect((await instanceOf(server)).creation).toBe('restricted');
    for (const what of ['meetings', 'communities'] as const) {
      const refused = await create(server, what);
      expect(refused.status).toBe(403);
      expect(await refused.json()).toMatchObject({ error: { code: 'CREATION_RESTRICTED' } });
      expect((await create(server, what, 'kaffee-2026')).status).toBe(403);
      expect((await create(server, what, 'Kaffee-2026')).status).toBe(201);
    }
  });

  it('lets addresses of an allowed network create without the code', async () => {
    const inside = await serverWith({ code: 'secret', networks: ['127.0.0.0/8'] });
    expect((await create(inside, 'meetings')).status).toBe(201);
    const outside = await serverWith({ code: null, networks: ['10.0.0.0/8', '2001:db8::/32'] });
    expect((await create(outside, 'meetings')).status).toBe(403);
    expect((await create(outside, 'communities')).status).toBe(403);
  });

  it('still lets anyone join and look up meetings when creating is restricted', async () => {
    const server = await serverWith({ code: 'secret', networks: [] });
    const created = (await (await create(server, 'meetings', 'secret')).json()) as {
      joinCode: string;
    };
    const lookup = await fetch(`${server.url}/api/meetings/by-code/${created.joinCode}`);
    expect(lookup.status).toBe(200);
  });
});
