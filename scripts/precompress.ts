/**
 * Build step (a Vite plugin): writes a Brotli (`.br`) and a gzip (`.gz`) copy beside every
 * compressible hashed asset, at the highest levels, once per build, so the server never spends CPU
 * compressing them per request (server/src/http/hashedAssets.ts picks the copy the browser accepts).
 */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';
import type { Plugin } from 'vite';

const COMPRESSIBLE = /\.(js|mjs|css|svg|json|txt|html|wasm)$/;
/** Below this, compressing saves less than the headers it costs. */
const MIN_BYTES = 1024;

const brotli = promisify(brotliCompress);
const gzipAsync = promisify(gzip);

export interface PrecompressResult {
  files: number;
  rawBytes: number;
  brotliBytes: number;
  gzipBytes: number;
}

export const precompressDirectory = async (dir: string): Promise<PrecompressResult> => {
  const result: PrecompressResult = { files: 0, rawBytes: 0, brotliBytes: 0, gzipBytes: 0 };
  const names = (await readdir(dir)).filter((name) => COMPRESSIBLE.test(name));
  for (const name of names) {
    const content = await readFile(join(dir, name));
    if (content.length < MIN_BYTES) continue;
    const [br, gz] = await Promise.all([
      brotli(content, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
        },
      }),
      gzipAsync(content, { level: constants.Z_BEST_COMPRESSION }),
    ]);
    await Promise.all([
      writeFile(join(dir, `${name}.br`), br),
      writeFile(join(dir, `${name}.gz`), gz),
    ]);
    result.files += 1;
    result.rawBytes += content.length;
    result.brotliBytes += br.length;
    result.gzipBytes += gz.length;
  }
  return result;
};

const kb = (bytes: number): string => `${(bytes / 1024).toFixed(1)} KB`;

export const precompress = (): Plugin => {
  let assetsDir = '';
  return {
    name: 'percolate:precompress',
    apply: 'build',
    configResolved(config) {
      assetsDir = resolve(config.root, config.build.outDir, config.build.assetsDir);
    },
    async closeBundle() {
      const done = await precompressDirectory(assetsDir);
      this.info?.(
        `precompressed ${done.files} assets: ${kb(done.rawBytes)} → br ${kb(done.brotliBytes)}, gzip ${kb(done.gzipBytes)}`,
      );
    },
  };
};
