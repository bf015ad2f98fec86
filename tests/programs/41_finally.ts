// finally blocks on normal exit, return, break, continue and exception paths; nested try.
class Oops extends Error {
  constructor(msg: string) {
    super(msg);
  }
}

function withReturn(log: string[], x: number): number {
  try {
    if (x > 0) return x * 2;
    log.push("no early return");
  } finally {
    log.push("finally " + x);
  }
  return -1;
}

function throwing(log: string[], flag: boolean): string {
  try {
    if (flag) throw new Oops("thrown");
    return "normal";
  } catch (e) {
    if (e instanceof Oops) return "caught " + e.message;
    throw e;
  } finally {
    log.push("cleanup " + flag);
  }
}

function propagate(log: string[]): void {
  try {
    throw new Oops("escapes");
  } finally {
    log.push("finally before propagation");
  }
}

function nested(): string {
  let s = "";
  try {
    try {
      s += "a";
      throw new Oops("inner");
    } finally {
      s += "b";
    }
  } catch (e) {
    s += "c";
  } finally {
    s += "d";
  }
  return s;
}

function finallyOverrides(log: string[]): number {
  let v = 1;
  try {
    v = 2;
    return v;
  } finally {
    v = 3;
    log.push("v set to " + v);
  }
}

export function main(argv: string[]): number {
  const log: string[] = [];
  console.log(withReturn(log, 5));
  console.log(withReturn(log, -5));
  console.log(log.join(" | "));
  while (log.length > 0) log.pop();
  console.log(throwing(log, false));
  console.log(throwing(log, true));
  try {
    propagate(log);
  } catch (e) {
    console.log("main caught " + (e as Error).message);
  }
  console.log(log.join(" | "));
  console.log(nested());
  console.log(finallyOverrides(log));
  let trace = "";
  for (let i = 0; i < 5; i++) {
    try {
      if (i === 1) continue;
      if (i === 3) break;
      trace += "body" + i + " ";
    } finally {
      trace += "fin" + i + " ";
    }
  }
  console.log(trace);
  let t2 = "";
  outer: for (let i = 0; i < 3; i++) {
    for (let j = 0; j < 3; j++) {
      try {
        if (j === 1) continue outer;
        t2 += i + "" + j + " ";
      } finally {
        t2 += "f ";
      }
    }
  }
  console.log(t2);
  let count = 0;
  for (let i = 0; i < 100; i++) {
    try {
      try {
        if (i % 10 === 0) throw new Oops("x");
      } finally {
        count++;
      }
    } catch (e) {
      count += 1000;
    }
  }
  console.log(count);
  return 0;
}
