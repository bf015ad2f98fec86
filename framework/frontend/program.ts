// The TypeScript program of an RTS translation: the user's files, the
// toolkit's rts/* modules and the ES2022 library, checked with the
// compiler options every RTS program gets.  The library and toolkit files
// are parsed once per process and shared by every program created after
// (as the language service's document registry does), so a long-lived
// process (the test harness, a watch mode) pays only for the user's files.
import * as fs from "node:fs";
import * as path from "node:path";
import { ts } from "ts-morph";
import { getLibFiles, libFolderInMemoryPath } from "@ts-morph/common";
import { RLIB_MODULES, RTS_CODE_MODULES, TOOLKIT_ROOT } from "../cli/rlib-paths.ts";

export const GLOBALS_FILE = path.join(TOOLKIT_ROOT, "framework/rlib/globals.d.ts");

function compilerOptions(): ts.CompilerOptions {
  const paths: Record<string, string[]> = {};
  for (const [spec, file] of Object.entries(RLIB_MODULES)) paths[spec] = [file];
  return {
    target: ts.ScriptTarget.ES2023,
    module: ts.ModuleKind.ESNext,
    moduleResolution: ts.ModuleResolutionKind.Bundler,
    allowImportingTsExtensions: true,
    noEmit: true,
    strict: true,
    skipLibCheck: true,
    lib: ["lib.es2023.d.ts"],
    types: [],
    paths,
  };
}

interface Cached {
  mtimeMs: number;
  size: number;
  sf: ts.SourceFile;
}

/** Parsed toolkit files (rts/* modules, globals.d.ts), shared while unchanged on disk. */
const shared = new Map<string, Cached>();

function isToolkitFile(file: string): boolean {
  return path.resolve(file).startsWith(path.join(TOOLKIT_ROOT, "framework") + path.sep);
}

/** The ES library .d.ts files bundled with ts-morph, under a virtual folder; parsed on first use. */
const LIB_DIR: string = libFolderInMemoryPath;
let libTexts: Map<string, string> | null = null;
const libFiles = new Map<string, ts.SourceFile>();

function libText(fileName: string): string | undefined {
  libTexts ??= new Map(getLibFiles().map((f) => [path.join(LIB_DIR, f.fileName), f.text]));
  return libTexts.get(fileName);
}

function libSourceFile(fileName: string, languageVersion: ts.ScriptTarget | ts.CreateSourceFileOptions): ts.SourceFile | undefined {
  let sf = libFiles.get(fileName);
  if (!sf) {
    const text = libText(fileName);
    if (text === undefined) return undefined;
    sf = ts.createSourceFile(fileName, text, languageVersion);
    libFiles.set(fileName, sf);
  }
  return sf;
}

/** A program rooted at `roots` (absolute paths); shared files come from the process-wide cache. */
export function createRtsProgram(roots: string[]): ts.Program {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options, true);
  const read = host.getSourceFile.bind(host);
  const exists = host.fileExists.bind(host);
  const readFile = host.readFile.bind(host);
  host.getDefaultLibLocation = () => LIB_DIR;
  host.getDefaultLibFileName = (o) => path.join(LIB_DIR, ts.getDefaultLibFileName(o));
  host.fileExists = (f) => (f.startsWith(LIB_DIR + "/") ? libText(f) !== undefined : exists(f));
  host.readFile = (f) => (f.startsWith(LIB_DIR + "/") ? libText(f) : readFile(f));
  host.getSourceFile = (fileName, languageVersion, onError, shouldCreate) => {
    if (fileName.startsWith(LIB_DIR + "/")) return libSourceFile(fileName, languageVersion);
    if (!isToolkitFile(fileName)) return read(fileName, languageVersion, onError, shouldCreate);
    let st: fs.Stats;
    try {
      st = fs.statSync(fileName);
    } catch {
      return read(fileName, languageVersion, onError, shouldCreate);
    }
    const hit = shared.get(fileName);
    if (hit && hit.mtimeMs === st.mtimeMs && hit.size === st.size) return hit.sf;
    const sf = read(fileName, languageVersion, onError, shouldCreate);
    if (sf) shared.set(fileName, { mtimeMs: st.mtimeMs, size: st.size, sf });
    return sf;
  };
  return ts.createProgram({ rootNames: [GLOBALS_FILE, ...roots, ...RTS_CODE_MODULES.map((m) => RLIB_MODULES[m])], options, host });
}
