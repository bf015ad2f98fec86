// expect: 16:22 generic class Tagged
// instanceof on a generic class whose copies extend copies of another
// generic class: the copies have no one base to test a range of.
class Box<V> {
  constructor(readonly value: V) {}
}
class Tagged<V> extends Box<V> {
  constructor(value: V, readonly tag: string) {
    super(value);
  }
}

export function main(argv: string[]): number {
  const xs: Box<string>[] = [new Box("a"), new Tagged("b", "t")];
  for (const x of xs) {
    if (x instanceof Tagged) console.log(x.tag, argv.length);
  }
  return 0;
}
