// The rest of an object pattern (`const { type, ...payload } = event`): a
// new object of the other properties, per record shape (a union of shapes
// makes a union of rest shapes), also of objects used as maps; logical
// operators whose value is only tested (`if (a && m)` with a Map).
type Event =
  | { type: "coin"; cents: number }
  | { type: "select"; code: string }
  | { type: "tick" }
  | { type: "done"; restock?: Record<string, number> };

function describe({ type, ...rest }: Event): string {
  return `${type}(${Object.keys(rest).join(",")})`;
}

export function main(argv: string[]): number {
  const evs: Event[] = [{ type: "coin", cents: 5 }, { type: "select", code: "A1" }, { type: "tick" }, { type: "done", restock: { a: 1 } }, { type: "done" }];
  for (const e of evs) {
    const { type, ...payload } = e;
    console.log(type, payload, Object.keys(payload).length, JSON.stringify(payload), describe(e));
    if (e.type === "done" && e.restock) console.log("restock", Object.entries(e.restock));
  }
  const p = { x: 1, y: 2, z: 3 };
  const { x, ...yz } = p;
  yz.y = 20; // a copy
  console.log(x, yz, p);
  const d: Record<string, number> = { a: 1, b: 2, c: 3 };
  const { b, ...others } = d;
  console.log(b, others, Object.keys(others));

  const m: Map<string, number> | null = argv.length > 0 ? new Map([["a", 1]]) : null;
  const s = argv.length > 5 ? "x" : "";
  if (argv.length > 0 && m) console.log("both");
  if (s || m) console.log("either");
  while (!(s && m)) {
    console.log("loop");
    break;
  }
  console.log(s || "dflt", argv.length > 0 && m ? 1 : 2, !(0 || s));
  return 0;
}
