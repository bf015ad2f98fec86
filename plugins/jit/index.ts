// The JIT plugin (RPython's warmspot.py): with `rts translate --jit` it
//  - adds the JIT runtime (framework/jit/runtime, RTS code) to the program,
//    annotated with it from portal.ts's jitAnnotationRoot;
//  - once the graphs are final for the JIT (after the stack checks, before
//    the exception and GC transforms), writes the jitcodes of the graphs the
//    portals reach, puts them in the runtime's JIT_DATA (prebuilt data of
//    the binary), generates the dispatch code of the translated CPU, and
//    rewrites each portal to count and enter the JIT at its canEnterJit.
import * as path from "node:path";
import { SpaceOperation, type Plugin, type RTypedProgram, type Toolchain } from "rts/plugin";
import { metaConstant } from "../../framework/rtyper/values.ts";
import type { Constant } from "../../framework/flow/model.ts";
import type { ClassDesc } from "../../framework/flow/descriptors.ts";
import type { LLType } from "../../framework/rtyper/lltypes.ts";
import type { LLFunction } from "../../framework/rtyper/rtyper.ts";
import { TOOLKIT_ROOT } from "../../framework/cli/rlib-paths.ts";
import { Effects } from "../../framework/transforms/effects.ts";
import { writeProgramJitCodes, type JitProgram } from "../../framework/jit/codewriter/codewriter.ts";
import { runtimeData, type RuntimeClasses } from "../../framework/jit/codewriter/runtime-data.ts";
import type { GcRef } from "../../framework/jit/runtime/jitdata.ts";
import { generateDispatch, generatePrintable, type RuntimeFunctions } from "./dispatch.ts";
import { SIGNED, constant, variable } from "./graphs.ts";
import { rewritePortal } from "./portal.ts";
import { CBackendPlugin } from "../backend-c/index.ts";

const RUNTIME_DIR = path.join(TOOLKIT_ROOT, "framework", "jit", "runtime");
export const PORTAL_MODULE = path.join(RUNTIME_DIR, "portal.ts");
const CPU_MODULE = path.join(RUNTIME_DIR, "translated-cpu.ts");
const DATA_MODULE = path.join(RUNTIME_DIR, "jitdata.ts");

/** What the plugin made of a program (for tests and --timings). */
export interface JitTranslation {
  jitProgram: JitProgram;
  /** canEnterJit sites rewritten. */
  entries: number;
}

const results = new WeakMap<object, JitTranslation>();

/** The runtime's functions the rewritten portal calls (portal.ts rewritePortal) and the hints reach. */
const INTERPRETER_CALLS = [
  "jitFunctionEntry", "jitBackEdge", "jitTakeBackEdge", "jitCanEnter", "jitException", "jitNotAnEntry", "jitSetParam",
  ...["I", "R", "F"].flatMap((k) => [`jitArg${k}`, `jitOut${k}`, `jitResult${k}`]),
];
/** Those of them the interpreter calls at every instruction, call or back edge that are a few instructions each: always inlined. */
const HOT_CALLS = ["jitFunctionEntry", "jitBackEdge", "jitTakeBackEdge", "jitArgI", "jitArgR", "jitArgF"];

/** The JIT's part of a translation, once the transforms ran. */
export function jitTranslationOf(program: RTypedProgram): JitTranslation | undefined {
  return results.get(program.rtyper);
}

export class JitPlugin implements Plugin {
  readonly name = "jit";

  apply(toolchain: Toolchain): void {
    toolchain.hooks.analysing.tap(this.name, (request) => {
      if (request.options.jit) request.roots.push({ module: PORTAL_MODULE, name: "jitAnnotationRoot" });
    });
    toolchain.hooks.transformed.tap(this.name, (stage, program) => {
      if (stage !== "stackcheck" || !program.options.jit) return;
      results.set(program.rtyper, generate(program));
    });
    // RTSLOG=jit-summary at exit: the C runtime calls rts_report_hooks if the program has one
    CBackendPlugin.hooksOf(toolchain).exports.tap(this.name, (exports, request) => {
      const { program } = request;
      if (program.options.jit) exports.set("rts_report_hooks", program.rtyper.llfunction(program.frontend.exportedFunction("jitReport", PORTAL_MODULE)!));
      // (a write of a quasi-immutable field the JIT watches: rts.h's weak rts_jit_quasi_immut_fire)
      if (program.options.jit) exports.set("rts_jit_quasi_immut_fire", program.rtyper.llfunction(program.frontend.exportedFunction("jitQuasiImmutFire", PORTAL_MODULE)!));
      return exports;
    });
  }
}

