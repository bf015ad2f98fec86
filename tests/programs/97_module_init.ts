// Module-level code runs once, at translation time (RPython's init time):
// loops, conditions and calls build tables that the binary starts with;
// a module-level `let` that main changes stays a variable.

const enum Op {
  Push,
  Add,
  Mul,
  Print,
}

const opNames = new Map<string, Op>();
const names = ["push", "add", "mul", "print"];
for (let i = 0; i < names.length; i++) opNames.set(names[i], i as Op);

const squares: number[] = [];
let n = 0;
while (squares.length < 6) {
  n++;
  if (n % 2 === 1) squares.push(n * n);
}

function makeTable(size: number): Int32Array {
  const t = new Int32Array(size);
  for (let i = 0; i < size; i++) t[i] = (i * 7) % size;
  return t;
}

const perm = makeTable(10);
let runs = 0;
const banner = names.map((s) => s.toUpperCase()).join("-");

function run(program: string): number {
  runs++;
  const stack: number[] = [];
  for (const word of program.split(" ")) {
    const op = opNames.get(word);
    if (op === undefined) stack.push(Number(word));
    else if (op === Op.Add) stack.push(stack.pop()! + stack.pop()!);
    else if (op === Op.Mul) stack.push(stack.pop()! * stack.pop()!);
    else if (op === Op.Print) console.log("print " + stack[stack.length - 1]);
  }
  return stack.length;
}

export function main(argv: string[]): number {
  console.log(banner);
  console.log(squares.join(",") + " after " + n);
  let p = "";
  for (const x of perm) p += x + " ";
  console.log(p);
  run("2 3 add 4 mul print");
  run("10 10 mul print");
  console.log("runs " + runs + " ops " + opNames.size);
  return 0;
}
