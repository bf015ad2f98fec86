// The built-in transforms, in order, on every low-level graph.
import type { TranslationContext } from "./toolchain.ts";
import { removeSameAs, skipEmptyBlocks } from "../transforms/simplify.ts";
import { exceptionTransform } from "../transforms/exceptions.ts";
import { insertStackCheck } from "../transforms/stackcheck.ts";

export function runTransforms(ctx: TranslationContext, done: (name: string) => void): void {
  const graphs = ctx.graphs;
  for (const g of graphs) {
    removeSameAs(g);
    skipEmptyBlocks(g);
  }
  done("simplify");
  for (const g of graphs) insertStackCheck(g);
  done("stackcheck");
  for (const g of graphs) exceptionTransform(g);
  done("exceptions");
}
