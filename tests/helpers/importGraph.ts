import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';

/** Source files (relative to the repository's root) and the source files each one imports. */
export type ImportGraph = Map<string, string[]>;

const SOURCE = /\.tsx?$/;
// Static imports and re-exports (`import … from '…'`, `import '…'`, `export … from '…'`) and `import('…')`.
const SPECIFIERS =
  /(?:^|;|\n)\s*(?:import|export)\s+(?:type\s+)?(?:[\w*{}\s,$]+?\s+from\s+)?['"]([^'"]+)['"]|\bimport\(\s*['"]([^'"]+)['"]\s*\)/g;

const sourceFiles = (dir: string): string[] =>
  readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return SOURCE.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });

const asSourceFile = (path: string): string | null => {
  const stem = path.replace(/\.js$/, '');
  const candidates = [path, `${stem}.ts`, `${stem}.tsx`, join(path, 'index.ts')];
  return candidates.find((candidate) => SOURCE.test(candidate) && existsSync(candidate)) ?? null;
};

/**
 * Reads the imports of every .ts/.tsx file under `roots` and resolves the relative ones and the
 * workspace `aliases` (package name → entry file); packages from npm and other files (CSS) are left out.
 */
export const importGraph = (
  repoRoot: string,
  roots: readonly string[],
  aliases: Readonly<Record<string, string>>,
): ImportGraph => {
  const graph: ImportGraph = new Map();
  for (const root of roots) {
    for (const file of sourceFiles(resolve(repoRoot, root))) {
      const text = readFileSync(file, 'utf8');
      const targets = new Set<string>();
      for (const match of text.matchAll(SPECIFIERS)) {
        const specifier = match[1] ?? match[2] ?? '';
        const aliased = aliases[specifier];
        const target = aliased
          ? resolve(repoRoot, aliased)
          : specifier.startsWith('.')
            ? asSourceFile(resolve(dirname(file), specifier))
            : null;
        if (target) targets.add(relative(repoRoot, target));
      }
      graph.set(relative(repoRoot, file), [...targets].sort());
    }
  }
  return graph;
};

/** The import cycles: each group of files that reach one another, as a sorted list (Tarjan). */
export const importCycles = (graph: ImportGraph): string[][] => {
  const index = new Map<string, number>();
  const lowLink = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];

  const visit = (file: string) => {
    index.set(file, index.size);
    lowLink.set(file, index.get(file) ?? 0);
    stack.push(file);
    onStack.add(file);
    for (const target of graph.get(file) ?? []) {
      if (!index.has(target)) {
        visit(target);
        lowLink.set(file, Math.min(lowLink.get(file) ?? 0, lowLink.get(target) ?? 0));
      } else if (onStack.has(target)) {
        lowLink.set(file, Math.min(lowLink.get(file) ?? 0, index.get(target) ?? 0));
      }
    }
    if (lowLink.get(file) !== index.get(file)) return;
    const group: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      group.push(member);
    } while (member !== file);
    const importsItself = graph.get(file)?.includes(file) ?? false;
    if (group.length > 1 || importsItself) cycles.push(group.sort());
  };

  for (const file of graph.keys()) if (!index.has(file)) visit(file);
  return cycles;
};
