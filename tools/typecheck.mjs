#!/usr/bin/env node
// `npm run typecheck [paths...]`: strict TypeScript type-check (pre-emit diagnostics) of every .ets
// in library/, testing/, sample/, demo/ and bench/ against the ambient declarations in typings/. UI pages (struct +
// @Component/@Entry) are checked too, against the small ArkUI declaration set in typings/arkui/.
// Path arguments replace the default roots (used by the self-test).
//
// `--sdk <HarmonyOS SDK folder>` (or DEVECO_SDK_HOME): the same check against that SDK's own declarations
// instead of typings/ (see sdk-declarations.mjs): the proof that EasePush fits the SDK a user builds with.
import path from 'node:path';
import { ambientDeclarationFiles, createArkTSProgram, formatDiagnostic, isInCheckedFiles, ts } from './arkts-program.mjs';
import { etsFilesUnderCheck } from './find-files.mjs';
import { DEFAULT_CHECK_ROOTS, displayPath } from './repo-paths.mjs';
import { chatSdkDeclarations, locateSdk, sdkEtsOptions, sdkModuleResolver, takeSdkArgument } from './sdk-declarations.mjs';

const { sdkArg, rest } = takeSdkArgument(process.argv.slice(2), process.env);
const files = etsFilesUnderCheck('typecheck', rest, DEFAULT_CHECK_ROOTS, displayPath);
const world = sdkArg === null ? undefined : sdkWorld(sdkArg);

// skipLibCheck off, so the declarations in typings/ (ours) are checked too; third-party .d.ts
// (hypium) are still not reported: only files under check and our typings are. Against an SDK, its
// declarations are the SDK's business: skipLibCheck on, and only our files are reported.
const { program, checkedFiles } = createArkTSProgram(files, { skipLibCheck: world !== undefined }, world);
const ownDeclarations = world ? world.ownDeclarations : ambientDeclarationFiles();
for (const declaration of ownDeclarations) checkedFiles.add(path.resolve(declaration));
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

// The SDK's declarations in place of typings/ and tools/ambient/ (the SDK declares the runtime globals itself).
function sdkWorld(given) {
  let sdk;
  try {
    sdk = locateSdk(given);
  } catch (e) {
    console.error(`typecheck: ${e.message}`);
    process.exit(2);
  }
  const chatsdk = chatSdkDeclarations();
  const ets = sdkEtsOptions(sdk);
  console.log(`typecheck: declarations from the SDK at ${sdk.root}`);
  console.log(`  modules: ${sdk.moduleDirs.map((d) => path.relative(sdk.root, d)).join(', ')}`);
  console.log(`  globals and UI: ${path.relative(sdk.root, path.join(sdk.etsLoader, 'declarations'))} (${sdk.globals.length} files)` +
    `${ets ? `, ArkUI component list from ${path.relative(sdk.root, path.join(sdk.etsLoader, 'tsconfig.json'))}` : ''}`);
  console.log(`  ${'@easemob/chatsdk'}: ${chatsdk.installed ? `${displayPath(chatsdk.file)} (installed)` : `${displayPath(chatsdk.file)} (not installed; our typing)`}`);
  const ownDeclarations = chatsdk.installed ? [] : [chatsdk.file];
  return {
    ownDeclarations,
    declarationFiles: [...sdk.globals, ...ownDeclarations],
    // The SDK's declarations use ES2021 library types; the loader path lets the checker tell SDK UI components.
    options: { lib: ['lib.es2021.d.ts'], etsLoaderPath: sdk.etsLoader, ...(ets ? { ets } : {}) },
    resolver: (options, host) => sdkModuleResolver(ts, options, host, sdk, chatsdk),
  };
}

for (const d of diagnostics) console.log(formatDiagnostic(d, `TS${d.code}`, displayPath));
console.log(`typecheck: ${diagnostics.length} error(s) in ${files.length} file(s)${world ? ' against the SDK' : ''}`);
process.exit(diagnostics.length > 0 ? 1 : 0);
