// rts/rlib/regex: JavaScript's regular expressions, written in RTS (as
// RPython has rsre): a compiler from pattern source to a backtracking
// machine's code (parse.ts, code.ts) and the machine (vm.ts), with the
// RegExp object's behaviour — exec with lastIndex for the g and y flags,
// test — and the String methods that take one (match, matchAll, replace,
// replaceAll, search, split).  Translated programs hold a RegExp as a
// Regex; a pattern known at translation time is compiled then.
import type { RegexProgram } from "./code.ts";
import { checkFlags, compileRegex } from "./parse.ts";
import { RegexMachine } from "./vm.ts";
import { unit } from "./chars.ts";

export { compileRegex };

/** A RegExp object. */
export class Regex {
  lastIndex = 0;
  readonly global: boolean;
  readonly sticky: boolean;
  readonly ignoreCase: boolean;
  readonly multiline: boolean;
  readonly unicode: boolean;
  readonly dotAll: boolean;
  readonly hasIndices: boolean;
  private readonly machine: RegexMachine;

  constructor(
    readonly source: string,
    readonly flags: string,
    readonly program: RegexProgram,
  ) {
    checkFlags(flags);
    this.global = flags.indexOf("g") >= 0;
    this.sticky = flags.indexOf("y") >= 0;
    this.ignoreCase = flags.indexOf("i") >= 0;
    this.multiline = flags.indexOf("m") >= 0;
    this.unicode = flags.indexOf("u") >= 0;
    this.dotAll = flags.indexOf("s") >= 0;
    this.hasIndices = flags.indexOf("d") >= 0;
    this.machine = new RegexMachine(program);
  }

  /**
   * The first match at or after `from` (at `from` only when sticky), or
   * null; lastIndex untouched.  The search steps one code unit at a time
   * even with the u flag, as V8 does (`/\B/u` finds a position inside a
   * surrogate pair); a match reads whole code points from where it starts.
   */
  matchFrom(s: string, from: number): RegexMatch | null {
    for (let i = from; i <= s.length; i++) {
      if (this.machine.matchAt(s, i)) return this.result(s);
      if (this.sticky) return null;
    }
    return null;
  }

  private result(s: string): RegexMatch {
    const caps = this.machine.caps;
    const items: (string | undefined)[] = [];
    for (let k = 0; k < this.program.groupCount; k++) {
      const a = caps[2 * k];
      const b = caps[2 * k + 1];
      items.push(a >= 0 && b >= 0 ? s.slice(a, b) : undefined);
    }
    const m = new RegexMatch(items, caps[0], caps[1], s);
    const names = this.program.groupNames;
    for (let k = 1; k < names.length; k++) if (names[k] !== "") m.setGroup(names[k], items[k]);
    return m;
  }

  /** RegExp.prototype.exec: from lastIndex with g or y (which it then updates), else from 0. */
  exec(s: string): RegexMatch | null {
    return regexExec(this, s);
  }

  /** RegExp.prototype.test. */
  test(s: string): boolean {
    return regexExec(this, s) !== null;
  }

  toString(): string {
    return `/${this.source}/${this.flags}`;
  }
}

/** `new RegExp(pattern, flags)` at run time (SyntaxError for a bad pattern, as on Node). */
export function newRegex(pattern: string, flags: string): Regex {
  return new Regex(pattern, flags, compileRegex(pattern, flags));
}

/**
 * What exec and match return: in JavaScript an array (the matched text and
 * the groups: `items` here; the frontend sends array uses of the value to
 * it) with index, input and groups (undefined without named groups, and
 * for match's list of all matches with the g flag).
 */
export class RegexMatch {
  groups: Map<string, string | undefined> | undefined = undefined;
  index: number | undefined;
  input: string | undefined;
  constructor(
    readonly items: (string | undefined)[],
    index: number,
    /** Where the match ends (lastIndex after it). */
    readonly end: number,
    input: string,
  ) {
    this.index = index;
    this.input = input;
  }

  /** The index of a match that exec made (never undefined). */
  get start(): number {
    return this.index!;
  }

  /** As an array's: the items joined with commas (undefined as nothing). */
  toString(): string {
    let out = "";
    for (let i = 0; i < this.items.length; i++) {
      if (i > 0) out += ",";
      out += this.items[i] ?? "";
    }
    return out;
  }

  setGroup(name: string, value: string | undefined): void {
    if (this.groups === undefined) this.groups = new Map();
    this.groups.set(name, value);
  }
}

/** The index after the character at i (a surrogate pair is one with the u flag). */
export function advance(s: string, i: number, unicode: boolean): number {
  if (unicode && i + 1 < s.length) {
    const c = unit(s, i);
    const d = unit(s, i + 1);
    if (c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff) return i + 2;
  }
  return i + 1;
}

/** RegExp.prototype.exec: from lastIndex with g or y (which it then updates), else from 0. */
export function regexExec(re: Regex, s: string): RegexMatch | null {
  const keep = re.global || re.sticky;
  const from = keep ? re.lastIndex : 0;
  if (from > s.length) {
    if (keep) re.lastIndex = 0;
    return null;
  }
  const m = re.matchFrom(s, from);
  if (keep) re.lastIndex = m === null ? 0 : m.end;
  return m;
}

/** String.prototype.search: the index of the first match from 0 (lastIndex untouched), or -1. */
export function regexSearch(s: string, re: Regex): number {
  const m = re.matchFrom(s, 0);
  return m === null ? -1 : m.start;
}

