// An object a traced loop allocates, then lets escape — pushed onto a list,
// stored into an object the loop did not allocate, or given to a call —
// and reads back through another pointer, which it writes through: the
// trace's own pointer must see the write.  (The metainterp's heap cache
// took an object the trace allocated to be distinct from every other
// pointer for the whole trace, and kept the field value it had stored:
// the Python interpreter's `cls(...)` lost the attributes its `__init__`
// set through the argument list, once object creation was traced.)  The
// output is the same untranslated, translated and under the JIT.
// jit-summary: loops > 0
import { JitDriver, dontLookInside } from "rts/jit";

class Item {
  tag = 0;
  next: Item | null = null;
}

class Shelf {
  items: Item[] = [];
  front: Item | null = null;
}

function lastOf(items: Item[]): Item {
  return items[items.length - 1];
}

function same(x: Item): Item {
  return x;
}
dontLookInside(same);

const driver = new JitDriver({ greens: ["k"], reds: ["i", "n", "acc", "shelf"] });

function run(n: number, shelf: Shelf): number {
  const k = 0;
  let i = 0;
  let acc = 0;
  while (i < n) {
    driver.jitMergePoint({ k, i, n, acc, shelf });
    // escapes into a list, is read back and written through the list's pointer
    const a = new Item();
    shelf.items.push(a);
    lastOf(shelf.items).tag = i;
    acc += a.tag;
    // escapes into an object the trace did not allocate
    const b = new Item();
    shelf.front = b;
    shelf.front.tag = 2 * i;
    acc += b.tag;
    // escapes through a call that gives it back
    const c = new Item();
    same(c).tag = 3;
    acc += c.tag;
    // held by an object that escapes later: both may be reached then
    const d = new Item();
    const e = new Item();
    d.next = e;
    shelf.front = d;
    shelf.front.next!.tag = 5;
    acc += e.tag;
    if (shelf.items.length > 50) shelf.items = [];
    i++;
    driver.canEnterJit({ k, i, n, acc, shelf });
  }
  return acc;
}

export function main(argv: string[]): number {
  for (const n of [3, 100, 1000]) console.log(`${n}: ${run(n + argv.length, new Shelf())}`);
  return 0;
}
