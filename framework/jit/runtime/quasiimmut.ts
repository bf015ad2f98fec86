// Quasi-immutable fields (rts/jit immutableFields "name?", RPython's
// quasiimmut.py): a trace folds such a field of a constant object to the
// value it had, and depends on it staying so.  Each watched object's hidden
// watcher field (rtyper.ts) holds a number here, whose list names the
// compiled traces that folded one of its quasi-immutable fields; a write of
// the field (the jit_quasi_immut_write op) takes the number off the object
// and invalidates those traces (WarmState.invalidate).  RTS code.
import type { CompiledTrace } from "./resoperation.ts";

export class QuasiImmutWatchers {
  /** By number (0 is none): the traces a watcher names, or null once it fired. */
  private readonly lists: (CompiledTrace[] | null)[] = [null];
  /** Numbers whose watcher fired, to give out again. */
  private readonly free: number[] = [];

  /** A new watcher's number. */
  add(): number {
    const n = this.free.length > 0 ? this.free.pop()! : this.lists.length;
    if (n === this.lists.length) this.lists.push([]);
    else this.lists[n] = [];
    return n;
  }

  /** Watcher n names trace t (once). */
  watch(n: number, t: CompiledTrace): void {
    const list = this.lists[n];
    if (list === null) throw new Error("internal: quasi-immutable watcher " + String(n) + " fired already");
    if (list.indexOf(t) < 0) list.push(t);
  }

  /** Watcher n fired: its traces, the number free again. */
  take(n: number): CompiledTrace[] {
    const list = n > 0 && n < this.lists.length ? this.lists[n] : null;
    if (list === null) return [];
    this.lists[n] = null;
    this.free.push(n);
    return list;
  }
}
