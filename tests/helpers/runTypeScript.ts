/**
 * Node flags that run the TypeScript sources without a build: tsx, and @percolate/shared resolved
 * to its sources (the `percolate-source` condition in shared/package.json `exports`) rather than
 * the compiled shared/dist that production uses.
 */
export const RUN_TYPESCRIPT = ['--conditions=percolate-source', '--import', 'tsx'];
