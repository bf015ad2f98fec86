// The Lox conformance suite's expectation format, and a checker that runs a
// test file through any Lox implementation (bin/lox, `rts run`, or clox).
//
// Expectations are comments in the .lox file:
//   // expect: TEXT                  the next line of stdout is TEXT
//   // expect runtime error: MSG     stderr starts with MSG, then "[line N]" for
//                                    this comment's line; exit status 70
//   // trace: [line N] in f()        (after a runtime error) the stack trace
//                                    lines that follow MSG, all of them, in order
//   // Error at 'x': MSG             compile error "[line N] Error at 'x': MSG"
//   // Error at end: MSG, // Error: MSG   (the same, for end of input / scanner errors)
//   // [line N] Error...             a compile error reported for line N
// Compile errors mean exit status 65 and empty stdout.  Without any error
// expectation the run must exit 0 with empty stderr.
import * as fs from "node:fs";

export interface LoxExpectation {
  stdout: string[];
  compileErrors: string[];
  runtimeError: string | null;
  runtimeLine: number;
  trace: string[];
  status: number;
}

const EXPECT = /\/\/ expect: ?(.*)$/;
const RUNTIME = /\/\/ expect runtime error: (.+)$/;
const TRACE = /\/\/ trace: (.+)$/;
const ERROR_AT_LINE = /\/\/ \[line (\d+)\] (Error.*)$/;
const ERROR = /\/\/ (Error.*)$/;

export function parseExpectations(source: string): LoxExpectation {
  const e: LoxExpectation = { stdout: [], compileErrors: [], runtimeError: null, runtimeLine: 0, trace: [], status: 0 };
  source.split("\n").forEach((text, i) => {
    const line = i + 1;
    let m: RegExpMatchArray | null;
    if ((m = text.match(EXPECT))) e.stdout.push(m[1]);
    else if ((m = text.match(RUNTIME))) {
      e.runtimeError = m[1];
      e.runtimeLine = line;
    } else if ((m = text.match(TRACE))) e.trace.push(m[1]);
    else if ((m = text.match(ERROR_AT_LINE))) e.compileErrors.push(`[line ${m[1]}] ${m[2]}`);
    else if ((m = text.match(ERROR))) e.compileErrors.push(`[line ${line}] ${m[1]}`);
  });
  if (e.compileErrors.length > 0) e.status = 65;
  else if (e.runtimeError !== null) e.status = 70;
  return e;
}

export interface LoxOutcome {
  status: number;
  stdout: string;
  stderr: string;
}

/** The differences between what a run did and what the file expects (empty: pass). */
export function checkOutcome(e: LoxExpectation, r: LoxOutcome): string[] {
  const problems: string[] = [];
  const out = r.stdout === "" ? [] : r.stdout.replace(/\n$/, "").split("\n");
  const err = r.stderr === "" ? [] : r.stderr.replace(/\n$/, "").split("\n");
  if (r.status !== e.status) problems.push(`exit status ${r.status}, expected ${e.status}`);
  const want = e.compileErrors.length > 0 ? [] : e.stdout;
  if (out.join("\n") !== want.join("\n")) problems.push(`stdout:\n${indent(out)}\nexpected:\n${indent(want)}`);
  if (e.compileErrors.length > 0) {
    if (err.join("\n") !== e.compileErrors.join("\n")) problems.push(`stderr:\n${indent(err)}\nexpected:\n${indent(e.compileErrors)}`);
  } else if (e.runtimeError !== null) {
    const head = [e.runtimeError, `[line ${e.runtimeLine}]`];
    const ok = err[0] === head[0] && (err[1] ?? "").startsWith(head[1] + " ") && (e.trace.length === 0 || err.slice(1).join("\n") === e.trace.join("\n"));
    if (!ok) problems.push(`stderr:\n${indent(err)}\nexpected:\n${indent(e.trace.length > 0 ? [e.runtimeError, ...e.trace] : head)}`);
  } else if (err.length > 0) {
    problems.push(`unexpected stderr:\n${indent(err)}`);
  }
  return problems;
}

function indent(lines: string[]): string {
  return lines.map((l) => "    | " + l).join("\n");
}

/** All .lox files under dir, sorted. */
export function loxTests(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of fs.readdirSync(d).sort()) {
      const p = `${d}/${name}`;
      if (fs.statSync(p).isDirectory()) walk(p);
      else if (name.endsWith(".lox")) out.push(p);
    }
  };
  walk(dir);
  return out;
}
