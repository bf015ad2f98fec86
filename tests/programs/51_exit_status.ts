// A program whose main returns a non-zero exit status (3) after printing some output.
class Problem {
  constructor(public index: number, public message: string) {}
}

function validate(xs: number[]): Problem[] {
  const problems: Problem[] = [];
  for (let i = 0; i < xs.length; i++) {
    if (xs[i] < 0) {
      problems.push(new Problem(i, "negative value " + xs[i]));
    } else if (xs[i] > 100) {
      problems.push(new Problem(i, "value too large " + xs[i]));
    }
  }
  return problems;
}

function exitCodeFor(problems: Problem[]): number {
  if (problems.length === 0) return 0;
  if (problems.length < 3) return 2;
  return 3;
}

export function main(argv: string[]): number {
  const good: number[] = [1, 2, 3];
  console.log("good data -> status " + exitCodeFor(validate(good)));
  const data: number[] = [5, -3, 42, 250, 7, -1, 100];
  const problems = validate(data);
  for (const p of problems) console.log("index " + p.index + ": " + p.message);
  console.log(problems.length + " problems");
  const status = exitCodeFor(problems);
  if (status !== 0) {
    console.log("exiting with status " + status);
    return status;
  }
  console.log("unreachable");
  return 0;
}
