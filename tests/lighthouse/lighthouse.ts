/**
 * `npm run lighthouse`: Lighthouse 12 (mobile) on the production build served by the real server,
 * over the four pages a meeting lives on: home, join, a participant's meeting (a browser profile
 * holding a participant's token, so the page opens joined) and the read-only minutes. Prints the
 * four category scores per page and every audit that fell short. Not part of `npm test`: it takes
 * minutes and its figures vary with the machine's load.
 *
 * `--runs <n>` (default 1) takes the median of n runs per page; `--only <name>` runs the pages whose
 * name contains it; `--keep` leaves the JSON reports. Each row also gives Lighthouse's benchmark
 * index of this machine during the run: Lighthouse's 4× CPU slowdown stands for a low-tier phone
 * (benchmark index ~264, the figure Chrome DevTools calibrates against) on a desktop of ~1,000+. On
 * a slower or busy machine `--cpu-slowdown <n>` sets the multiplier (index ÷ 264, at least 1, is
 * the calibrated one); the table says which was used.
 */
import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, startAppServer } from '../helpers/browser.js';
import { createSampleMeetings } from './sampleMeetings.js';

/** 13.x needs Node 22, and npm ci refuses locks made with 12.3–13.4. */
const LIGHTHOUSE = 'lighthouse@12.2.3';
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;

interface Page {
  name: string;
  path: string;
  /** localStorage of the origin before the visit (a profile kept across Lighthouse's reset). */
  storage?: Record<string, string>;
}

interface Report {
  categories: Record<string, { score: number | null; auditRefs: { id: string; weight: number }[] }>;
  environment: { benchmarkIndex: number };
  audits: Record<string, { score: number | null; scoreDisplayMode: string; displayValue?: string }>;
}

/** A profile whose storage holds `storage` for `origin`; only robots.txt is in its HTTP cache. */
const seededProfile = async (origin: string, storage: Record<string, string>): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'percolate-lh-profile-'));
  const context = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
  });
  const page = await context.newPage();
  await page.goto(`${origin}/robots.txt`);
  await page.evaluate((entries) => {
    for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value);
  }, storage);
  await context.close();
  return dir;
};

const runLighthouse = (
  url: string,
  output: string,
  profile: string | null,
  cpuSlowdown: number,
): Promise<void> => {
  const chromeFlags = [...CHROMIUM_ARGS, ...(profile ? [`--user-data-dir=${profile}`] : [])];
  const args = [
    '-y',
    LIGHTHOUSE,
    url,
    `--chrome-path=${CHROMIUM_PATH}`,
    `--chrome-flags=${chromeFlags.join(' ')}`,
    '--form-factor=mobile',
    `--only-categories=${CATEGORIES.join(',')}`,
    '--output=json',
    `--output-path=${output}`,
    '--quiet',
    `--throttling.cpuSlowdownMultiplier=${cpuSlowdown}`,
    ...(profile ? ['--disable-storage-reset'] : []),
  ];
  return new Promise((resolve, reject) => {
    const child = spawn('npx', args, { stdio: ['ignore', 'ignore', 'inherit'] });
    child.on('error', reject);
    child.on('exit', (code) =>
      code === 0 ? resolve() : reject(new Error(`lighthouse exited ${code} for ${url}`)),
    );
  });
};

/**
 * Lighthouse now and then fails to record a trace on this headless Chromium (`NO_NAVSTART`); such a
 * run is tried again, twice at most, and said so. A page that fails three times fails the script.
 */
const ATTEMPTS = 3;
const runLighthouseRetrying = async (...args: Parameters<typeof runLighthouse>): Promise<void> => {
  for (let attempt = 1; ; attempt += 1) {
    try {
      return await runLighthouse(...args);
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      console.warn(`${(error as Error).message}: trying again (${attempt + 1} of ${ATTEMPTS})`);
    }
  }
};

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor((sorted.length - 1) / 2)] ?? Number.NaN;
};

/** The weighted audits of a category that did not pass, with what Lighthouse measured. */
const shortfalls = (report: Report): string[] =>
  CATEGORIES.flatMap((category) =>
    (report.categories[category]?.auditRefs ?? [])
      .filter((ref) => ref.weight > 0)
      .map((ref) => ({ id: ref.id, audit: report.audits[ref.id] }))
      .filter(({ audit }) => audit && audit.score !== null && audit.score < 0.9)
      .map(
        ({ id, audit }) =>
          `${category}: ${id} ${audit?.score}${audit?.displayValue ? ` (${audit.displayValue})` : ''}`,
      ),
  );

const main = async () => {
  const { values } = parseArgs({
    options: {
      runs: { type: 'string', default: '1' },
      only: { type: 'string', default: '' },
      'cpu-slowdown': { type: 'string', default: '4' },
      keep: { type: 'boolean', default: false },
    },
  });
  const runs = Math.max(1, Number(values.runs));
  const cpuSlowdown = Math.max(1, Number(values['cpu-slowdown']));
  const server = await startAppServer();
  const sample = await createSampleMeetings(server.origin);
  const reports = await mkdtemp(join(tmpdir(), 'percolate-lighthouse-'));
  const { meetingId, participantToken } = sample.live;
  const pages: Page[] = [
    { name: 'home', path: '/' },
    { name: 'join', path: '/join' },
    {
      name: "participant's meeting",
      path: `/m/${meetingId}`,
      storage: { [`percolate:${meetingId}:token`]: participantToken },
    },
    { name: 'read-only minutes', path: sample.minutesPath },
  ];
  const rows: string[] = [];
  try {
    for (const page of pages.filter((candidate) => candidate.name.includes(values.only))) {
      const scores = new Map<string, number[]>(CATEGORIES.map((category) => [category, []]));
      const notes = new Set<string>();
      const benchmarks: number[] = [];
      for (let run = 0; run < runs; run += 1) {
        const output = join(reports, `${page.name.replace(/\W+/g, '-')}-${run}.json`);
        const profile = page.storage ? await seededProfile(server.origin, page.storage) : null;
        try {
          await runLighthouseRetrying(`${server.origin}${page.path}`, output, profile, cpuSlowdown);
        } finally {
          if (profile) await rm(profile, { recursive: true, force: true });
        }
        const report = JSON.parse(await readFile(output, 'utf8')) as Report;
        for (const category of CATEGORIES) {
          scores.get(category)?.push(Math.round((report.categories[category]?.score ?? 0) * 100));
        }
        for (const note of shortfalls(report)) notes.add(note);
        benchmarks.push(Math.round(report.environment.benchmarkIndex));
      }
      const figures = CATEGORIES.map((c) => String(median(scores.get(c) ?? [])).padStart(14));
      const row = `${page.name.padEnd(22)} ${figures.join('')}   ${benchmarks.join(', ')}`;
      rows.push(row, ...[...notes].map((note) => `    ${note}`));
      console.log(row);
    }
  } finally {
    sample.close();
    await server.stop();
    if (!values.keep) await rm(reports, { recursive: true, force: true });
    else console.log(`reports in ${reports}`);
  }
  console.log(
    `\nLighthouse ${LIGHTHOUSE.split('@')[1]}, mobile, CPU slowdown ${cpuSlowdown}×, median of ${runs} run(s)`,
  );
  console.log(
    `${'page'.padEnd(22)} ${CATEGORIES.map((c) => c.padStart(14)).join('')}   benchmark index`,
  );
  for (const row of rows) console.log(row);
};

await main();
