#!/usr/bin/env node
// `npm run lint [paths...]`: ArkTS strict-mode rules (ArkTSLinter 1.1, the rule set the ArkTS
// compiler enforces) over every .ets in library/, testing/, sample/, demo/ and bench/, tests included. Path arguments
// replace the default roots (the self-test points this at known-bad fixtures).
import { createArkTSProgram, formatDiagnostic, isInCheckedFiles, ts } from './arkts-program.mjs';
import { etsFilesUnderCheck } from './find-files.mjs';
import { DEFAULT_CHECK_ROOTS, displayPath } from './repo-paths.mjs';

const files = etsFilesUnderCheck('lint', process.argv.slice(2), DEFAULT_CHECK_ROOTS, displayPath);

const { builderProgram, checkedFiles } = createArkTSProgram(files);
const diagnostics = ts.ArkTSLinter_1_1.runArkTSLinter(builderProgram, undefined, undefined, '1.1')
  .filter((d) => isInCheckedFiles(d, checkedFiles))
  .sort((a, b) => a.file.fileName.localeCompare(b.file.fileName) || a.start - b.start);

for (const d of diagnostics) {
  // Linter messages end with their rule id, e.g. `... (arkts-no-any-unknown)`; move it into the
  // suffix so every line reads `file:line:col message (rule)`. Strict-mode TSC errors the linter
  // forwards carry a TS code instead.
  const text = ts.flattenDiagnosticMessageText(d.messageText, ' ');
  const ruleMatch = /^(.*?)\s*\((arkts-[\w-]+)\)$/s.exec(text);
  const rule = ruleMatch ? ruleMatch[2] : d.code > 0 ? `TS${d.code}` : 'arkts';
  const shown = { ...d, messageText: ruleMatch ? ruleMatch[1] : text };
  console.log(formatDiagnostic(shown, rule, displayPath));
}
console.log(`lint: ${diagnostics.length} problem(s) in ${files.length} file(s)`);
process.exit(diagnostics.length > 0 ? 1 : 0);
