/**
 * A built client in a temporary folder, as `vite build` leaves it (index.html, robots.txt, a hashed
 * script with its .br and .gz written by the build's precompress step), and raw HTTP requests that
 * show the bytes and headers as sent (fetch would decompress and normalise the path).
 */
import { copyFile, mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { precompressDirectory } from '../../../scripts/precompress.js';

export const FIXTURE_SCRIPT = '/assets/index-Bx7Qm2Lp.js';
export const FIXTURE_SCRIPT_SOURCE = Array.from(
  { length: 400 },
  (_, i) => `export const line${i} = () => 'Percolate runs Lean Coffee meetings, line ${i}';\n`,
).join('');

/** Over 1 KB, so the server compresses it on the fly like the real one with its metadata. */
const INDEX_HTML = `<!doctype html>
<html lang="en">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="${'Lean Coffee for Communities of Practice. '.repeat(40)}" />
    <title>Percolate</title>
    <script type="module" crossorigin src="${FIXTURE_SCRIPT}"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`;

const ROBOTS = fileURLToPath(new URL('../../../client/public/robots.txt', import.meta.url));

export const builtClientFixture = async (): Promise<string> => {
  const dist = await mkdtemp(join(tmpdir(), 'percolate-dist-'));
  await mkdir(join(dist, 'assets'));
  await writeFile(join(dist, 'index.html'), INDEX_HTML);
  await copyFile(ROBOTS, join(dist, 'robots.txt'));
  await writeFile(join(dist, FIXTURE_SCRIPT), FIXTURE_SCRIPT_SOURCE);
  await precompressDirectory(join(dist, 'assets'));
  return dist;
};

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

export const rawRequest = (
  baseUrl: string,
  path: string,
  { method = 'GET', headers = {} }: { method?: string; headers?: Record<string, string> } = {},
): Promise<RawResponse> =>
  new Promise((resolve, reject) => {
    const { hostname, port } = new URL(baseUrl);
    const req = request({ hostname, port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () =>
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }),
      );
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
