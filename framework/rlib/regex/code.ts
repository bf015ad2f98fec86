// The regular-expression engine's program: instructions of a backtracking
// machine (rsre's design, RPython's regex engine) in one int array, jump
// offsets relative to the instruction so a piece of code can be copied
// (counted repetition), and the character classes beside it.

export const OP_MATCH = 0;
/** CHAR c: the character c (canonicalized under the i flag). */
export const OP_CHAR = 1;
/** ANY: any character but a line terminator. */
export const OP_ANY = 2;
/** ANY_NL: any character (the s flag). */
export const OP_ANY_NL = 3;
/** CLASS k (negated): a character of class k; the second operand 1 negates it. */
export const OP_CLASS = 4;
/** SPLIT a b: go on at pc+a; if that fails, at pc+b. */
export const OP_SPLIT = 5;
/** JMP a: go on at pc+a. */
export const OP_JMP = 6;
/** SAVE n: capture slot n is the position (2k: start of group k, 2k+1: its end). */
export const OP_SAVE = 7;
/** ^ and $ without the m flag: the start or end of the input. */
export const OP_BOL = 8;
export const OP_EOL = 9;
/** ^ and $ with the m flag: also after or before a line terminator. */
export const OP_MBOL = 10;
export const OP_MEOL = 11;
export const OP_WORDB = 12;
export const OP_NWORDB = 13;
/** BACKREF k: what group k matched (nothing when it did not take part). */
export const OP_BACKREF = 14;
/** LOOK kind len: a lookaround (0 ahead, 1 negative ahead, 2 behind, 3 negative behind) whose body is the next len ints, ending in LOOK_END. */
export const OP_LOOK = 15;
export const OP_LOOK_END = 16;
/** MARK r: register r is the position (a loop iteration's start). */
export const OP_MARK = 17;
/** PROGRESS r: fail if the position is still register r's (an iteration that matched nothing ends the loop). */
export const OP_PROGRESS = 18;
/** CLEAR a b: capture slots a..b-1 are unset (the groups of a repeated atom, at each iteration). */
export const OP_CLEAR = 19;
/** The same matchers going backwards (the body of a lookbehind). */
export const OP_CHAR_BACK = 20;
export const OP_ANY_BACK = 21;
export const OP_ANY_NL_BACK = 22;
export const OP_CLASS_BACK = 23;
export const OP_BACKREF_BACK = 24;

/** How many ints each instruction takes. */
export function instructionSize(op: number): number {
  switch (op) {
    case OP_MATCH:
    case OP_ANY:
    case OP_ANY_NL:
    case OP_BOL:
    case OP_EOL:
    case OP_MBOL:
    case OP_MEOL:
    case OP_WORDB:
    case OP_NWORDB:
    case OP_LOOK_END:
    case OP_ANY_BACK:
    case OP_ANY_NL_BACK:
      return 1;
    case OP_SPLIT:
    case OP_CLASS:
    case OP_CLASS_BACK:
    case OP_LOOK:
    case OP_CLEAR:
      return 3;
    default:
      return 2;
  }
}

/** A character class: sorted, non-overlapping ranges [lo, hi] (inclusive) as pairs. */
export class CharClass {
  constructor(readonly ranges: number[]) {}

  has(c: number): boolean {
    // binary search over the pairs
    let lo = 0;
    let hi = (this.ranges.length >> 1) - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (c < this.ranges[2 * mid]) hi = mid - 1;
      else if (c > this.ranges[2 * mid + 1]) lo = mid + 1;
      else return true;
    }
    return false;
  }
}

/** A compiled pattern: its code, classes, and what the flags ask of the machine. */
export class RegexProgram {
  constructor(
    readonly code: number[],
    readonly classes: CharClass[],
    /** Capture groups, the whole match (group 0) included. */
    readonly groupCount: number,
    /** Loop registers (MARK / PROGRESS). */
    readonly registers: number,
    /** Group names, by group number ("" for unnamed groups). */
    readonly groupNames: string[],
    readonly ignoreCase: boolean,
    readonly multiline: boolean,
    /** The u flag: characters are code points (a surrogate pair is one). */
    readonly unicode: boolean,
  ) {}
}

/** A line terminator (., ^ and $ with m). */
export function isLineTerminator(c: number): boolean {
  return c === 10 || c === 13 || c === 0x2028 || c === 0x2029;
}

/** A word character of \b and \w: [A-Za-z0-9_]. */
export function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}
