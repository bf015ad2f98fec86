// Record unions narrowed where TypeScript narrows an array or an element
// rather than a variable: `for (const x of xs)` after `xs.every((x) =>
// x.kind === "num")` (an inferred type predicate narrows xs itself) and
// `args[0].kind === "neg" ? args[0].operand`; the reads go to the narrowed
// shapes only (before, through every shape of the union, the ones without
// the property reading undefined — a number field became "maybe undefined"
// for the whole program).

type Const = { t: "int"; value: number } | { t: "str"; text: string };
type Node =
  | { kind: "num"; value: Const; line: number }
  | { kind: "neg"; operand: Node; line: number }
  | { kind: "list"; items: Node[]; line: number }
  | { kind: "name"; id: string; line: number };

function constText(c: Const): string {
  return c.t === "int" ? String(c.value) : JSON.stringify(c.text);
}

function show(n: Node): string {
  switch (n.kind) {
    case "num":
      return constText(n.value);
    case "neg":
      return `-${show(n.operand)}`;
    case "name":
      return n.id;
    case "list": {
      if (n.items.length > 0 && n.items.every((x) => x.kind === "num")) {
        // a constant list: every item is a number node, as TypeScript knows here
        let out = "";
        for (const x of n.items) out += (out === "" ? "" : " ") + constText(x.value) + "@" + String(x.line + 1);
        return `const[${out}]`;
      }
      return `[${n.items.map(show).join(", ")}]`;
    }
  }
}

function firstNegated(args: Node[]): string {
  if (args.length > 0 && args[0].kind === "neg") return "negates " + show(args[0].operand) + " on line " + String(args[0].line);
  return "no negation";
}

export function main(argv: string[]): number {
  const one: Node = { kind: "num", value: { t: "int", value: 1 }, line: 1 };
  const s: Node = { kind: "num", value: { t: "str", text: "a\"b" }, line: 2 };
  const x: Node = { kind: "name", id: "x", line: 3 };
  const lines: Node[] = [
    { kind: "list", items: [one, s], line: 4 },
    { kind: "list", items: [one, x], line: 5 },
    { kind: "list", items: [], line: 6 },
    { kind: "neg", operand: { kind: "list", items: [s, s, one], line: 7 }, line: 7 },
  ];
  for (const n of lines) console.log(show(n));
  console.log(firstNegated([lines[3], one]));
  console.log(firstNegated([one]));
  let total = 0;
  for (const n of lines) total += n.line * 2;
  console.log(total);
  return 0;
}
