// Recursive file discovery shared by the gates. Skips build output and installed dependencies:
// those are not our sources, and DevEco/ohpm regenerate them.
import fs from 'node:fs';
import path from 'node:path';

export const SKIPPED_DIRS = new Set(['build', 'oh_modules', 'node_modules', '.hvigor', '.preview', '.test']);

// Returns sorted absolute paths of files under each root (a root may itself be a file) whose name
// ends with one of `suffixes`. Missing roots are ignored so a module that does not exist yet is
// simply empty; callers decide whether "nothing found" is an error.
export function findFiles(roots, suffixes) {
  const found = [];
  const visit = (p) => {
    let stat;
    try { stat = fs.statSync(p); } catch { return; }
    if (stat.isDirectory()) {
      if (SKIPPED_DIRS.has(path.basename(p))) return;
      for (const entry of fs.readdirSync(p)) visit(path.join(p, entry));
    } else if (suffixes.some((s) => p.endsWith(s))) {
      found.push(path.resolve(p));
    }
  };
  roots.forEach(visit);
  return [...new Set(found)].sort();
}

// The .ets sources a gate checks: the path arguments given on its command line, else the default
// roots. Checking nothing is not a pass (the roots are wrong or the sources are missing): exits 1.
export function etsFilesUnderCheck(gate, argv, defaultRoots, displayPath) {
  const roots = argv.length > 0 ? argv.map((p) => path.resolve(p)) : defaultRoots;
  const files = findFiles(roots, ['.ets']).filter((f) => !f.endsWith('.d.ets'));
  if (files.length === 0) {
    console.error(`${gate}: no .ets files found under ${roots.map(displayPath).join(', ')}`);
    process.exit(1);
  }
  return files;
}
