// Assembles the C of a program (RPython's genc.py), in translation units
// (units.ts), and compiles them with the target's C compiler in parallel,
// linking the runtime and the GC.  Every object is cached by content.
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { fileURLToPath } from "node:url";
import type { RTyper } from "../../framework/rtyper/rtyper.ts";
import type { FunctionDesc } from "../../framework/flow/descriptors.ts";
import type { TranslatedLibrary } from "../../framework/translator/library.ts";
import { CDatabase, cString, ctype } from "./database.ts";
import { splitUnits, type CFunctionCode, type CUnit } from "./units.ts";
import type { LLFunction } from "../../framework/rtyper/rtyper.ts";
import { cachedFile, contentHash } from "../../framework/translator/cache.ts";
import { FunctionEmitter, coldCallees } from "./funcgen.ts";
import { sourceRank } from "../../framework/cli/rlib-paths.ts";
import { mergeIdenticalCopies } from "./copies.ts";

const execFileP = promisify(execFile);
export const RUNTIME_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), "runtime");
export const RUNTIME_SOURCES = ["main.c", "os.c", "lists.c", "maps.c", "strings.c", "numbers.c", "glue.c", "ll.c", "inspect.c", "json.c", "unicode.c"].map((f) => path.join(RUNTIME_DIR, f));

const ERROR_KINDS = ["Error", "RangeError", "TypeError"];

/**
 * The program's C in translation units (units.ts): unitBytes of C per unit
 * (Infinity: one unit); `exports` are C functions of those names calling the
 * program's functions (the runtime's optional entry points).
 */
export function generateC(rt: RTyper, main: FunctionDesc, opts: { gcTorture?: number; wordSize?: number; unitBytes?: number; exports?: Map<string, LLFunction>; prebuiltFlags?: number } = {}): CUnit[] {
  rt.settleNameClashes();
  const db = new CDatabase(rt, opts.wordSize ?? 8, opts.prebuiltFlags ?? 0);
  db.emitClasses();
  const functions = mergeIdenticalCopies(functionCode(db, rt), db.data, rt.functions.values());
  const errorLayout = rt.layoutOf(rt.an.fe.builtinClasses.get("Error")!);
  // the errors the runtime raises (rts_raise_builtin's kinds), with their name when the program reads names
  const errTids = ERROR_KINDS.map((n) => rt.layoutOf(rt.an.fe.builtinClasses.get(n)!));
  const hasName = errorLayout.fields.some((f) => f.name === "name");
  const mainFn = rt.llfunction(main);
  db.emitVtables();
  const exported = [...(opts.exports ?? [])].map(([name, f]) => {
    const params = f.argTypes.map((t, i) => `${ctype(t)} a${i}`).join(", ") || "void";
    const call = `${f.cname}(${f.argTypes.map((_t, i) => `a${i}`).join(", ")})`;
    // (a function returning nothing may be typed as returning undefined: a null pointer)
    const none = f.resultType.k === "Void" || f.resultType.k === "NullPtr";
    return none ? `void ${name}(${params}) { ${call}; }` : `${ctype(f.resultType)} ${name}(${params}) { return ${call}; }`;
  });
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
  const inspectTables = db.inspect.classes(); // adds descriptors to the data
  const tables = [
    db.typeInfoTable(),
    `void **const rts_global_roots[] = {${[...db.globalRoots, "NULL"].join(", ")}};`,
    `void *const rts_prebuilt_objects[] = {${[...db.prebuiltRoots, "NULL"].join(", ")}};`,
    inspectTables,
    entry,
    ...exported,
    `const char *const rts_program_name = ${cString(main.qualname)};`,
    `const int64_t rts_gc_torture_default = ${opts.gcTorture ?? 0};`,
  ];
  const parts = { prelude: prelude("rts translate"), structs: db.structs, checks: [...db.checks, db.builtinLayoutChecks()].join("\n"), data: db.data, functions, entry: tables.join("\n") };
  return splitUnits(parts, opts.unitBytes ?? Infinity);
}

/** Every function's C (emitting it fills the database). */
function functionCode(db: CDatabase, rt: RTyper): CFunctionCode[] {
  // (copies merged by an earlier build of this lowering share their name: the first stands for all)
  const named = new Set<string>();
  const functions = [...rt.functions.values()].filter((f) => !named.has(f.cname) && named.add(f.cname));
  const cold = coldCallees(functions);
  return functions.map((f) => {
    const file = f.desc.loc?.file ?? "";
    const library = sourceRank(file) === 0 && !f.perProgram && !f.withInterpreter;
    const e = new FunctionEmitter(db, f, library);
    return { name: f.cname, group: file, library, signature: e.signature(), noinline: cold.has(f), hot: f.hot === true, code: e.emit() };
  });
}

/**
 * The C translation unit of a GC module (framework/translator/library.ts):
 * its functions and globals, and the rts_gc_* functions of rts.h calling
 * its entry points.  Linked with every program that uses this GC.
 */
