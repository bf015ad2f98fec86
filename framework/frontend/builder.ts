// GraphBuilder: builds one flow graph in SSA form while the frontend walks a
// function body.  Local variables are tracked per block by name; reading a
// name (or a value computed in another block) that the current block does
// not define adds a block input and asks every incoming link for it — the
// block-argument form of Braun et al.'s on-the-fly SSA construction.
import {
  Block,
  CAN_RAISE,
  Constant,
  EXC_CASE,
  FunctionGraph,
  Link,
  SpaceOperation,
  Variable,
  type SourceLoc,
  type Value,
} from "../flow/model.ts";

type Key = string | Variable;

interface BlockInfo {
  defs: Map<Key, Value>;
  keys: Key[]; // key of each non-fixed input arg, in order
  fixed: number; // leading input args passed explicitly by links
  preds: Link[];
}

export class GraphBuilder {
  readonly graph: FunctionGraph;
  /** The block being filled; null after return/throw/break (dead code). */
  block: Block | null;
  private info = new Map<Block, BlockInfo>();

  constructor(name: string, params: string[], loc: SourceLoc | null) {
    const start = new Block();
    this.graph = new FunctionGraph(name, start, loc);
    this.register(start, 0);
    for (const p of params) {
      const v = new Variable(p);
      start.inputargs.push(v);
      const inf = this.info.get(start)!;
      inf.keys.push(p);
      inf.defs.set(p, v);
      inf.defs.set(v, v);
    }
    this.register(this.graph.returnblock, 1);
    this.register(this.graph.exceptblock, 1);
    this.block = start;
  }

  private register(b: Block, fixed: number): BlockInfo {
    const inf: BlockInfo = { defs: new Map(), keys: [], fixed, preds: [] };
    for (const v of b.inputargs) inf.defs.set(v, v);
    this.info.set(b, inf);
    return inf;
  }

  /** A new empty block; `fixed` input args are supplied explicitly by each link. */
  newBlock(fixed = 0, hint = "t"): Block {
    const b = new Block();
    for (let i = 0; i < fixed; i++) b.inputargs.push(new Variable(hint));
    this.register(b, fixed);
    return b;
  }

  fixedArgs(b: Block): Variable[] {
    return b.inputargs.slice(0, this.info.get(b)!.fixed);
  }

  get reachable(): boolean {
    return this.block !== null;
  }

  emit(opname: string, args: Value[], loc: SourceLoc | null, hint = "v"): Variable {
    const b = this.current();
    const res = new Variable(hint);
    b.operations.push(new SpaceOperation(opname, args, res, loc));
    this.info.get(b)!.defs.set(res, res);
    return res;
  }

  /**
   * Emits an operation that may raise, inside a try: the block ends with it,
   * the normal exit continues in a new block, the exception exit goes to
   * `handler` (whose single fixed input receives the exception).
   */
  emitRaising(opname: string, args: Value[], loc: SourceLoc | null, handler: Block, hint = "v"): Variable {
    const res = this.emit(opname, args, loc, hint);
    const b = this.current();
    const cont = this.newBlock(1, hint);
    const normal = this.makeLink(b, cont, [res], null);
    const exc = new Variable("exc");
    const excLink = this.makeLink(b, handler, [exc], EXC_CASE);
    excLink.excValue = exc;
    b.closeWith([normal, excLink], CAN_RAISE);
    this.block = cont;
    return cont.inputargs[0];
  }

  current(): Block {
    if (!this.block) throw new Error("internal: emitting into unreachable code");
    return this.block;
  }

  write(name: string, v: Value): void {
    this.info.get(this.current())!.defs.set(name, v);
  }

  read(name: string): Value {
    return this.readIn(name, this.current());
  }

  private readIn(key: Key, b: Block): Value {
    const inf = this.info.get(b)!;
    const d = inf.defs.get(key);
    if (d) return d;
    if (inf.preds.length === 0 && b === this.graph.startblock) {
      return new Constant(undefined); // read before any assignment
    }
    const v = new Variable(typeof key === "string" ? key : key.hint);
    b.inputargs.push(v);
    inf.keys.push(key);
    inf.defs.set(key, v);
    inf.defs.set(v, v);
    for (const l of inf.preds) l.args.push(this.readIn(key, l.prevblock!));
    return v;
  }

