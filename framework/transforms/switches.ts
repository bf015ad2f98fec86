// Multiway switches: a chain of blocks that each test one int against a
// different constant (`c = int_eq(x, K)`, branch on c, else go on to the next
// test of the same x) becomes one block whose exitswitch is x and whose exits
// carry the constants as exit cases, plus a DEFAULT_CASE exit (RPython's
// int-switch exits).  The C backend emits a C `switch`, which compilers turn
// into a jump table: an interpreter's dispatch loop costs one indirect jump
// instead of a comparison per opcode before it.
import { Block, Constant, DEFAULT_CASE, Link, Variable, type FunctionGraph, type Value } from "../flow/model.ts";
import { boolConstant } from "../rtyper/rtyper.ts";

/** Chains shorter than this stay as compare-and-branch. */
const MIN_CASES = 4;

interface Test {
  subject: Variable;
  value: number;
}

/** The block's own int-equality test, when its only operation feeds its exitswitch. */
function ownTest(b: Block, allowOtherOps: boolean): Test | null {
  const sw = b.exitswitch;
  if (!(sw instanceof Variable) || b.exits.length !== 2) return null;
  const ops = b.operations;
  if (ops.length === 0 || (!allowOtherOps && ops.length !== 1)) return null;
  const op = ops[ops.length - 1];
  if (op.opname !== "int_eq" || op.result !== sw) return null;
  const [a, c] = op.args[0] instanceof Constant ? [op.args[1], op.args[0]] : [op.args[0], op.args[1]];
  if (!(a instanceof Variable) || !(c instanceof Constant) || typeof c.value !== "number") return null;
  // the test's result must not be used except by the branch
  for (let i = 0; i < ops.length - 1; i++) if (ops[i].args.includes(sw)) return null;
  return { subject: a, value: c.value };
}

function branchLinks(b: Block): { onTrue: Link; onFalse: Link } {
  const [x, y] = b.exits;
  return x.exitcase === true ? { onTrue: x, onFalse: y } : { onTrue: y, onFalse: x };
}

function predecessorCounts(g: FunctionGraph): Map<Block, number> {
  const preds = new Map<Block, number>();
  for (const b of g.blocks()) for (const l of b.exits) preds.set(l.target, (preds.get(l.target) ?? 0) + 1);
  return preds;
}

/** Rewrites `l` (leaving a block whose inputs are bound by `env`) into a link from the chain's head. */
function rebase(l: Link, env: Map<Variable, Value>, test: Variable, exitcase: unknown): Link {
  const sub = (v: Value): Value => {
    if (v === test) return boolConstant(exitcase !== DEFAULT_CASE);
    return v instanceof Variable && env.has(v) ? env.get(v)! : v;
  };
  return new Link(l.args.map(sub), l.target, exitcase);
}

/** Merges int-test chains into switches; returns how many switches were made. */
export function mergeSwitchChains(g: FunctionGraph): number {
  let made = 0;
  const preds = predecessorCounts(g);
  const absorbed = new Set<Block>();
  for (const head of g.blocks()) {
    if (absorbed.has(head)) continue;
    const first = ownTest(head, true);
    if (!first) continue;
    const subject = first.subject;
    const cases = new Map<number, Link>();
    const headLinks = branchLinks(head);
    const identity = new Map<Variable, Value>();
    cases.set(first.value, rebase(headLinks.onTrue, identity, head.exitswitch as Variable, first.value));
    // follow the false exits while they lead to single-predecessor blocks testing the same int
    let rest = headLinks.onFalse;
    let restEnv = identity;
    let restTest = head.exitswitch as Variable;
    const chain: Block[] = [];
    for (;;) {
      const t = rest.target;
      if (t === head || preds.get(t) !== 1) break;
      const test = ownTest(t, false);
      if (!test) break;
      const env = new Map<Variable, Value>();
      t.inputargs.forEach((v, i) => {
        const a = rest.args[i];
        env.set(v, a === restTest ? boolConstant(false) : a instanceof Variable && restEnv.has(a) ? restEnv.get(a)! : a);
      });
      if (env.get(test.subject) !== subject) break;
      chain.push(t);
      const links = branchLinks(t);
      if (!cases.has(test.value)) cases.set(test.value, rebase(links.onTrue, env, t.exitswitch as Variable, test.value));
      rest = links.onFalse;
      restEnv = env;
      restTest = t.exitswitch as Variable;
    }
    if (cases.size < MIN_CASES) continue;
    const fallback = rebase(rest, restEnv, restTest, DEFAULT_CASE);
    for (const t of chain) absorbed.add(t);
    head.operations.pop(); // the first test
    head.closeWith([...cases.values(), fallback], subject);
    made++;
  }
  return made;
}
