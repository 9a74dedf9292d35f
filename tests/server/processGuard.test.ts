/** What escapes every handler: a rejection is logged once per kind, an uncaught exception ends the node on purpose. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { RUN_TYPESCRIPT } from '../helpers/runTypeScript.js';

const FIXTURE = fileURLToPath(new URL('./support/faultyProcess.ts', import.meta.url));

const run = (...args: string[]) =>
  new Promise<{ code: number | null; stdout: string; log: Record<string, unknown>[] }>(
    (resolve) => {
      const child = spawn(process.execPath, [...RUN_TYPESCRIPT, FIXTURE, ...args], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stdout = '';
      let stderr = '';
      child.stdout.on('data', (chunk: Buffer) => {
        stdout += chunk.toString();
      });
      child.stderr.on('data', (chunk: Buffer) => {
        stderr += chunk.toString();
      });
      child.on('exit', (code) => {
        const log = stderr
          .split('\n')
          .filter((line) => line.startsWith('{'))
          .map((line) => JSON.parse(line) as Record<string, unknown>);
        resolve({ code, stdout, log });
      });
    },
  );

describe('the process guard', () => {
  it('logs unhandled rejections once per kind and keeps the process up', {
    timeout: 60_000,
  }, async () => {
    const { code, stdout, log } = await run();
    expect(stdout).toContain('still alive');
    expect(code).toBe(0);
    expect(log.map((entry) => entry.kind)).toEqual(['SocketClosedUnexpectedlyError', 'Error']);
  });

  it('exits on purpose, saying why, after an uncaught exception', { timeout: 60_000 }, async () => {
    const { code, log } = await run('throw');
    expect(code).toBe(1);
    expect(log.at(-1)).toMatchObject({
      level: 'error',
      message: expect.stringContaining('uncaught exception: exiting'),
      earlierRejections: { SocketClosedUnexpectedlyError: 3, Error: 1 },
    });
  });
});
