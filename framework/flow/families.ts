// Variable families (RPython's backendopt/ssa.py DataFlowFamilyBuilder):
// our graphs are SSI (every variable is defined once and passed along links
// as block arguments), so a value that merely rides through blocks (a loop
// invariant, a live value the inliner threads through a callee's copy) is
// a new variable in every block.  A family groups the one variable that
// stores a value (an operation's result, a parameter, a real merge) with
// the block arguments that only ever receive that value; a backend gives
// the whole family one storage location, and the copies on the links
// disappear.
//
// A block argument joins a family when every link into its block passes a
// member of that family or the argument itself (a loop that carries the
// value around unchanged).  Each such union adds one argument to one
// family, so a family keeps a single definition, which dominates its
// members: no member is live across a redefinition of its family.
import { Variable, type Block, type FunctionGraph } from "./model.ts";

/** Union-find over the graph's variables; find() gives a family's representative. */
export class VariableFamilies {
  private parent = new Map<Variable, Variable>();

  find(v: Variable): Variable {
    let root = v;
    for (let p = this.parent.get(root); p; p = this.parent.get(root)) root = p;
    // path compression
    for (let x = v; x !== root; ) {
      const next = this.parent.get(x)!;
      this.parent.set(x, root);
      x = next;
    }
    return root;
  }

  /** Joins b's family into a's (a's representative stays). */
  union(a: Variable, b: Variable): void {
    const ra = this.find(a);
    const rb = this.find(b);
    if (ra !== rb) this.parent.set(rb, ra);
  }
}

/**
 * The families of `g`.  `compatible(a, b)` says whether two variables may
 * share storage (a backend passes "same machine type").
 */
export function variableFamilies(g: FunctionGraph, compatible: (a: Variable, b: Variable) => boolean): VariableFamilies {
  const families = new VariableFamilies();
  // for each block argument: [argument, what each incoming link passes]
  let pending: Variable[][] = [];
  const incoming = new Map<Block, (Variable | null)[][]>();
  for (const b of g.blocks()) {
    for (const l of b.exits) {
      let slots = incoming.get(l.target);
      if (!slots) incoming.set(l.target, (slots = l.target.inputargs.map((v) => [v])));
      l.args.forEach((a, i) => slots![i].push(a instanceof Variable ? a : null));
    }
  }
  for (const [target, slots] of incoming) {
    if (target === g.startblock) continue; // parameters are definitions
    for (const slot of slots) {
      // a constant on some link: the argument is a real merge
      const vars = slot.filter((v): v is Variable => v !== null);
      if (vars.length < slot.length || !vars.slice(1).every((v) => compatible(vars[0], v))) continue;
      pending.push(vars);
    }
  }
  for (let progress = true; progress; ) {
    progress = false;
    const later: Variable[][] = [];
    for (const slot of pending) {
      const reps = new Set(slot.map((v) => families.find(v)));
      if (reps.size === 2) {
        const [a, b] = reps;
        // the source family's representative stays: it holds the definition
        if (a === families.find(slot[0])) families.union(b, a);
        else families.union(a, b);
        progress = true;
      } else if (reps.size > 2) {
        later.push(slot); // several sources now; unions elsewhere may still make them one
      }
    }
    pending = later;
  }
  return families;
}
