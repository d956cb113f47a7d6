// Type-checks mutants cheaply: one ohos-typescript program over the module's sources (the same
// compiler options as `npm run typecheck`), and per mutant a new program that reuses every unchanged
// source file of the first (structure reuse through `oldProgram`) with the mutated file's text
// substituted by the compiler host. Only the mutated file's syntactic and semantic diagnostics are
// read: a mutant edits expressions, never declared types, so other files cannot break.
// "Declared but never read" is not a compile error for the ArkTS compiler (only this repository's
// strict gate makes it one), so a deleted call that leaves a parameter unused is a valid mutant.
import path from 'node:path';
import { ambientDeclarationFiles, compilerOptions, ts } from '../arkts-program.mjs';

export class MutantChecker {
  // snapshot: optional Map path -> text that is read instead of the disk (see mutant-runner.mjs).
  constructor(etsFiles, snapshot = new Map()) {
    this.options = { ...compilerOptions(), noUnusedLocals: false, noUnusedParameters: false };
    this.rootNames = [...etsFiles, ...ambientDeclarationFiles()];
    this.override = undefined;
    this.host = ts.createCompilerHost(this.options);
    const readFile = this.host.readFile.bind(this.host);
    // createCompilerHost's getSourceFile reads through host.readFile, so replacing it substitutes text.
    this.host.readFile = (fileName) => {
      const resolved = path.resolve(fileName);
      if (this.override !== undefined && resolved === this.override.file) return this.override.text;
      return snapshot.get(resolved) ?? readFile(fileName);
    };
    const getSourceFile = this.host.getSourceFile.bind(this.host);
    const cache = new Map();
    this.host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
      if (this.override !== undefined && path.resolve(fileName) === this.override.file) {
        return getSourceFile(fileName, languageVersion, onError, shouldCreate);
      }
      if (!cache.has(fileName)) cache.set(fileName, getSourceFile(fileName, languageVersion, onError, shouldCreate));
      return cache.get(fileName);
    };
    this.base = ts.createProgram(this.rootNames, this.options, this.host);
  }

  // Error diagnostics of `file` in the unmutated program (a file that does not check cannot be mutated).
  baselineErrors(file) {
    return this.errorsOf(this.base, file);
  }

  // [] when the mutated text type-checks, else its error messages.
  check(file, mutatedText) {
    this.override = { file: path.resolve(file), text: mutatedText };
    try {
      const program = ts.createProgram(this.rootNames, this.options, this.host, this.base);
      return this.errorsOf(program, file);
    } finally {
      this.override = undefined;
    }
  }

  errorsOf(program, file) {
    const sourceFile = program.getSourceFile(file);
    if (sourceFile === undefined) return [`not in the program: ${file}`];
    return [...program.getSyntacticDiagnostics(sourceFile), ...program.getSemanticDiagnostics(sourceFile)]
      .filter((d) => d.category === ts.DiagnosticCategory.Error)
      .map((d) => `TS${d.code} ${ts.flattenDiagnosticMessageText(d.messageText, ' ')}`);
  }
}
