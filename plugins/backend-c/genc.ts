// Assembles the C translation unit of a program (RPython's genc.py) and
// compiles it with the target's C compiler, linking the runtime and the GC.
// Runtime objects are compiled once per (compiler, flags, sources) and cached.
import * as fs from "node:fs";
import * as path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import type { RTyper } from "../../framework/rtyper/rtyper.ts";
import type { FunctionDesc } from "../../framework/flow/descriptors.ts";
import type { TranslatedLibrary } from "../../framework/translator/library.ts";
import { CDatabase, cString } from "./database.ts";
import { cachedFile, contentHash } from "../../framework/translator/cache.ts";
import { FunctionEmitter, coldCallees } from "./funcgen.ts";

const execFileP = promisify(execFile);
export const RUNTIME_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "runtime");
export const RUNTIME_SOURCES = ["main.c", "os.c", "lists.c", "maps.c", "strings.c", "numbers.c", "glue.c", "ll.c", "inspect.c", "json.c", "unicode.c"].map((f) => path.join(RUNTIME_DIR, f));

const ERROR_KINDS = ["Error", "RangeError", "TypeError"];

export function generateC(rt: RTyper, main: FunctionDesc, gcTorture = 0, wordSize = 8): string {
  const db = new CDatabase(rt, wordSize);
  db.emitClasses();
  const functions = [...rt.functions.values()];
  const bodies = functions.map((f) => new FunctionEmitter(db, f));
  const cold = coldCallees(functions);
  const protos = bodies.map((e, i) => e.signature(cold.has(functions[i])) + ";");
  const code = bodies.map((e) => e.emit());
  const errorLayout = rt.layoutOf(rt.an.fe.builtinClasses.get("Error")!);
  // the errors the runtime raises (rts_raise_builtin's kinds), with their name when the program reads names
  const errTids = ERROR_KINDS.map((n) => rt.layoutOf(rt.an.fe.builtinClasses.get(n)!));
  const hasName = errorLayout.fields.some((f) => f.name === "name");
  const mainFn = rt.llfunction(main);
  const vtables = db.vtables();
  const entry = `
int64_t rts_entry(rts_list *argv) {
  RTS_PUSH_ROOT(argv);
${db.init.map((l) => "  " + l).join("\n")}
  argv = RTS_POP_ROOT(rts_list *);
  if (rts_exc != NULL) return 1;
  return ${mainFn.cname}(argv${main.optional ? ", 1" : ""});
}

void rts_raise_builtin(int kind, const char *message) {
  static const uint32_t tids[] = {${errTids.map((l) => l.tid).join(", ")}};
  static const uint32_t sizes[] = {${errTids.map((l) => `sizeof(struct ${l.cname})`).join(", ")}};
  rts_str *m = rts_str_from_cstr(message);
  RTS_PUSH_ROOT(m);${hasName ? `
  static const char *const names[] = {${ERROR_KINDS.map((n) => cString(n)).join(", ")}};
  rts_str *n = rts_str_from_cstr(names[kind]);
  RTS_PUSH_ROOT(n);` : ""}
  struct ${errorLayout.cname} *e = rts_gc_malloc(tids[kind], sizes[kind]);${hasName ? `
  n = RTS_POP_ROOT(rts_str *);` : ""}
  m = RTS_POP_ROOT(rts_str *);
  RTS_WB(e);
  e->f_message = m;${hasName ? `
  e->f_name = n;` : ""}
  rts_exc = e;
}

void rts_print_uncaught(void *exc) {
  /* read before allocating (the strings written are allocated: a moving GC may run) */
  struct ${errorLayout.cname} *e = exc;
  rts_str *message = e->f_message;
  const char *name = rts_typeinfos[e->hdr.tid].name;
  RTS_PUSH_ROOT(message);
  if (!message) rts_write_str(2, rts_str_from_cstr("uncaught: ")); /* a thrown plain class (no message) */
  rts_write_str(2, rts_str_from_cstr(name));
  if (message) rts_write_str(2, rts_str_from_cstr(": "));
  message = RTS_POP_ROOT(rts_str *); /* (where the collector left it) */
  if (message) rts_write_str(2, message);
  rts_write_str(2, rts_str_from_cstr("\\n"));
}
`;
  // the database grows while functions are emitted: assemble it last
  const inspectTables = db.inspect.classes(); // before the declarations: it adds descriptors
  return [
    ...preamble("rts translate", db, protos),
    db.inspect.declarations(),
    vtables,
    db.builtinLayoutChecks(),
    db.typeInfoTable(),
    `void **const rts_global_roots[] = {${[...db.globalRoots, "NULL"].join(", ")}};`,
    `void *const rts_prebuilt_objects[] = {${[...db.prebuiltRoots, "NULL"].join(", ")}};`,
    "",
    ...code,
    inspectTables,
    entry,
    `const char *const rts_program_name = ${cString(main.qualname)};`,
    `const int64_t rts_gc_torture_default = ${gcTorture};`,
  ].join("\n");
}

/**
 * The C translation unit of a GC module (framework/translator/library.ts):
 * its functions and globals, and the rts_gc_* functions of rts.h calling
 * its entry points.  Linked with every program that uses this GC.
 */
