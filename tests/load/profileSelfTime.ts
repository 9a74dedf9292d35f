// Sums the self time of a V8 CPU profile (`--cpu-prof`) by function name, and the total of the
// names given, so two versions' profiles compare on the functions a change is about.
// Run: npx tsx tests/load/profileSelfTime.ts FILE.cpuprofile [NAME,NAME,…] [--top N]
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string };
}
interface Profile {
  nodes: ProfileNode[];
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

const nameOf = new Map<number, string>();
for (const node of profile.nodes) {
  const where = node.callFrame.url.split('/').slice(-1)[0] ?? '';
  nameOf.set(node.id, `${node.callFrame.functionName || '(anonymous)'} ${where}`.trim());
}
// Each sample's time is the delta that follows it (V8's own convention in DevTools).
const selfUs = new Map<string, number>();
profile.samples.forEach((id, i) => {
  const name = nameOf.get(id) ?? '?';
  selfUs.set(name, (selfUs.get(name) ?? 0) + (profile.timeDeltas[i + 1] ?? 0));
});
const ms = (us: number) => (us / 1000).toFixed(1);
const total = [...selfUs.values()].reduce((a, b) => a + b, 0);
const wanted = names.split(',').filter(Boolean);
let sum = 0;
for (const want of wanted) {
  const matching = [...selfUs].filter(([name]) => name.split(' ')[0] === want);
  const us = matching.reduce((a, [, t]) => a + t, 0);
  sum += us;
  console.log(`${want.padEnd(28)} ${ms(us).padStart(8)} ms`);
}
if (wanted.length > 0) console.log(`${'sum'.padEnd(28)} ${ms(sum).padStart(8)} ms`);
console.log(`${'profile total'.padEnd(28)} ${ms(total).padStart(8)} ms`);
const top = Number(values.top);
for (const [name, us] of [...selfUs].sort((a, b) => b[1] - a[1]).slice(0, top)) {
  console.log(`${ms(us).padStart(8)} ms  ${name}`);
}
