// Generator functions (`function*`, `*[Symbol.iterator]()`), lowered to
// state machines at the flow-graph level, as RPython's flowspace/generator.py
// does.  The frontend builds the body as an ordinary graph in which each
// `yield v` is a `yield_value` operation; this file then turns that graph
// into the `resume()` method of a class of its own (one per generator
// function) and gives the function a graph that only makes such an object:
//
//   - the object's fields: `state` (0 before the start, k after the k-th
//     yield point, -1 when finished or running), `value` (the last value
//     yielded), the values the body starts with (`a0`...: the parameters,
//     after their defaults, which JavaScript evaluates at the call) and, per
//     yield point k, the values live after it (`r<k>_<j>`);
//   - resume() sets state to -1, dispatches on the old state to the start
//     of the body or to the code after yield point k (reloading what was
//     live there), and returns true after storing a yielded value, false
//     when the body ends (a `return` or falling off the end);
//   - the body's exceptions propagate out of resume(), which leaves the
//     generator finished, as JavaScript does.
//
// Consumers (for-of, spread, Array.from, yield*) call resume() until it is
// false and read `value` after each true: the annotator, the rtyper and the
// JIT see ordinary classes, fields and calls.
import { Block, Constant, FunctionGraph, Link, SpaceOperation, Variable, type SourceLoc, type Value } from "../flow/model.ts";
import { ClassDesc, FieldDesc, FunctionDesc } from "../flow/descriptors.ts";
import type { GraphBuilder } from "./builder.ts";
import type { Frontend } from "./frontend.ts";

/** The name of the method that runs a generator object to its next yield (or end). */
export const RESUME = "resume";
/** The name of a class's iterator method (`*[Symbol.iterator]() { ... }`). */
export const ITERATOR_METHOD = "[Symbol.iterator]";
/** The field holding the value a generator yielded last. */
export const YIELDED = "value";

/**
 * Turns the graph of generator function `fn`'s body (with a
 * `generator_start` operation after the parameters are set up, and a
 * `yield_value` per yield) into fn's graph, which runs the parameter setup
 * (defaults are evaluated at the call, as in JavaScript) and returns a new
 * generator object; sets up the generator's class and its resume() method.
 */
export function generatorGraph(fn: FunctionDesc, body: FunctionGraph, fe: Frontend): FunctionGraph {
  const cls = new ClassDesc(`generator ${fn.qualname}`, null, fn.loc);
  fe.adoptClass(cls);
  const field = (name: string): void => void cls.fields.set(name, new FieldDesc(name, cls, null, null, fn.loc));
  field("state");
  field(YIELDED);
  const resume = new FunctionDesc(RESUME, "method", null, cls, [], fn.loc);
  cls.methods.set(RESUME, resume);
  resume.graph = resumeGraph(body, cls, field);
  resume.graph.func = resume;
  body.func = fn;
  return body;
}

/** The variables block `b` uses from `from` on (operations, switch, exits) that it does not compute there. */
function liveFrom(b: Block, from: number): Variable[] {
  const defined = new Set<Variable>();
  const live: Variable[] = [];
  const use = (v: Value | typeof b.exitswitch): void => {
    if (v instanceof Variable && !defined.has(v) && !live.includes(v)) live.push(v);
  };
  for (const op of b.operations.slice(from)) {
    op.args.forEach(use);
    defined.add(op.result);
  }
  use(b.exitswitch);
  for (const l of b.exits) l.args.forEach((a) => (a === l.excValue ? undefined : use(a)));
  return live;
}

/**
 * Splits block `b` at its operation `at`: the operations after it move to a
 * new block whose inputs are the values live there (and the generator object
 * last); `b` keeps the operations before it.  Returns the new block and the
 * live values (b's variables) in the order of its inputs.
 */
function splitAt(b: Block, at: number, self: Variable | null): { after: Block; live: Variable[] } {
  const live = liveFrom(b, at + 1).filter((v) => v !== self);
  const fresh = live.map((v) => new Variable(v.hint));
  const rename = new Map<Variable, Variable>(live.map((v, i) => [v, fresh[i]]));
  const freshSelf = new Variable("self");
  if (self) rename.set(self, freshSelf);
  const swap = (v: Value): Value => (v instanceof Variable ? (rename.get(v) ?? v) : v);
  const after = new Block([...fresh, freshSelf]);
  after.operations = b.operations.slice(at + 1).map((op) => new SpaceOperation(op.opname, op.args.map(swap), op.result, op.loc));
  const exits = b.exits.map((l) => {
    const n = new Link(l.args.map((a) => (a === l.excValue ? a : swap(a))), l.target, l.exitcase);
    n.excValue = l.excValue;
    return n;
  });
  after.closeWith(exits, b.exitswitch instanceof Variable ? swap(b.exitswitch) : b.exitswitch);
  b.operations = b.operations.slice(0, at);
  return { after, live };
}

/** Blocks reachable from `from`, final blocks left out. */
function reachable(from: Block): Block[] {
  const seen = new Set<Block>([from]);
  const stack = [from];
  while (stack.length > 0) for (const l of stack.pop()!.exits) if (!l.target.isFinal && !seen.has(l.target)) seen.add(l.target), stack.push(l.target);
  return [...seen];
}

/**
 * Cuts `body` at its generator_start: what precedes stays body's (it ends
 * by making the generator object); what follows becomes the graph of
 * resume(self), entered through a dispatch on the state and split at each
 * yield.
 */
