// expect: 14:22 generic class CycleError
// instanceof on a generic class that extends Error (a catch before the copy
// CycleError<string> is made: the test must not silently be false).
class CycleError<V> extends Error {
  constructor(readonly cycle: V[]) {
    super(`cycle: ${cycle.join(" -> ")}`);
  }
}

export function main(argv: string[]): number {
  try {
    if (argv.length > 0) throw new CycleError(["a", "b"]);
  } catch (e) {
    if (e instanceof CycleError) console.log(e.message);
  }
  return 0;
}
