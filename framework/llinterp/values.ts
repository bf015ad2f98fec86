// The llinterp's model of the translated program's heap (RPython's lltype
// objects): instances carry their class layout and fields, lists wrap a JS
// array, maps have the runtime's insertion-ordered compact dict layout, strings
// are JS strings (immutable in both worlds).
import type { ClassLayout } from "../rtyper/lltypes.ts";

export class LLInstance {
  readonly fields: Record<string, unknown> = {};
  constructor(readonly layout: ClassLayout) {}
}

/** A list: its items (the JS array's length is the list's) and the room the translated list would have. */
export class LLList {
  private room = 4;
  constructor(public items: unknown[]) {}
  /** At least the length (code that builds a list directly adds items without reserving). */
  get capacity(): number {
    return Math.max(this.room, this.items.length);
  }
  set capacity(n: number) {
    this.room = n;
  }
}

// A map's inside is rts/lltype's model of it: the helpers of rts/rlib/maps run
// on it on Node, at translation time (prebuilt maps) and in the llinterp.
export { LLMap, LLMapEntries } from "../rlib/lltype.ts";

/** An RTS exception propagating through interpreted frames. */
export class LLException extends Error {
  /** The exception object (its address, on the simulated heap). */
  constructor(readonly value: LLInstance | number) {
    super("RTS exception");
  }
}

/** A fatal error of the translated program (bounds, null, bad cast...). */
export class LLFatalError extends Error {}
