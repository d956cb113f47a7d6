#!/usr/bin/env node
// `npm run typecheck [paths...]`: strict TypeScript type-check (pre-emit diagnostics) of every .ets
// in library/, sample/, demo/ and bench/ against the ambient declarations in typings/. UI pages (struct +
// @Component/@Entry) are checked too, against the small ArkUI declaration set in typings/arkui/.
// Path arguments replace the default roots (used by the self-test).
import path from 'node:path';
import { ambientDeclarationFiles, createArkTSProgram, formatDiagnostic, isInCheckedFiles, ts } from './arkts-program.mjs';
import { etsFilesUnderCheck } from './find-files.mjs';
import { DEFAULT_CHECK_ROOTS, displayPath } from './repo-paths.mjs';

const files = etsFilesUnderCheck('typecheck', process.argv.slice(2), DEFAULT_CHECK_ROOTS, displayPath);

// skipLibCheck off, so the declarations in typings/ (ours) are checked too; third-party .d.ts
// (hypium) are still not reported: only files under check and our typings are.
const { program, checkedFiles } = createArkTSProgram(files, { skipLibCheck: false });
for (const declaration of ambientDeclarationFiles()) checkedFiles.add(path.resolve(declaration));
// Option/global diagnostics (bad compiler options, broken typings that cannot load) are reported
// whatever file they come from: they invalidate the whole check.
const globalDiagnostics = [...program.getOptionsDiagnostics(), ...program.getGlobalDiagnostics()]
  .filter((d) => d.category === ts.DiagnosticCategory.Error);
const fileDiagnostics = program.getSourceFiles()
  .filter((sf) => checkedFiles.has(path.resolve(sf.fileName)))
  .flatMap((sf) => [...program.getSyntacticDiagnostics(sf), ...program.getSemanticDiagnostics(sf)])
  .filter((d) => isInCheckedFiles(d, checkedFiles) && d.category === ts.DiagnosticCategory.Error)
  .filter((d) => !isUnusedStructReport(d));
const diagnostics = [...globalDiagnostics, ...fileDiagnostics];

// A UI struct is referenced by the ArkUI runtime (@Entry pages via main_pages.json, components by
// the router), never by an import, so "declared but never read" on a struct name is noise the
// ArkTS compiler does not report either.
function isUnusedStructReport(d) {
  return d.code === 6133 && /\bstruct\s+$/.test(d.file.text.slice(Math.max(0, d.start - 20), d.start));
}

for (const d of diagnostics) console.log(formatDiagnostic(d, `TS${d.code}`, displayPath));
console.log(`typecheck: ${diagnostics.length} error(s) in ${files.length} file(s)`);
process.exit(diagnostics.length > 0 ? 1 : 0);