/** exec over and over from `from` (lastIndex) to the last match, an empty match stepping one character on, as the g flag's loops do. */
function execAll(s: string, re: Regex, from: number): RegexMatch[] {
  re.lastIndex = from;
  const out: RegexMatch[] = [];
  for (;;) {
    const m = regexExec(re, s);
    if (m === null) break;
    out.push(m);
    if (m.end === m.start) re.lastIndex = advance(s, re.lastIndex, re.unicode);
  }
  return out;
}

/** String.prototype.match: exec without g; with g the matched texts (an array without index or input; null for none). */
export function strMatch(s: string, re: Regex): RegexMatch | null {
  if (!re.global) return regexExec(re, s);
  const all: (string | undefined)[] = [];
  for (const m of execAll(s, re, 0)) all.push(m.items[0]);
  if (all.length === 0) return null;
  const out = new RegexMatch(all, 0, 0, s);
  out.index = undefined;
  out.input = undefined;
  return out;
}

/** String.prototype.matchAll (the g flag required): the exec results in order. */
export function strMatchAllList(s: string, re: Regex): RegexMatch[] {
  if (!re.global) throw new TypeError("String.prototype.matchAll called with a non-global RegExp argument");
  return execAll(s, new Regex(re.source, re.flags, re.program), re.lastIndex);
}

/** GetSubstitution: $$, $&, $`, $', $n, $nn, $<name> in a replacement string. */
export function substitute(m: RegexMatch, replacement: string): string {
  if (replacement.indexOf("$") < 0) return replacement;
  const s = m.input!;
  const groups = m.items.length - 1;
  let out = "";
  let i = 0;
  while (i < replacement.length) {
    const c = replacement.charAt(i);
    if (c !== "$" || i + 1 >= replacement.length) {
      out += c;
      i++;
      continue;
    }
    const d = replacement.charAt(i + 1);
    if (d === "$") {
      out += "$";
      i += 2;
    } else if (d === "&") {
      out += m.items[0]!;
      i += 2;
    } else if (d === "`") {
      out += s.slice(0, m.start);
      i += 2;
    } else if (d === "'") {
      out += s.slice(m.end);
      i += 2;
    } else if (d >= "0" && d <= "9") {
      const one = unit(d, 0) - 48;
      const e = replacement.charAt(i + 2);
      const two = e !== "" && e >= "0" && e <= "9" ? 10 * one + (unit(e, 0) - 48) : -1;
      if (two >= 1 && two <= groups) {
        out += m.items[two] ?? "";
        i += 3;
      } else if (one >= 1 && one <= groups) {
        out += m.items[one] ?? "";
        i += 2;
      } else {
        out += "$";
        i++;
      }
    } else if (d === "<" && m.groups !== undefined) {
      const end = replacement.indexOf(">", i + 2);
      if (end < 0) {
        out += "$<";
        i += 2;
      } else {
        out += m.groups.get(replacement.slice(i + 2, end)) ?? "";
        i = end + 1;
      }
    } else {
      out += "$";
      i++;
    }
  }
  return out;
}

/** The matches replace() replaces: the first (from lastIndex when sticky), or all with g. */
function replaceTargets(s: string, re: Regex): RegexMatch[] {
  if (re.global) return execAll(s, re, 0);
  const m = regexExec(re, s);
  return m === null ? [] : [m];
}

/** String.prototype.replace (and replaceAll, which requires g) with a replacement pattern. */
export function regexReplace(s: string, re: Regex, replacement: string): string {
  let out = "";
  let at = 0;
  for (const m of replaceTargets(s, re)) {
    out += s.slice(at, m.start) + substitute(m, replacement);
    at = m.end;
  }
  return out + s.slice(at);
}

/** replace with a function: it gets the match (its text, groups, index, input). */
export function regexReplaceWith(s: string, re: Regex, f: (m: RegexMatch) => string): string {
  let out = "";
  let at = 0;
  for (const m of replaceTargets(s, re)) {
    out += s.slice(at, m.start) + f(m);
    at = m.end;
  }
  return out + s.slice(at);
}

/** String.prototype.replaceAll with a RegExp: TypeError without g. */
export function regexReplaceAll(s: string, re: Regex, replacement: string): string {
  if (!re.global) throw new TypeError("replaceAll must be called with a global RegExp");
  return regexReplace(s, re, replacement);
}

/** String.prototype.split with a RegExp separator (its groups spliced in), limit items at most. */
export function regexSplit(s: string, re: Regex, limit: number): (string | undefined)[] {
  // (a group that took no part in a match is an undefined item, as in JavaScript)
  const out: (string | undefined)[] = [];
  if (limit === 0) return out;
  // V8's splitter: a search from q (the spec's sticky match at each q finds the same leftmost split points,
  // but V8's search also stops inside a surrogate pair); an empty match where the last piece ended moves on
  const splitter = re.sticky ? new Regex(re.source, re.flags.replace("y", ""), re.program) : re;
  if (s.length === 0) {
    if (splitter.matchFrom(s, 0) === null) out.push(s);
    return out;
  }
  let p = 0;
  let q = 0;
  while (q < s.length) {
    const m = splitter.matchFrom(s, q);
    if (m === null || m.start >= s.length) break;
    if (m.end === p) {
      q = advance(s, m.start, re.unicode);
      continue;
    }
    out.push(s.slice(p, m.start));
    if (out.length === limit) return out;
    for (let k = 1; k < m.items.length; k++) {
      out.push(m.items[k]);
      if (out.length === limit) return out;
    }
    p = m.end;
    q = m.end === m.start ? advance(s, m.end, re.unicode) : m.end;
  }
  out.push(s.slice(p));
  return out;
}
