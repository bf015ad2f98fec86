// The flow graph model shared by every stage (RPython's flowspace/model.py):
// a FunctionGraph is a set of Blocks; a Block has input variables, a list of
// operations and exits; a Link carries values into the target block's inputs
// (block arguments instead of phi nodes).  A variable is only used in the
// block that defines it: values cross blocks through links only.
//
// The frontend builds graphs of high-level operations (add, getattr,
// simple_call...); the rtyper rewrites the same graphs into low-level
// operations (int_add, getfield, direct_call...), see framework/ops/.

export interface SourceLoc {
  file: string;
  line: number; // 1-based
  col: number; // 1-based
}

export function formatLoc(loc: SourceLoc | null | undefined): string {
  return loc ? `${loc.file}:${loc.line}:${loc.col}` : "<unknown>";
}

let nextVarId = 0;

export class Variable {
  readonly id = nextVarId++;
  /** Set by the annotator. */
  annotation: unknown = undefined;
  /** Set by the rtyper: the low-level type. */
  concretetype: unknown = undefined;
  constructor(public hint: string = "v") {}
  get name(): string {
    return `${this.hint}_${this.id}`;
  }
  toString(): string {
    return this.name;
  }
}

/** A new variable of the same name hint and types (for graph copies and splits). */
export function copyVar(v: Variable): Variable {
  const n = new Variable(v.hint);
  n.annotation = v.annotation;
  n.concretetype = v.concretetype;
  return n;
}

export class Constant {
  annotation: unknown = undefined;
  concretetype: unknown = undefined;
  /** Where a literal appears in the source (for messages about type conflicts). */
  loc: SourceLoc | null = null;
  constructor(public readonly value: unknown) {}
  toString(): string {
    const v = this.value;
    if (typeof v === "string") return JSON.stringify(v);
    if (v !== null && typeof v === "object") return `(${(v as { toString(): string }).toString()})`;
    return String(v);
  }
}

export type Value = Variable | Constant;

export class SpaceOperation {
  constructor(
    public opname: string,
    public args: Value[],
    public result: Variable,
    public loc: SourceLoc | null = null,
  ) {}
  toString(): string {
    return `${this.result} = ${this.opname}(${this.args.join(", ")})`;
  }
}

/** exitswitch value meaning: the block's last operation may raise; exits[0]
 * is the normal exit, exits[1] the exception exit (exitcase EXC_CASE), whose
 * args may mention the link's `excValue` variable. */
export const CAN_RAISE = Symbol("can_raise");
export const EXC_CASE = "exception";
/** Exit case of the fallback link of a multiway switch on an int (the other
 * links' exit cases are the int constants). */
export const DEFAULT_CASE = "default";

export class Link {
  prevblock: Block | null = null;
  /** For an exception link: the variable standing for the raised exception. */
  excValue: Variable | null = null;
  constructor(
    public args: Value[],
    public target: Block,
    public exitcase: unknown = null,
  ) {}
}

let nextBlockId = 0;

export class Block {
  readonly id = nextBlockId++;
  operations: SpaceOperation[] = [];
  exitswitch: Value | typeof CAN_RAISE | null = null;
  exits: Link[] = [];
  constructor(public inputargs: Variable[] = []) {}

  closeWith(exits: Link[], exitswitch: Value | typeof CAN_RAISE | null = null): void {
    this.exits = exits;
    this.exitswitch = exitswitch;
    for (const l of exits) l.prevblock = this;
  }

  get isFinal(): boolean {
    return this.exits.length === 0;
  }

  /** Every variable mentioned in the block. */
  *variables(): Iterable<Variable> {
    yield* this.inputargs;
    for (const op of this.operations) {
      for (const a of op.args) if (a instanceof Variable) yield a;
      yield op.result;
    }
  }
}

export class FunctionGraph {
  readonly returnblock: Block;
  /** Reached by a link carrying the exception value: the exception propagates to the caller. */
  readonly exceptblock: Block;
  /** Set by the stage that created the graph: the function descriptor. */
  func: unknown = undefined;
  constructor(
    public name: string,
    public startblock: Block,
    public loc: SourceLoc | null = null,
  ) {
    this.returnblock = new Block([new Variable("result")]);
    this.exceptblock = new Block([new Variable("exc")]);
  }

  /** All blocks reachable from the start block, in depth-first order. */
  blocks(): Block[] {
    const seen = new Set<Block>();
    const order: Block[] = [];
    const stack = [this.startblock];
    while (stack.length > 0) {
      const b = stack.pop()!;
      if (seen.has(b)) continue;
      seen.add(b);
      order.push(b);
      for (let i = b.exits.length - 1; i >= 0; i--) stack.push(b.exits[i].target);
    }
    return order;
  }

  *operations(): Iterable<[Block, SpaceOperation]> {
    for (const b of this.blocks()) for (const op of b.operations) yield [b, op];
  }
}

/** Human-readable dump, for debugging and golden tests. */
export function dumpGraph(g: FunctionGraph): string {
  const lines: string[] = [`graph ${g.name}`];
  const blocks = g.blocks();
  const label = (b: Block): string =>
    b === g.returnblock ? "return" : b === g.exceptblock ? "except" : `b${blocks.indexOf(b)}`;
  for (const b of blocks) {
    lines.push(`  ${label(b)}(${b.inputargs.join(", ")}):`);
    for (const op of b.operations) lines.push(`    ${op}`);
    const sw = b.exitswitch === CAN_RAISE ? "can_raise" : b.exitswitch ? String(b.exitswitch) : "";
    for (const l of b.exits) {
      const c = l.exitcase === null ? "" : ` [${String(l.exitcase)}]`;
      lines.push(`    -> ${label(l.target)}(${l.args.join(", ")})${c}${sw ? ` on ${sw}` : ""}`);
    }
  }
  return lines.join("\n");
}
