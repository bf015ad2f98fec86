// String.prototype.replace and replaceAll with a replacement function, one
// helper per shape of the function: replaceWith<g><I...>, where g is how many
// of the regex's groups it takes and each I one more argument after them (the
// match's index, then the input), as JavaScript passes
// (match, p1, ..., pg, offset, string).  The frontend picks the helper from
// the function's parameter count and the regex's group count.  A group that
// took no part in the match is undefined.
import { regexReplaceWith, type Regex, type RegexMatch } from "./index.ts";

function replaceEach(s: string, re: Regex, all: boolean, f: (m: RegexMatch) => string): string {
  if (all && !re.global) throw new TypeError("replaceAll must be called with a global RegExp");
  return regexReplaceWith(s, re, f);
}

export function replaceWith0(s: string, re: Regex, f: (m: string) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!));
}

export function replaceWith0I(s: string, re: Regex, f: (m: string, offset: number) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.start));
}

export function replaceWith0II(s: string, re: Regex, f: (m: string, offset: number, input: string) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.start, m.input!));
}

export function replaceWith1(s: string, re: Regex, f: (m: string, p1: string | undefined) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1]));
}

export function replaceWith1I(s: string, re: Regex, f: (m: string, p1: string | undefined, offset: number) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.start));
}

export function replaceWith1II(s: string, re: Regex, f: (m: string, p1: string | undefined, offset: number, input: string) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.start, m.input!));
}

export function replaceWith2(s: string, re: Regex, f: (m: string, p1: string | undefined, p2: string | undefined) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.items[2]));
}

export function replaceWith2I(s: string, re: Regex, f: (m: string, p1: string | undefined, p2: string | undefined, offset: number) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.items[2], m.start));
}

export function replaceWith2II(s: string, re: Regex, f: (m: string, p1: string | undefined, p2: string | undefined, offset: number, input: string) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.items[2], m.start, m.input!));
}

export function replaceWith3(s: string, re: Regex, f: (m: string, p1: string | undefined, p2: string | undefined, p3: string | undefined) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.items[2], m.items[3]));
}

export function replaceWith3I(s: string, re: Regex, f: (m: string, p1: string | undefined, p2: string | undefined, p3: string | undefined, offset: number) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.items[2], m.items[3], m.start));
}

export function replaceWith3II(s: string, re: Regex, f: (m: string, p1: string | undefined, p2: string | undefined, p3: string | undefined, offset: number, input: string) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.items[2], m.items[3], m.start, m.input!));
}

export function replaceWith4(s: string, re: Regex, f: (m: string, p1: string | undefined, p2: string | undefined, p3: string | undefined, p4: string | undefined) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.items[2], m.items[3], m.items[4]));
}

export function replaceWith4I(s: string, re: Regex, f: (m: string, p1: string | undefined, p2: string | undefined, p3: string | undefined, p4: string | undefined, offset: number) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.items[2], m.items[3], m.items[4], m.start));
}

export function replaceWith4II(s: string, re: Regex, f: (m: string, p1: string | undefined, p2: string | undefined, p3: string | undefined, p4: string | undefined, offset: number, input: string) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.items[2], m.items[3], m.items[4], m.start, m.input!));
}

export function replaceWith5(s: string, re: Regex, f: (m: string, p1: string | undefined, p2: string | undefined, p3: string | undefined, p4: string | undefined, p5: string | undefined) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.items[2], m.items[3], m.items[4], m.items[5]));
}

export function replaceWith5I(s: string, re: Regex, f: (m: string, p1: string | undefined, p2: string | undefined, p3: string | undefined, p4: string | undefined, p5: string | undefined, offset: number) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.items[2], m.items[3], m.items[4], m.items[5], m.start));
}

export function replaceWith5II(s: string, re: Regex, f: (m: string, p1: string | undefined, p2: string | undefined, p3: string | undefined, p4: string | undefined, p5: string | undefined, offset: number, input: string) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.items[2], m.items[3], m.items[4], m.items[5], m.start, m.input!));
}

export function replaceWith6(s: string, re: Regex, f: (m: string, p1: string | undefined, p2: string | undefined, p3: string | undefined, p4: string | undefined, p5: string | undefined, p6: string | undefined) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.items[2], m.items[3], m.items[4], m.items[5], m.items[6]));
}

export function replaceWith6I(s: string, re: Regex, f: (m: string, p1: string | undefined, p2: string | undefined, p3: string | undefined, p4: string | undefined, p5: string | undefined, p6: string | undefined, offset: number) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.items[2], m.items[3], m.items[4], m.items[5], m.items[6], m.start));
}

export function replaceWith6II(s: string, re: Regex, f: (m: string, p1: string | undefined, p2: string | undefined, p3: string | undefined, p4: string | undefined, p5: string | undefined, p6: string | undefined, offset: number, input: string) => string, all: boolean): string {
  return replaceEach(s, re, all, (m) => f(m.items[0]!, m.items[1], m.items[2], m.items[3], m.items[4], m.items[5], m.items[6], m.start, m.input!));
}
