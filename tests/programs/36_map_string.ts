// Map with string keys (string and int values): keys(), values(), entries(), updates, deletion order.
function describe(m: Map<string, string>): string {
  const parts: string[] = [];
  for (const [k, v] of m) parts.push(k + "=" + v);
  return parts.join("&");
}

export function main(argv: string[]): number {
  const env = new Map<string, string>();
  env.set("HOME", "/home/ann");
  env.set("SHELL", "/bin/sh");
  env.set("LANG", "C");
  console.log(describe(env));
  console.log(env.get("SHELL")!);
  console.log(env.get("PATH") ?? "(unset)");
  console.log(env.has("LANG") + " " + env.has("lang"));
  env.set("HOME", "/root");
  env.delete("SHELL");
  env.set("SHELL", "/bin/bash");
  console.log(describe(env));
  console.log(env.size);
  const key = "LA" + "NG";
  console.log(env.get(key)!);
  env.set("", "empty key");
  console.log(env.get("")!);
  const ages = new Map<string, number>();
  const people: string[] = ["zed", "amy", "bob", "amy", "zed", "zed"];
  for (const p of people) ages.set(p, (ages.get(p) ?? 0) + 1);
  for (const [name, c] of ages) console.log(name + " x" + c);
  let ks = "";
  for (const k of ages.keys()) ks += k + ";";
  console.log(ks);
  let total = 0;
  for (const v of ages.values()) total += v;
  console.log(total);
  for (const [k, v] of ages.entries()) {
    if (v > 1) ages.set(k, v * 100);
  }
  console.log(ages.get("zed")! + " " + ages.get("amy")! + " " + ages.get("bob")!);
  // inverse mapping
  const codes = new Map<string, number>();
  const names = new Map<number, string>();
  const list: string[] = ["red", "green", "blue"];
  for (let i = 0; i < list.length; i++) {
    codes.set(list[i], i + 1);
    names.set(i + 1, list[i]);
  }
  console.log(names.get(codes.get("blue")!)!);
  console.log(codes.get(names.get(1)!)!);
  // map of string to string[]
  const groups = new Map<string, string[]>();
  const words: string[] = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"];
  for (const w of words) {
    const first = w[0];
    let g = groups.get(first);
    if (g === undefined) {
      g = [];
      groups.set(first, g);
    }
    g.push(w);
  }
  for (const [k, g] of groups) console.log(k + ": " + g.join(","));
  console.log(groups.get("a")!.length);
  // keys built dynamically
  const grid = new Map<string, number>();
  for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) grid.set(i + "," + j, i * j);
  }
  console.log(grid.get("2,2")! + grid.get("1,2")!);
  console.log(grid.has("3,0"));
  grid.delete("0,0");
  console.log(grid.size);
  return 0;
}
