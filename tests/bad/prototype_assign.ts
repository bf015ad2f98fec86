// expect: 16:3 prototype
// expect: 16:29 prototype
// Assigning through a class prototype.
class Greeter {
  greet(): string {
    return "hello";
  }
  shout(): string {
    return "HELLO";
  }
}

export function main(argv: string[]): number {
  const g = new Greeter();
  console.log(g.greet());
  Greeter.prototype.greet = Greeter.prototype.shout;
  console.log(g.greet());
  return 0;
}
