// JSON.stringify(x, null, space): each item and property on its own line,
// indented by the gap (a number of spaces up to ten, or a string's first ten
// characters) per level, `"key": value`; empty arrays and objects stay `[]`
// and `{}`, properties whose value is skipped leave no line.

interface Item {
  id: number;
  tags: string[];
  note?: string;
  meta: { [key: string]: number | null };
}

class Box {
  constructor(readonly w: number, readonly h: number, readonly label: string | undefined) {}
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

export function main(argv: string[]): number {
  const items: Item[] = [
    { id: 1, tags: ["a", "b"], meta: { x: 1, y: null } },
    { id: 2, tags: [], note: "empty tags", meta: {} },
  ];
  console.log(JSON.stringify(items, null, 2));
  console.log(JSON.stringify(items[0], undefined, "\t"));
  console.log(JSON.stringify(items, null, 0));
  console.log(JSON.stringify(items[1], null, -3));
  console.log(JSON.stringify([new Box(1, 2, undefined), new Box(3, 4, "b")], null, 4));
  console.log(JSON.stringify(new Map([["k", 1]]), null, 2), JSON.stringify(new Set([1]), null, 2));
  console.log(JSON.stringify([[1, [2, []]], {}], null, 1));
  console.log(JSON.stringify({ deep: { er: { est: [true, false] } } }, null, "--->"));
  console.log(JSON.stringify(items[0], null, "0123456789abcdef"));
  console.log(JSON.stringify([1, 2, 3], null, 20));
  console.log(JSON.stringify("text", null, 2), JSON.stringify(5, null, 2), JSON.stringify([1.5, -0], null, 1));
  const t: [number, string, boolean?] = [1, "two"];
  console.log(JSON.stringify(t, null, 2));
  const j = JSON.parse('{"a": [1, {"b": null}], "c": "d"}') as Json;
  console.log(JSON.stringify(j, null, 3));
  const widths = [0, 1, 2, 11];
  for (const w of widths) console.log(JSON.stringify({ w, list: [w] }, null, w));
  return 0;
}
