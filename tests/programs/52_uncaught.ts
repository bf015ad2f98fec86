// An uncaught custom exception ends the program: stdout so far is kept, stderr gets "MyError: boom", status 1.
class MyError extends Error {
  constructor(msg: string) {
    super(msg);
  }
}

function work(n: number): number {
  let s = 0;
  for (let i = 1; i <= n; i++) {
    s += i;
    if (i === 5) console.log("halfway " + s);
  }
  return s;
}

function explode(depth: number): void {
  if (depth === 0) throw new MyError("boom");
  try {
    explode(depth - 1);
  } finally {
    console.log("unwinding " + depth);
  }
}

export function main(argv: string[]): number {
  console.log("start");
  console.log(work(10));
  try {
    throw new MyError("caught one");
  } catch (e) {
    if (e instanceof MyError) console.log("handled " + e.message);
    else throw e;
  }
  explode(3);
  console.log("not reached");
  return 0;
}
