// A graph -> linear instructions (RPython's flatten.py): blocks become
// labelled runs of instructions, links become register copies and jumps
// (a link's target is placed right after it when it has not been placed
// yet, so most jumps fall through), exitswitches become goto_if_not and
// switch, and the exception exit of a raising operation becomes
// catch_exception.  Copies are emitted one after another; register
// allocation (regalloc.ts) keeps that correct by making a copy's target
// interfere with every value still live, so no parallel-move cycles arise.
import { CAN_RAISE, Constant, DEFAULT_CASE, Variable, type Block, type FunctionGraph, type Link } from "../../flow/model.ts";
import type { SwitchDescr } from "./jitcode.ts";
import { KIND_NAME, guarded, lookInsideIffCall, lookInsideIffOf, transformOp, type TransformContext } from "./jtransform.ts";
import { COPY_OF, DescrRef, insn, kindOfValue, Label, type Insn } from "./ssarepr.ts";

export function flattenGraph(g: FunctionGraph, cx: TransformContext): Insn[] {
  const out: Insn[] = [];
  const labels = new Map<Block, Label>();
  let nextLabel = 0;
  const fresh = (): Label => new Label(`L${nextLabel++}`);
  const labelOf = (b: Block): Label => {
    let l = labels.get(b);
    if (!l) labels.set(b, (l = fresh()));
    return l;
  };
  const placed = new Set<Block>();

  const emitBlock = (b: Block): void => {
    placed.add(b);
    out.push(insn("-label-", [labelOf(b)]));
    const ops = b.operations;
    const raising = b.exitswitch === CAN_RAISE;
    let handler: Label | null = null;
    for (let k = 0; k < ops.length; k++) {
      const iff = lookInsideIffOf(ops[k], cx);
      if (!iff) {
        out.push(...transformOp(ops[k], cx));
        continue;
      }
      // the block's raising op: its exception goes to the handler from either of the two calls
      if (raising && k === ops.length - 1 && !propagates(b)) handler = fresh();
      out.push(...lookInsideIffCall(ops[k], iff, { residual: fresh(), done: fresh(), handler }, cx));
    }
    if (b.exits.length === 0) return; // it ended with an instruction that does not return (unreachable)
    if (b.exitswitch === null) return emitLink(b.exits[0]);
    if (raising) return emitRaisingExits(b, handler);
    const sw = b.exitswitch as Variable | Constant;
    const cases = b.exits.map((l) => l.exitcase);
    if (cases.every((c) => typeof c === "boolean")) {
      const t = b.exits.find((l) => l.exitcase === true)!;
      const f = b.exits.find((l) => l.exitcase === false)!;
      const lf = fresh();
      out.push(...guarded(insn("goto_if_not", [sw, lf])));
      emitLink(t);
      out.push(insn("-label-", [lf]));
      return emitLink(f);
    }
    // a switch on an int: the default (or, without one, the last case) falls through
    const dflt = b.exits.find((l) => l.exitcase === DEFAULT_CASE) ?? b.exits[b.exits.length - 1];
    const descr: SwitchDescr = { kind: "switch", cases: new Map(), labels: new Map() };
    const others = b.exits.filter((l) => l !== dflt);
    const caseLabels = others.map(() => fresh());
    others.forEach((l, i) => descr.labels.set(Number(l.exitcase), caseLabels[i].name));
    out.push(...guarded(insn("switch", [sw, new DescrRef(descr)])));
    emitLink(dflt);
    others.forEach((l, i) => {
      out.push(insn("-label-", [caseLabels[i]]));
      emitLink(l);
    });
  };

  // the exception exit of a raising block only passes the exception on
  const propagates = (b: Block): boolean => {
    const exc = b.exits[1];
    return exc.target === g.exceptblock && exc.args.length === 1 && exc.args[0] === exc.excValue;
  };

  /** `handler`: the label of the exception exit, when the raising op's instructions already jump there. */
  const emitRaisingExits = (b: Block, handler: Label | null): void => {
    const [normal, exc] = b.exits;
    if (propagates(b)) return emitLink(normal);
    const le = handler ?? fresh();
    if (!handler) out.push(insn("catch_exception", [le]));
    emitLink(normal);
    out.push(insn("-label-", [le]));
    if (exc.excValue && exc.args.includes(exc.excValue)) out.push(insn("last_exc_value", [], exc.excValue));
    emitLink(exc);
  };

  const emitLink = (l: Link): void => {
    const target = l.target;
    if (target === g.returnblock) {
      const v = l.args[0];
      const k = kindOfValue(v);
      out.push(k ? insn(`${KIND_NAME[k]}_return`, [v]) : insn("void_return", []));
      return;
    }
    if (target === g.exceptblock) {
      out.push(l.args[0] === l.excValue ? insn("reraise", []) : insn("raise", [l.args[0]]));
      return;
    }
    l.args.forEach((a, i) => {
      const to = target.inputargs[i];
      const k = kindOfValue(to);
      if (k && a !== to) out.push(insn(COPY_OF[k], [a], to));
    });
    if (placed.has(target)) out.push(insn("goto", [labelOf(target)]));
    else emitBlock(target);
  };

  emitBlock(g.startblock);
  return out;
}