  private makeLink(from: Block, to: Block, fixedArgs: Value[], exitcase: unknown): Link {
    const inf = this.info.get(to)!;
    if (fixedArgs.length !== inf.fixed) throw new Error("internal: wrong number of fixed link args");
    const link = new Link([...fixedArgs], to, exitcase);
    link.prevblock = from;
    for (const k of inf.keys) link.args.push(this.readIn(k, from));
    inf.preds.push(link);
    return link;
  }

  /** Ends the current block with a jump to `to`. */
  goto(to: Block, fixedArgs: Value[] = []): void {
    if (!this.block) return;
    const b = this.block;
    b.closeWith([this.makeLink(b, to, fixedArgs, null)]);
    this.block = null;
  }

  /** Ends the current block with a two-way branch on a boolean value. */
  branch(cond: Value, ifTrue: Block, ifFalse: Block): void {
    if (cond instanceof Constant && typeof cond.value === "boolean") {
      // `while (true)` and friends: only one way is possible
      this.goto(cond.value ? ifTrue : ifFalse);
      return;
    }
    const b = this.current();
    const lf = this.makeLink(b, ifFalse, [], false);
    const lt = this.makeLink(b, ifTrue, [], true);
    b.closeWith([lf, lt], cond);
    this.block = null;
  }

  /** Ends the current block with a jump to the graph's exception block. */
  raise(exc: Value, handler: Block | null): void {
    this.goto(handler ?? this.graph.exceptblock, [exc]);
  }

  ret(v: Value): void {
    this.goto(this.graph.returnblock, [v]);
  }

  startBlock(b: Block): void {
    this.block = b;
  }

  hasPreds(b: Block): boolean {
    return this.info.get(b)!.preds.length > 0;
  }

  /**
   * Finishes the graph: values used outside the block that computed them are
   * threaded through links (so every block only mentions its own variables),
   * then input args nobody needs are dropped.
   */
  finish(): FunctionGraph {
    for (const b of this.graph.blocks()) {
      const local = (v: Value): Value => {
        if (!(v instanceof Variable)) return v;
        const inf = this.info.get(b)!;
        if (inf.defs.get(v) === v) return v;
        return this.readIn(v, b);
      };
      for (const op of b.operations) op.args = op.args.map(local);
      if (b.exitswitch instanceof Variable) b.exitswitch = local(b.exitswitch);
      for (const l of b.exits) l.args = l.args.map((a) => (l.excValue === a ? a : local(a)));
    }
    pruneDeadInputs(this.graph, (b) => this.info.get(b)?.fixed ?? b.inputargs.length);
    return this.graph;
  }
}

/** Removes block input args that no operation, switch or live link uses. */
export function pruneDeadInputs(graph: FunctionGraph, fixedCount: (b: Block) => number): void {
  const blocks = graph.blocks();
  const incoming = new Map<Block, Link[]>();
  for (const b of blocks) for (const l of b.exits) {
    if (!incoming.has(l.target)) incoming.set(l.target, []);
    incoming.get(l.target)!.push(l);
  }
  const needed = new Set<Variable>();
  const mark = (v: Value): void => {
    if (v instanceof Variable) needed.add(v);
  };
  let changed = true;
  while (changed) {
    changed = false;
    const before = needed.size;
    for (const b of blocks) {
      for (const op of b.operations) op.args.forEach(mark);
      if (b.exitswitch instanceof Variable) mark(b.exitswitch);
      for (const l of b.exits) {
        l.args.forEach((a, i) => {
          const target = l.target.inputargs[i];
          if (i < fixedCount(l.target) || needed.has(target)) mark(a);
        });
      }
      if (b === graph.startblock) b.inputargs.forEach(mark);
    }
    changed = needed.size !== before;
  }
  for (const b of blocks) {
    if (b === graph.startblock || b.isFinal) continue;
    const fixed = fixedCount(b);
    const keep = b.inputargs.map((v, i) => i < fixed || needed.has(v));
    if (keep.every((k) => k)) continue;
    b.inputargs = b.inputargs.filter((_, i) => keep[i]);
    for (const l of incoming.get(b) ?? []) l.args = l.args.filter((_, i) => keep[i]);
  }
}