function resumeGraph(body: FunctionGraph, cls: ClassDesc, field: (name: string) => void): FunctionGraph {
  const loc = body.loc;
  const startAt = body.blocks().find((b) => b.operations.some((op) => op.opname === "generator_start"))!;
  const marker = startAt.operations.findIndex((op) => op.opname === "generator_start");
  const setter = (obj: Variable, at: SourceLoc | null) => (name: string, v: Value): SpaceOperation => new SpaceOperation("setattr", [obj, new Constant(name), v], new Variable("_"), at);
  // the call: the generator object, holding what the body needs (the parameters, after their defaults)
  const first = splitAt(startAt, marker, null);
  const obj = new Variable("gen");
  const args = first.live.map((_, j) => `a${j}`);
  args.forEach(field);
  startAt.operations.push(new SpaceOperation("newrecord", [new Constant(cls), new Constant(0)], obj, loc));
  startAt.operations.push(...first.live.map((v, j) => setter(obj, loc)(args[j], v)));
  startAt.closeWith([new Link([obj], body.returnblock)]);

  const resume = new FunctionGraph(`${cls.name}.${RESUME}`, new Block(), loc);
  const blocks = reachable(first.after);
  // every block after the start gets the generator object as its last input (first.after has it)
  for (const b of blocks) if (b !== first.after) b.inputargs.push(new Variable("self"));
  for (const b of blocks) {
    for (const l of b.exits) {
      if (!l.target.isFinal) l.args.push(b.inputargs[b.inputargs.length - 1]);
      // a return ends the generator (its value is not seen by for-of or spread)
      else if (l.target === body.returnblock) l.args = [new Constant(false)];
      l.target = l.target === body.returnblock ? resume.returnblock : l.target === body.exceptblock ? resume.exceptblock : l.target;
    }
  }

  const entries: { target: Block; fields: string[] }[] = [{ target: first.after, fields: args }];
  const work = [...blocks];
  while (work.length > 0) {
    const b = work.pop()!;
    const at = b.operations.findIndex((op) => op.opname === "yield_value");
    if (at < 0) continue;
    const k = entries.length;
    const yielded = b.operations[at];
    const self = b.inputargs[b.inputargs.length - 1];
    const { after, live } = splitAt(b, at, self);
    // the yield itself: store the value, the state and what is live after it, and return true
    const names = live.map((_, j) => `r${k}_${j}`);
    names.forEach(field);
    const set = setter(self, yielded.loc);
    b.operations.push(set(YIELDED, yielded.args[0]), set("state", new Constant(k)), ...live.map((v, j) => set(names[j], v)));
    b.closeWith([new Link([new Constant(true)], resume.returnblock)]);
    entries.push({ target: after, fields: names });
    work.push(after);
  }

  // the dispatch: state = -1 while running (an exception leaves the generator finished), then on to where it stopped
  const start = resume.startblock;
  const self = new Variable("self");
  start.inputargs.push(self);
  const state = new Variable("state");
  start.operations.push(new SpaceOperation("getattr", [self, new Constant("state")], state, loc));
  start.operations.push(setter(self, loc)("state", new Constant(-1)));
  let test = start;
  entries.forEach(({ target, fields }, k) => {
    const enter = new Block([new Variable("self")]);
    const s = enter.inputargs[0];
    const loaded = fields.map((name) => {
      const v = new Variable(name);
      enter.operations.push(new SpaceOperation("getattr", [s, new Constant(name)], v, loc));
      return v;
    });
    enter.closeWith([new Link([...loaded, s], target)]);
    const st = test === start ? state : test.inputargs[1];
    const cond = new Variable("c");
    test.operations.push(new SpaceOperation("eq", [st, new Constant(k)], cond, loc));
    const next = k + 1 < entries.length ? new Block([new Variable("self"), new Variable("state")]) : null;
    const ts = test.inputargs[0];
    const notThis = next ? new Link([ts, st], next, false) : new Link([new Constant(false)], resume.returnblock, false);
    test.closeWith([notThis, new Link([ts], enter, true)], cond);
    if (next) test = next;
  });
  return resume;
}

/** Emits an operation where the consumer is (inside a try: with the try's handler). */
export type EmitOp = (name: string, args: Value[], hint: string) => Value;

/**
 * The loop of a generator's consumer, `while (gen.resume()) ...gen.value`:
 * builds the test in `head` and starts `body`, where the caller reads
 * item() and builds the rest, then jumps back to `head`; `after` follows.
 */
export function generatorLoop(b: GraphBuilder, op: EmitOp, gen: Value): { head: Block; after: Block; item: () => Value } {
  const head = b.newBlock();
  const body = b.newBlock();
  const after = b.newBlock();
  b.goto(head);
  b.startBlock(head);
  b.branch(op("call_method", [gen, new Constant(RESUME)], "more"), body, after);
  b.startBlock(body);
  return { head, after, item: () => op("getattr", [gen, new Constant(YIELDED)], "item") };
}

/** Pushes every value generator `gen` yields onto `list` (spread, Array.from). */
export function pushGenerated(b: GraphBuilder, op: EmitOp, list: Value, gen: Value): void {
  const { head, after, item } = generatorLoop(b, op, gen);
  op("call_method", [list, new Constant("push"), item()], "_");
  b.goto(head);
  b.startBlock(after);
}