function generate(program: RTypedProgram): JitTranslation {
  const jp = writeProgramJitCodes(program, (graphs) => new Effects(graphs));
  const fe = program.frontend;
  const rt = program.rtyper;
  const fn = (name: string): LLFunction => {
    const desc = fe.exportedFunction(name, PORTAL_MODULE) ?? fe.exportedFunction(name, CPU_MODULE);
    if (!desc || !desc.graph) throw new Error(`internal: the JIT runtime has no function ${name}`);
    return rt.llfunction(desc);
  };
  const rtf: RuntimeFunctions = {
    get: fn,
    gcref: fn("jitArgR").argTypes[0],
    error: { k: "Inst", layout: rt.layoutOf(fe.builtinClasses.get("Error")!) },
  };
  // what the rewritten portals call at every instruction, call and back edge: in the program's C, for gcc to inline (the same list in every program)
  for (const name of INTERPRETER_CALLS) fn(name).withInterpreter = true;
  for (const name of HOT_CALLS) fn(name).hot = true;
  fillJitData(program, jp);
  generateDispatch(jp.descrs, rtf);
  // each driver's getPrintableLocation (the annotator saw it called with the greens at the driver's merge point)
  const printables: (LLFunction | null)[] = [];
  for (const p of jp.portals) {
    const f = (p.driver as { getPrintableLocation?: unknown }).getPrintableLocation;
    const desc = f ? fe.runtimeFunctions.get(f) : undefined;
    printables[p.index] = desc ? rt.llfunction(desc) : null;
  }
  generatePrintable(printables, rtf);
  let entries = 0;
  for (const p of jp.portals) entries += rewritePortal(p.jitcode.fn.graph, p.driver as { greens: string[]; reds: string[] }, p.index, rtf);
  // setParam and notAnEntry calls reach the runtime
  const setParam = fn("jitSetParam");
  const notAnEntry = fn("jitNotAnEntry");
  const driverIndex = (d: unknown): number => jp.portals.find((p) => p.driver === d)?.index ?? -1;
  for (const g of program.graphs) {
    for (const b of g.blocks()) {
      b.operations = b.operations.map((op) => {
        if (op.opname === "jit_set_param") return new SpaceOperation("direct_call", [metaConstant(setParam), ...op.args], variable("_", setParam.resultType), op.loc);
        if (op.opname !== "jit_marker" || (op.args[0] as Constant).value !== "not_an_entry") return op;
        return new SpaceOperation("direct_call", [metaConstant(notAnEntry), constant(driverIndex((op.args[1] as Constant).value), SIGNED)], variable("_", notAnEntry.resultType), op.loc);
      });
    }
  }
  return { jitProgram: jp, entries };
}

/** Puts the codewriter's output into the runtime's JIT_DATA, the object the Load stage made (the backend writes it out). */
function fillJitData(program: RTypedProgram, jp: JitProgram): void {
  const fe = program.frontend;
  const global = fe.allGlobals().find((g) => g.name === "JIT_DATA" && g.file === PORTAL_MODULE);
  if (!global) throw new Error("internal: the JIT runtime's JIT_DATA was not loaded");
  const cls = (name: string): unknown => fe.allClasses.find((c: ClassDesc) => c.name === name && c.loc?.file === DATA_MODULE)?.runtimeClass;
  const classes = { JitCode: cls("JitCode"), DescrInfo: cls("DescrInfo"), JitData: cls("JitData") } as RuntimeClasses;
  const refConstant = (c: Constant): GcRef | null => {
    const v = c.value;
    // the GcRef slot says nothing of what the object is: the backend writes it as its own type
    if (v !== null && typeof v === "object") program.rtyper.prebuilt.setOwnType(v, c.concretetype as LLType);
    return v as GcRef | null;
  };
  const made = runtimeData(jp, refConstant, classes, true);
  const data = global.value as { jitcodes: unknown[]; descrs: unknown[]; portals: unknown[]; mergePoints: number[]; vableArrayFields: string[]; indirectTargets: number[] };
  data.jitcodes.splice(0, data.jitcodes.length, ...made.jitcodes);
  data.descrs.splice(0, data.descrs.length, ...made.descrs);
  data.portals.splice(0, data.portals.length, ...made.portals);
  data.mergePoints.splice(0, data.mergePoints.length, ...made.mergePoints);
  // (what the constructor derives from the descrs: the sample's were not the program's)
  data.vableArrayFields.splice(0, data.vableArrayFields.length, ...made.vableArrayFields);
  data.indirectTargets.splice(0, data.indirectTargets.length, ...made.indirectTargets);
}
