// Sums the self time of a V8 CPU profile (`--cpu-prof`) by function, and the total of the names
// given, so two versions' profiles compare on the functions a change is about.
// Run: npx tsx tests/load/profileSelfTime.ts FILE.cpuprofile [NAME,FILE.ts,…] [--top N]
//
// Under tsx every module is one line and arrow functions have no name in the profile (esbuild's
// keepNames wraps them in `__name(…)`, which V8 does not see), so a nameless function is named by
// transforming its file as tsx does (esbuild, which tsx brings along) and reading the name before
// its column; one without a name there stays `(anonymous) file:column`.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

interface CallFrame {
  functionName: string;
  url: string;
  columnNumber: number;
}
interface Profile {
  nodes: { id: number; callFrame: CallFrame }[];
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: 'string', default: '0' } },
});
const [file, names = ''] = positionals;
if (!file) throw new Error('usage: profileSelfTime.ts FILE.cpuprofile [NAME,NAME,…] [--top N]');
const profile = JSON.parse(readFileSync(file, 'utf8')) as Profile;

const { transformSync } = await import('esbuild');
const transformed = new Map<string, string | null>();
const codeOf = (url: string): string | null => {
  if (!transformed.has(url)) {
    try {
      const source = readFileSync(fileURLToPath(url.split('?')[0] ?? url), 'utf8');
      const options = { loader: 'ts', format: 'esm', minifyWhitespace: true, keepNames: true };
      transformed.set(url, transformSync(source, options as never).code);
    } catch {
      transformed.set(url, null);
    }
  }
  return transformed.get(url) ?? null;
};

const nameOf = ({ functionName, url, columnNumber }: CallFrame): string => {
  const where = url.split('/').slice(-1)[0]?.split('?')[0] ?? '';
  if (functionName) return `${functionName} ${where}`;
  if (!/\.tsx?($|\?)/.test(url)) return `(anonymous) ${where}`;
  const line = codeOf(url)
    ?.split('\n')
    .find((text) => text.length > columnNumber);
  const named = line?.slice(0, columnNumber).match(/([\w$]+)=__name\($/);
  return named ? `${named[1]} ${where}` : `(anonymous) ${where}:${columnNumber}`;
};

const byId = new Map(profile.nodes.map((node) => [node.id, nameOf(node.callFrame)]));
// Each sample's time is the delta that follows it (V8's own convention in DevTools).
const selfUs = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const name = byId.get(id) ?? '?';
  selfUs.set(name, (selfUs.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
});
/** A name given as `file.ts` takes every function of that file. */
const fileOf = (name: string) => name.split(' ').slice(-1)[0]?.split(':')[0];
const ms = (us: number) => (us / 1000).toFixed(1).padStart(8);
const wanted = names.split(',').filter(Boolean);
let sum = 0;
for (const want of wanted) {
  const us = [...selfUs]
    .filter(([name]) =>
      want.endsWith('.ts') ? fileOf(name) === want : name.split(' ')[0] === want,
    )
    .reduce((total, [, time]) => total + time, 0);
  sum += us;
  console.log(`${want.padEnd(28)} ${ms(us)} ms`);
}
if (wanted.length > 0) console.log(`${'sum'.padEnd(28)} ${ms(sum)} ms`);
const busy = [...selfUs].filter(([name]) => !name.startsWith('(idle)'));
console.log(`${'busy (not idle)'.padEnd(28)} ${ms(busy.reduce((t, [, us]) => t + us, 0))} ms`);
for (const [name, us] of busy.sort((a, b) => b[1] - a[1]).slice(0, Number(values.top))) {
  console.log(`${ms(us)} ms  ${name}`);
}