export function generateGcC(lib: TranslatedLibrary): string {
  const rt = lib.rtyper;
  const db = new CDatabase(rt);
  const functions = [...rt.functions.values()];
  const bodies = functions.map((f) => new FunctionEmitter(db, f));
  const cold = coldCallees(functions);
  const protos = bodies.map((e, i) => e.signature(cold.has(functions[i])) + ";");
  const code = bodies.map((e) => e.emit());
  const fn = (name: string): string => rt.llfunction(lib.entries.get(name)!).cname;
  const wrappers = `
static void gc_module_init(void) {
${db.init.map((l) => "  " + l).join("\n")}
}
void rts_gc_init(void) {
  static bool done;
  if (done) return;
  done = true;
  rts_ll_init();
  gc_module_init();
  ${fn("gcInit")}();
  ${lib.entries.has("gcBumpCell") ? `rts_gc_bump = (int64_t *)(intptr_t)${fn("gcBumpCell")}();` : "/* no inline allocation */"}
}
int64_t *rts_gc_bump;
void *rts_gc_malloc(uint32_t tid, size_t size) { return (void *)(intptr_t)${fn("gcMalloc")}((int64_t)tid, (int64_t)size); }
void *rts_gc_malloc_varsize(uint32_t tid, int64_t length) { return (void *)(intptr_t)${fn("gcMallocVarsize")}((int64_t)tid, length); }
void rts_gc_collect(void) { ${fn("gcCollect")}(); }
uint32_t rts_gc_barrier_flag = ${Number(lib.constants.get("WRITE_BARRIER_FLAG") ?? 0)};
uint32_t rts_gc_card_flag = ${Number(lib.constants.get("CARD_FLAG") ?? 0)};
int rts_gc_card_shift = ${Number(lib.constants.get("CARD_SHIFT") ?? 0)};
intptr_t rts_gc_card_table_offset = ${Number(lib.constants.get("CARD_TABLE_OFFSET") ?? 0)};
void rts_gc_write_barrier(void *obj) { ${fn("gcWriteBarrier")}((int64_t)(intptr_t)obj); }
void rts_gc_write_barrier_item(void *obj, int64_t index) { ${fn("gcWriteBarrierItem")}((int64_t)(intptr_t)obj, index); }
void rts_gc_report(void) { ${fn("gcReport")}(); }
`;
  return [...preamble("rts from a GC module", db, protos), ...code, wrappers].join("\n");
}

/** The start of a translation unit: includes, declarations, prototypes, definitions. */
function preamble(by: string, db: CDatabase, protos: string[]): string[] {
  return [`/* generated by ${by}: do not edit */`, '#include "rts.h"', '#include "rts_ops.h"', '#include "rts_ll.h"', "", ...db.decls, "", ...protos, "", ...db.defs, ""];
}

export interface CompileOptions {
  cc: string;
  cflags: string[];
  ldflags: string[];
  extraSources: string[]; // the GC plugin's C files
  output: string;
  /** Keep the program's C source here (--keep-c). */
  keepC?: string;
}

const HEADERS = ["rts.h", "rts_ops.h", "rts_ll.h", "unicode_tables.h"];

/** The object file of a C file, compiled once per (compiler, flags, source text, runtime headers). */
async function cachedObject(cc: string, flags: string[], name: string, text: string | Buffer): Promise<string> {
  const key = contentHash(cc, flags.join(" "), text, ...HEADERS.map((h) => fs.readFileSync(path.join(RUNTIME_DIR, h))));
  return cachedFile(`${name}-${key}.o`, async (tmp) => {
    const src = `${tmp}.c`;
    fs.writeFileSync(src, text);
    try {
      await execFileP(cc, [...flags, "-c", src, "-o", tmp], { maxBuffer: 64 << 20 });
    } catch (e) {
      const err = e as { stderr?: string };
      throw new Error(`the C compiler failed on ${name}.c:\n${(err.stderr ?? String(e)).slice(0, 4000)}`);
    } finally {
      fs.rmSync(src, { force: true });
    }
  });
}

/**
 * Compiles the program's C source and links it with the runtime and the GC
 * into opts.output.  Every object is cached by content, so the same C for
 * another GC, or a program translated again unchanged, is only linked.
 */
export async function compileC(source: string, opts: CompileOptions): Promise<void> {
  const flags = [...opts.cflags, "-I", RUNTIME_DIR];
  if (opts.keepC) fs.writeFileSync(opts.keepC, source);
  const objs = await Promise.all([
    cachedObject(opts.cc, flags, "program", source),
    ...[...RUNTIME_SOURCES, ...opts.extraSources].map((s) => cachedObject(opts.cc, flags, path.basename(s, ".c"), fs.readFileSync(s))),
  ]);
  try {
    await execFileP(opts.cc, [...flags, "-o", opts.output, ...objs, "-lm", ...opts.ldflags], { maxBuffer: 64 << 20 });
  } catch (e) {
    const err = e as { stderr?: string };
    throw new Error(`linking ${opts.output} failed:\n${(err.stderr ?? String(e)).slice(0, 4000)}`);
  }
}