export function generateGcC(lib: TranslatedLibrary): string {
  const rt = lib.rtyper;
  const db = new CDatabase(rt);
  const functions = functionCode(db, rt);
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
/* The runtime's allocations (lists, strings, maps, and the JIT's calls of them) take the nursery's
 * bump fast path too when the GC has one, as generated code does (mallocfast.ts); the GC's own
 * functions check, count, collect and make large objects otherwise. */
void *rts_gc_malloc(uint32_t tid, size_t size) {
  void *p = rts_gc_malloc_bump(tid, size);
  return RTS_LIKELY(p != NULL) ? p : (void *)(intptr_t)${fn("gcMalloc")}((int64_t)tid, (int64_t)size);
}
void *rts_gc_malloc_varsize(uint32_t tid, int64_t length) {
  if (RTS_LIKELY(tid > 0 && tid < rts_typeinfo_count && length >= 0 && length <= 2048)) {
    const rts_typeinfo *t = &rts_typeinfos[tid];
    void *p = rts_gc_malloc_bump(tid, (size_t)t->fixedsize + (size_t)t->itemsize * (size_t)length);
    if (RTS_LIKELY(p != NULL)) {
      if (t->itemsize != 0) *(int64_t *)((char *)p + t->length_ofs) = length;
      return p;
    }
  }
  return (void *)(intptr_t)${fn("gcMallocVarsize")}((int64_t)tid, length);
}
void rts_gc_collect(void) { ${fn("gcCollect")}(); }
int64_t rts_ll_gc_movable(int64_t a) { ${lib.entries.has("gcMovable") ? `return ${fn("gcMovable")}(a);` : "(void)a; return 1;"} }
void rts_gc_collect_young(void) { ${lib.entries.has("gcCollectYoung") ? `${fn("gcCollectYoung")}();` : "/* no generations */"} }
uint32_t rts_gc_barrier_flag = ${Number(lib.constants.get("WRITE_BARRIER_FLAG") ?? 0)};
uint32_t rts_gc_card_flag = ${Number(lib.constants.get("CARD_FLAG") ?? 0)};
int rts_gc_card_shift = ${Number(lib.constants.get("CARD_SHIFT") ?? 0)};
intptr_t rts_gc_card_table_offset = ${Number(lib.constants.get("CARD_TABLE_OFFSET") ?? 0)};
void rts_gc_write_barrier(void *obj) { ${fn("gcWriteBarrier")}((int64_t)(intptr_t)obj); }
void rts_gc_write_barrier_item(void *obj, int64_t index) { ${fn("gcWriteBarrierItem")}((int64_t)(intptr_t)obj, index); }
void rts_gc_report(void) { ${fn("gcReport")}(); }
`;
  const parts = { prelude: prelude("rts from a GC module"), structs: db.structs, checks: db.checks.join("\n"), data: db.data, functions, entry: wrappers };
  return splitUnits(parts, Infinity)[0].text;
}

/**
 * The start of every translation unit: includes (units.ts adds the structs it names).
 * What the units define and declare after it is hidden: one executable's
 * own, reached PC-relative rather than through the GOT (a static AArch64
 * link of the split Python interpreter overflowed the small GOT model).
 */
function prelude(by: string): string {
  return [`/* generated by ${by}: do not edit */`, '#include "rts.h"', '#include "rts_ops.h"', '#include "rts_ll.h"', "#pragma GCC visibility push(hidden)", ""].join("\n");
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
 * Compiles the program's translation units, at most as many compilers at a
 * time as the machine has cores, and links them with the runtime and the GC
 * into opts.output.  Every object is cached by content, so the same C for
 * another GC, or a program translated again with few changes, is mostly linked.
 */
export async function compileC(units: CUnit[], opts: CompileOptions): Promise<void> {
  const flags = [...opts.cflags, "-I", RUNTIME_DIR];
  if (opts.keepC) {
    // one unit: OUT.c; several: OUT-0.c, OUT-1.c, ...
    const base = opts.keepC.replace(/\.c$/, "");
    units.forEach((u, i) => fs.writeFileSync(units.length === 1 ? opts.keepC! : `${base}-${i}.c`, u.text));
  }
  const jobs: (() => Promise<string>)[] = [
    // the biggest first: the last to finish should be a small one
    ...[...units].sort((a, b) => b.text.length - a.text.length).map((u) => () => cachedObject(opts.cc, flags, u.name, u.text)),
    ...[...RUNTIME_SOURCES, ...opts.extraSources].map((s) => () => cachedObject(opts.cc, flags, path.basename(s, ".c"), fs.readFileSync(s))),
  ];
  const objs = await inParallel(jobs, os.availableParallelism());
  try {
    await execFileP(opts.cc, [...flags, "-o", opts.output, ...objs, "-lm", ...opts.ldflags], { maxBuffer: 64 << 20 });
  } catch (e) {
    const err = e as { stderr?: string };
    throw new Error(`linking ${opts.output} failed:\n${(err.stderr ?? String(e)).slice(0, 4000)}`);
  }
}

/** Runs the jobs, at most `limit` at a time; their results in order. */
async function inParallel<T>(jobs: (() => Promise<T>)[], limit: number): Promise<T[]> {
  const results: T[] = new Array(jobs.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < jobs.length) {
      const i = next++;
      results[i] = await jobs[i]();
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, jobs.length)) }, worker));
  return results;
}
