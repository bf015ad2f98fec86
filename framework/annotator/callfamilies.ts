// Closure call families (RPython's call families of function PBCs): the
// functions one call site may reach through a function value are called
// through one code pointer, so they must share one signature (the annotator
// normalizes them).  A union-find over the functions.
import type { FunctionGraph } from "../flow/model.ts";
import type { FunctionDesc } from "../flow/descriptors.ts";

export class ClosureFamilies {
  private parent = new Map<FunctionDesc, FunctionDesc>();

  private root(d: FunctionDesc): FunctionDesc {
    let r = d;
    for (let p = this.parent.get(r); p; p = this.parent.get(r)) r = p;
    return r;
  }

  /** The functions a function value may hold become one family. */
  merge(descs: Iterable<FunctionDesc>): void {
    let root: FunctionDesc | null = null;
    for (const d of descs) {
      const r = this.root(d);
      if (root === null) root = r;
      else if (r !== root) this.parent.set(r, root);
    }
  }

  /** The families of the closures among `graphs` that have more than one member. */
  families(graphs: readonly FunctionGraph[]): FunctionDesc[][] {
    const byRoot = new Map<FunctionDesc, FunctionDesc[]>();
    for (const g of graphs) {
      const d = g.func as FunctionDesc;
      if (d.kind !== "closure") continue;
      const r = this.root(d);
      if (!byRoot.has(r)) byRoot.set(r, []);
      byRoot.get(r)!.push(d);
    }
    return [...byRoot.values()].filter((f) => f.length > 1);
  }
}
