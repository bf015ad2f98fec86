// The codewriter's linear form of a graph before assembly (RPython's
// SSARepr): instructions whose operands are still the graph's variables and
// constants, labels, register lists and descrs.  Register allocation maps
// the variables to registers; the assembler encodes the result.
import { Constant, Variable, type SourceLoc, type Value } from "../../flow/model.ts";
import { typeOfValue } from "../../rtyper/values.ts";
import { kindOf, type Descr, type Kind } from "./jitcode.ts";

export class Label {
  constructor(public readonly name: string) {}
}

export class RegList {
  constructor(
    public readonly kind: Kind,
    public items: Value[],
  ) {}
}

export class DescrRef {
  constructor(public readonly descr: Descr) {}
}

export type Operand = Value | Label | RegList | DescrRef | number;

export interface Insn {
  /** An opname of insns.ts, or "-label-" (args: [Label]). */
  name: string;
  args: Operand[];
  result: Variable | null;
  loc: SourceLoc | null;
}

export function insn(name: string, args: Operand[], result: Variable | null = null, loc: SourceLoc | null = null): Insn {
  return { name, args, result, loc };
}

/** The register kind of a variable or constant (null: Void, no register). */
export function kindOfValue(v: Value): Kind | null {
  return kindOf(typeOfValue(v));
}

/** The variables an instruction reads (in register lists too). */
export function* uses(i: Insn): Iterable<Variable> {
  for (const a of i.args) {
    if (a instanceof Variable) yield a;
    else if (a instanceof RegList) for (const x of a.items) if (x instanceof Variable) yield x;
  }
}

/** The values an instruction reads, constants included (for the constant pools). */
export function* valueOperands(i: Insn): Iterable<Value> {
  for (const a of i.args) {
    if (a instanceof Variable || a instanceof Constant) yield a;
    else if (a instanceof RegList) yield* a.items;
  }
}

export const COPY_OF: Record<Kind, string> = { i: "int_copy", r: "ref_copy", f: "float_copy" };

/** Instructions after which control does not fall through. */
export const NO_FALLTHROUGH = new Set(["goto", "int_return", "ref_return", "float_return", "void_return", "raise", "reraise", "unreachable"]);

/** The labels an instruction may jump to. */
export function jumpTargets(i: Insn): string[] {
  const out: string[] = [];
  for (const a of i.args) if (a instanceof Label) out.push(a.name);
  if (i.name === "switch") for (const l of (i.args[1] as DescrRef).descr.kind === "switch" ? ((i.args[1] as DescrRef).descr as { labels: Map<number, string> }).labels.values() : []) out.push(l);
  return out;
}
