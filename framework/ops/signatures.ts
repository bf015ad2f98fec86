// Reading the op table's signatures and heap families against real
// operations: whether an op's operands and result have the kinds its
// signature says (tests/unit/opsigs.test.ts checks every op of the corpus,
// the Lox VM and the GCs), and the concrete heap locations an op reads and
// writes (`field:Point.x`, `list:Signed`...), which the effect analysis
// collects per graph and the JIT's heap cache will key on.
import { Constant, type SpaceOperation, type Value } from "../flow/model.ts";
import type { GlobalDesc } from "../flow/descriptors.ts";
import { typeName, type LLType } from "../rtyper/lltypes.ts";
import { typeOfValue } from "../rtyper/values.ts";
import { parseSignature, type Kind, type Signature } from "./op.ts";
import { opInfo } from "./index.ts";

const parsed = new Map<string, Signature>();

export function opSignature(name: string): Signature {
  let s = parsed.get(name);
  if (!s) parsed.set(name, (s = parseSignature(opInfo(name).sig)));
  return s;
}

const POINTERS = new Set(["NullPtr", "Str", "List", "Typed", "Map", "MapIter", "Inst"]);

/** Does a value of low-level type `t` fit `kind`? (`isMeta`: a parameterizing constant.) */
export function kindAccepts(kind: Kind, t: LLType, isMeta: boolean): boolean {
  if (kind === "meta") return isMeta;
  if (isMeta) return false;
  switch (kind) {
    case "any":
      return true;
    case "void":
      return t.k === "Void" || t.k === "NullPtr";
    case "int":
      return t.k === "Signed";
    case "float":
      return t.k === "Float";
    case "bool":
      return t.k === "Bool";
    case "str":
      return t.k === "Str";
    case "optint":
      return t.k === "Signed" || t.k === "OptSigned";
    case "optfloat":
      return t.k === "Float" || t.k === "OptFloat";
    case "optbool":
      return t.k === "Bool" || t.k === "OptBool";
    case "ref":
      return POINTERS.has(t.k);
    case "opt":
      return POINTERS.has(t.k) || t.k === "OptSigned" || t.k === "OptFloat" || t.k === "OptBool";
  }
}

function isMetaOperand(v: Value): boolean {
  return v instanceof Constant && typeOfValue(v).k === "Void";
}

/**
 * Why `op` does not match its signature, or null when it does.  A result may
 * also be the optional form of its kind (a plain value stored where
 * undefined may appear later: the same machine word).
 */
export function signatureMismatch(op: SpaceOperation): string | null {
  const sig = opSignature(op.opname);
  const n = op.args.length;
  if (n < sig.args.length || (sig.rest === null && n > sig.args.length)) return `${n} operands, the signature has ${sig.args.length}${sig.rest ? "+" : ""}`;
  for (let i = 0; i < n; i++) {
    const kind = i < sig.args.length ? sig.args[i] : sig.rest!;
    const t = typeOfValue(op.args[i]);
    if (!kindAccepts(kind, t, isMetaOperand(op.args[i]))) return `operand ${i} is ${typeName(t)}, not ${kind}`;
  }
  const rt = (op.result.concretetype as LLType | undefined) ?? { k: "Void" };
  const widened = { int: "optint", float: "optfloat", bool: "optbool" }[sig.result as "int"] as Kind | undefined;
  if (!kindAccepts(sig.result, rt, false) && !(widened && kindAccepts(widened, rt, false))) return `result is ${typeName(rt)}, not ${sig.result}`;
  return null;
}

/** The concrete heap location of one family an op touches. */
function location(family: string, op: SpaceOperation): string {
  const t = op.args.length > 0 ? typeOfValue(op.args[0]) : null;
  switch (family) {
    case "field": {
      const name = (op.args[1] as Constant).value as string;
      return t?.k === "Inst" ? `field:${t.layout.cls.name}.${name}` : `field:?.${name}`;
    }
    case "global":
      return `global:${((op.args[0] as Constant).value as GlobalDesc).name}`;
    case "list":
      return t?.k === "List" ? `list:${typeName(t.item)}` : "list:?";
    case "typed":
      return t?.k === "Typed" ? `typed:${t.elem}` : "typed:?";
    case "map":
      return t?.k === "Map" ? `map:${typeName(t.key)}->${typeName(t.value)}` : t?.k === "MapIter" ? `map:${typeName(t.map)}` : "map:?";
    default:
      return family;
  }
}

/** The heap locations `op` itself reads and writes (a call's are its callee's: transforms/effects.ts). */
export function heapEffects(op: SpaceOperation): { reads: string[]; writes: string[] } {
  const info = opInfo(op.opname);
  return { reads: (info.reads ?? []).map((f) => location(f, op)), writes: (info.writes ?? []).map((f) => location(f, op)) };
}
