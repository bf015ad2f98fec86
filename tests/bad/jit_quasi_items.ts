// expect: 15:1 immutableFields(): Table.rows is marked both "rows?" and "rows[*]": a quasi-immutable field's array items are not folded
// A quasi-immutable field ("rows?": it may change, and a write invalidates the traces that folded it) is not also an
// immutable array ("rows[*]": items folded, never changed): the JIT could not tell which promise holds.
import { immutableFields } from "rts/jit";
class Table {
  rows: number[] = [1, 2, 3];
}
export function main(argv: string[]): number {
  const t = new Table();
  t.rows = [argv.length];
  console.log(t.rows[0]);
  return 0;
}

immutableFields(Table, "rows?");
immutableFields(Table, "rows[*]");
