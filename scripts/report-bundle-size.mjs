#!/usr/bin/env node
/**
 * Prints the gzipped size of the JavaScript and CSS a first visit loads: what client/dist/index.html
 * references (the entry script, its modulepreloads and stylesheets). Lazy chunks are not counted.
 * Run after `vite build`. `--budget <KB>` fails (exit 1) when the gzipped total is larger.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

const dist = fileURLToPath(new URL('../client/dist', import.meta.url));

const { values } = parseArgs({ options: { budget: { type: 'string' } } });
const budgetKB = values.budget === undefined ? undefined : Number(values.budget);

const attribute = (tag, name) =>
  tag.match(new RegExp(`\\s${name}\\s*=\\s*["']([^"']+)["']`, 'i'))?.[1];

/** The initial assets of index.html, as [kind, path] in document order. */
const initialAssets = (html) => {
  const assets = [];
  for (const [tag] of html.matchAll(/<(script|link)\b[^>]*>/gi)) {
    const isScript = /^<script/i.test(tag);
    const rel = attribute(tag, 'rel')?.toLowerCase();
    const url = isScript ? attribute(tag, 'src') : attribute(tag, 'href');
    if (!url || /^[a-z]+:\/\//i.test(url)) continue;
    if (isScript && attribute(tag, 'type') === 'module') assets.push(['js', url]);
    else if (rel === 'modulepreload') assets.push(['js', url]);
    else if (rel === 'stylesheet') assets.push(['css', url]);
  }
  return assets;
};

const kb = (bytes) => (bytes / 1024).toFixed(1).padStart(8);

const main = async () => {
  let html;
  try {
    html = await readFile(join(dist, 'index.html'), 'utf8');
  } catch {
    console.error(`no ${join(dist, 'index.html')}: run \`vite build\` first`);
    process.exit(1);
  }
  const rows = await Promise.all(
    initialAssets(html).map(async ([kind, url]) => {
      const content = await readFile(join(dist, url.replace(/^\//, '').split(/[?#]/)[0]));
      return {
        kind,
        file: url.replace(/^\//, ''),
        raw: content.length,
        gzip: gzipSync(content).length,
      };
    }),
  );
  const total = (kind) =>
    rows
      .filter((row) => kind === undefined || row.kind === kind)
      .reduce((sum, row) => sum + row.gzip, 0);
  const width = Math.max(20, ...rows.map((row) => row.file.length));
  console.log(
    `\n  ${'initial assets of client/dist'.padEnd(width)} ${'raw KB'.padStart(8)} ${'gzip KB'.padStart(8)}`,
  );
  for (const row of rows) console.log(`  ${row.file.padEnd(width)} ${kb(row.raw)} ${kb(row.gzip)}`);
  console.log(`  ${'JavaScript (gzip)'.padEnd(width)} ${' '.repeat(8)} ${kb(total('js'))}`);
  console.log(`  ${'CSS (gzip)'.padEnd(width)} ${' '.repeat(8)} ${kb(total('css'))}`);
  console.log(`  ${'total (gzip)'.padEnd(width)} ${' '.repeat(8)} ${kb(total())}`);
  if (budgetKB !== undefined && total() / 1024 > budgetKB) {
    console.error(`over budget: ${(total() / 1024).toFixed(1)} KB gzipped > ${budgetKB} KB`);
    process.exit(1);
  }
};

await main();
