// Objects of classes without fields (a header and nothing else) next to
// other objects, kept alive across many collections: moving one must not
// touch its neighbour (the collector needs room for a forwarding pointer).
class Marker {
  describe(): string {
    return "marker";
  }
}
class Named extends Marker {
  constructor(readonly name: string) {
    super();
  }
  override describe(): string {
    return "named " + this.name;
  }
}

export function main(argv: string[]): number {
  const names: string[] = [];
  for (let i = 0; i < 2000; i++) names.push("n" + i);
  const kept: Marker[] = [];
  for (let i = 0; i < 2000; i++) {
    // allocated one right after the other
    const pair = [new Marker(), new Named(names[i])];
    kept.push(pair[0]);
    kept.push(pair[1]);
  }
  // churn: many short-lived objects, so the kept ones are moved
  let total = 0;
  for (let round = 0; round < 200; round++) {
    const tmp: Named[] = [];
    for (let j = 0; j < 500; j++) tmp.push(new Named("t" + j));
    total += tmp.length;
  }
  let named = 0;
  for (const m of kept) if (m.describe().startsWith("named")) named++;
  console.log(kept.length, named, total, kept[1].describe(), kept[3998].describe(), kept[3999].describe());
  return 0;
}
