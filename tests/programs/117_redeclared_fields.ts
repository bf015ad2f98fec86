// A subclass redeclaring a field of its base (an abstract field given a value, an override with a
// new initializer, a parameter property): one field per name in the chain, initialized by each class.
abstract class Base {
  abstract readonly name: string;
  count = 1;
  describe(): string { return "I am " + this.name + " " + this.count; }
}
class A extends Base {
  readonly name = "pure";
  override count = 5;
}
class B extends Base {
  constructor(readonly name: string) { super(); }
}
class C extends B {
  override readonly name: string = "sub-" + this.count;
}
export function main(argv: string[]): number {
  const xs: Base[] = [new A(), new B("heap"), new C("x")];
  for (const x of xs) console.log(x.describe(), x.name.length, x.count);
  return 0;
}
