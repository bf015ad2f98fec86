// Evaluation order: call arguments, compound assignment to array elements and fields, ++ in indices.
class Cell {
  v = 0;
}

class Tracer {
  trace: string[] = [];
  t(tag: string, v: number): number {
    this.trace.push(tag);
    return v;
  }
  flush(): string {
    const s = this.trace.join(",");
    while (this.trace.length > 0) this.trace.pop();
    return s;
  }
}

function three(a: number, b: number, c: number): number {
  return a * 100 + b * 10 + c;
}

function pickCell(tr: Tracer, cells: Cell[], i: number): Cell {
  tr.trace.push("cell" + i);
  return cells[i];
}

export function main(argv: string[]): number {
  const tr = new Tracer();
  console.log(three(tr.t("a", 1), tr.t("b", 2), tr.t("c", 3)));
  console.log(tr.flush());
  const arr: number[] = [10, 20, 30];
  arr[tr.t("idx", 1)] += tr.t("rhs", 5);
  console.log(arr.join(" ") + " " + tr.flush());
  const cells: Cell[] = [new Cell(), new Cell()];
  pickCell(tr, cells, 1).v += tr.t("val", 7);
  console.log(cells[1].v + " " + tr.flush());
  let i = 0;
  const xs: number[] = [0, 0, 0, 0];
  xs[i++] = i;
  xs[i++] = i * 10;
  console.log(xs.join(" ") + " i=" + i);
  let k = 1;
  k += k++ + ++k;
  console.log(k);
  const ys: number[] = [1, 2, 3];
  let j = 0;
  ys[j] = ys[++j] + ys[++j];
  console.log(ys.join(" ") + " j=" + j);
  console.log(tr.t("l", 2) ** tr.t("r", 3) + " " + tr.flush());
  console.log((tr.t("x", 1) < tr.t("y", 2)) + " " + tr.flush());
  console.log((tr.t("p", 0) > 0 && tr.t("q", 1) > 0) + " " + tr.flush());
  console.log((tr.t("m", 1) > 0 ? tr.t("then", 1) : tr.t("else", 2)) + " " + tr.flush());
  const s = "s" + tr.t("one", 1) + tr.t("two", 2);
  console.log(s + " " + tr.flush());
  const tpl = `${tr.t("tp1", 1)}-${tr.t("tp2", 2)}`;
  console.log(tpl + " " + tr.flush());
  const m = new Map<number, number>();
  m.set(tr.t("key", 1), tr.t("value", 2));
  console.log(m.get(1)! + " " + tr.flush());
  let c = 0;
  c = c + tr.t("first", 1);
  c += tr.t("second", 2);
  console.log(c + " " + tr.flush());
  return 0;
}
