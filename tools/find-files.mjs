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
