// expect: 4:3 static
// A static class member.
class Registry {
  static count = 0;
  register(): number {
    Registry.count++;
    return Registry.count;
  }
}

export function main(argv: string[]): number {
  const r = new Registry();
  r.register();
  console.log(r.register());
  return 0;
}
