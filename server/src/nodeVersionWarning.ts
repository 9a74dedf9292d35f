/**
 * Node 24.19–24.21 can abort the process when the garbage collector frees a better-sqlite3
 * statement (nodejs/node#63642, fixed in 24.22.0). npm warns only at install time, so the server
 * says it at every start too.
 */
export const nodeVersionWarning = (version: string): string | null => {
  const [major, minor] = version.replace(/^v/, '').split('.').map(Number);
  if (major !== 24 || minor === undefined || minor < 19 || minor > 21) return null;
  return `Node.js ${version} can abort the process (nodejs/node#63642): upgrade to 24.22 or later`;
};
