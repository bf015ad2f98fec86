// Shapes (hidden classes, PyPy's "maps"): instances that got the same fields
// in the same order share a Shape, which maps a field's symbol id to its index
// in the instance's field array.  Adding a field moves an instance along a
// transition to the next shape.  Shapes never change once made, so a lookup
// is a pure function of (shape, symbol): the bytecode caches it per
// instruction, and the JIT can promote the shape and fold the lookup.

export class Shape {
  private readonly transitions = new Map<number, Shape>();

  private constructor(
    private readonly slots: Map<number, number>,
    readonly size: number,
  ) {}

  static root(): Shape {
    return new Shape(new Map<number, number>(), 0);
  }

  /** The field index of symbol `sym`, or -1. */
  lookup(sym: number): number {
    return this.slots.get(sym) ?? -1;
  }

  /** The shape after adding field `sym` (which this shape lacks). */
  withField(sym: number): Shape {
    const known = this.transitions.get(sym);
    if (known) return known;
    const slots = new Map<number, number>();
    for (const [k, v] of this.slots) slots.set(k, v);
    slots.set(sym, this.size);
    const next = new Shape(slots, this.size + 1);
    this.transitions.set(sym, next);
    return next;
  }
}
