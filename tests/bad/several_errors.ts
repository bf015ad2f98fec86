// expect: 14:9 keys must be
// expect: 20:3 Error
// expect: 25:13 method
// expect: 30:12 tuple
// One run reports every error: in a callee that never returns a value, in its caller, in later functions.
class A {
  m(): number {
    return 1;
  }
}

function objectKeys(): number {
  const m = new Map<number, number>();
  m.set(1.5, 1);
  return m.size;
}

function printsError(): number {
  const n = objectKeys();
  console.log(new Error("x"));
  return n;
}

function methodValue(a: A): number {
  const f = a.m;
  return f();
}

function tupleIndex(t: [number, string], i: number): number {
  return t[i] as number;
}

export function main(argv: string[]): number {
  console.log(printsError() + methodValue(new A()) + tupleIndex([1, "a"], 0));
  return 0;
}
