// The backtracking machine that runs a compiled pattern (code.ts) at one
// position of the input.  Choices (SPLIT) and the undo records of capture
// and loop registers share one explicit stack, so deep backtracking uses
// no native stack; only lookarounds nest a run (as deep as the pattern
// nests them).  A lookaround that matched keeps its captures but drops its
// choices: JavaScript never backtracks into it.
import {
  OP_ANY, OP_ANY_BACK, OP_ANY_NL, OP_ANY_NL_BACK, OP_BACKREF, OP_BACKREF_BACK, OP_BOL, OP_CHAR, OP_CHAR_BACK, OP_CLASS, OP_CLASS_BACK,
  OP_CLEAR, OP_EOL, OP_JMP, OP_LOOK, OP_LOOK_END, OP_MARK, OP_MATCH, OP_MBOL, OP_MEOL, OP_NWORDB, OP_PROGRESS, OP_SAVE, OP_SPLIT,
  OP_WORDB, isLineTerminator, isWordChar, type CharClass, type RegexProgram,
} from "./code.ts";
import { canonicalize, unit } from "./chars.ts";

const BRANCH = 0;
const UNDO_CAPTURE = 1;
const UNDO_REGISTER = 2;

export class RegexMachine {
  /** Capture slots: 2k and 2k+1 are group k's start and end, -1 when unset. */
  readonly caps: number[] = [];
  private readonly regs: number[] = [];
  /** Triples (kind, a, b); sp is its height (the array only grows). */
  private readonly stack: number[] = [];
  private sp = 0;
  private input = "";
  private n = 0;

  constructor(readonly prog: RegexProgram) {
    for (let i = 0; i < 2 * prog.groupCount; i++) this.caps.push(-1);
    for (let i = 0; i < prog.registers; i++) this.regs.push(-1);
  }

  /** Tries to match at `start` exactly; on success the captures are in `caps`. */
  matchAt(input: string, start: number): boolean {
    this.input = input;
    this.n = input.length;
    for (let i = 0; i < this.caps.length; i++) this.caps[i] = -1;
    this.sp = 0;
    return this.run(0, start) >= 0;
  }

  private push(kind: number, a: number, b: number): void {
    if (this.sp === this.stack.length) {
      this.stack.push(kind);
      this.stack.push(a);
      this.stack.push(b);
    } else {
      this.stack[this.sp] = kind;
      this.stack[this.sp + 1] = a;
      this.stack[this.sp + 2] = b;
    }
    this.sp += 3;
  }

  /** Pops the newest entry, applying it if it is an undo record: its kind. */
  private pop(): number {
    this.sp -= 3;
    const kind = this.stack[this.sp];
    if (kind === UNDO_CAPTURE) this.caps[this.stack[this.sp + 1]] = this.stack[this.sp + 2];
    else if (kind === UNDO_REGISTER) this.regs[this.stack[this.sp + 1]] = this.stack[this.sp + 2];
    return kind;
  }

  /**
   * The character at pos going forward (a code point with the u flag), and
   * its length in units * 2^21 added; with the u flag, -1 inside a surrogate
   * pair (V8's search may stop there: assertions hold there, characters never).
   */
  private next(pos: number): number {
    const c = unit(this.input, pos);
    if (this.prog.unicode && c >= 0xdc00 && c <= 0xdfff && pos > 0) {
      const h = unit(this.input, pos - 1);
      if (h >= 0xd800 && h <= 0xdbff) return -1;
    }
    if (this.prog.unicode && c >= 0xd800 && c <= 0xdbff && pos + 1 < this.n) {
      const d = unit(this.input, pos + 1);
      if (d >= 0xdc00 && d <= 0xdfff) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00) + 2 * 0x200000;
    }
    return c + 0x200000;
  }

  /** The character ending at pos (going backward), as next() packs it (-1 inside a pair). */
  private prev(pos: number): number {
    const d = unit(this.input, pos - 1);
    if (this.prog.unicode && d >= 0xd800 && d <= 0xdbff && pos < this.n) {
      const l = unit(this.input, pos);
      if (l >= 0xdc00 && l <= 0xdfff) return -1;
    }
    if (this.prog.unicode && d >= 0xdc00 && d <= 0xdfff && pos - 2 >= 0) {
      const c = unit(this.input, pos - 2);
      if (c >= 0xd800 && c <= 0xdbff) return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00) + 2 * 0x200000;
    }
    return d + 0x200000;
  }

  private sameChar(c: number, k: number): boolean {
    return c === k || (this.prog.ignoreCase && canonicalize(c, this.prog.unicode) === k);
  }

  private inClass(cls: CharClass, c: number): boolean {
    if (cls.has(c)) return true;
    if (!this.prog.ignoreCase) return false;
    // a member whose canonical form is c's: c's upper and lower case cover the letters
    const u = canonicalize(c, this.prog.unicode);
    if (cls.has(u)) return true;
    if (u >= 65 && u <= 90) return cls.has(u + 32);
    return false;
  }

  /** Group k's text equals the input at pos (going forward) or before pos (backward): the length matched, or -1. */
  private backref(k: number, pos: number, backward: boolean): number {
    // (with the u flag, V8 fails a backreference inside a surrogate pair, also an empty one)
    if (this.prog.unicode && pos > 0 && pos < this.n && isLead(unit(this.input, pos - 1)) && isTrail(unit(this.input, pos))) return -1;
    const s = this.caps[2 * k];
    const e = this.caps[2 * k + 1];
    if (s < 0 || e < 0) return 0;
    const len = e - s;
    const from = backward ? pos - len : pos;
    if (from < 0 || from + len > this.n) return -1;
    for (let i = 0; i < len; i++) {
      const a = unit(this.input, s + i);
      const b = unit(this.input, from + i);
      if (a !== b && !(this.prog.ignoreCase && canonicalize(a, false) === canonicalize(b, false))) return -1;
    }
    return len;
  }

  /** Drops the choices above `mark` and keeps the undo records (a lookaround that matched). */
  private dropChoices(mark: number): void {
    let w = mark;
    for (let r = mark; r < this.sp; r += 3) {
      if (this.stack[r] === BRANCH) continue;
      this.stack[w] = this.stack[r];
      this.stack[w + 1] = this.stack[r + 1];
      this.stack[w + 2] = this.stack[r + 2];
      w += 3;
    }
    this.sp = w;
  }

  /** Undoes everything above `mark`. */
  private unwind(mark: number): void {
    while (this.sp > mark) this.pop();
  }

  /** Runs from pc at pos to MATCH or LOOK_END: the end position, or -1 (everything above its start undone). */
  private run(startPc: number, startPos: number): number {
    const code = this.prog.code;
    const base = this.sp;
    const n = this.n;
    let pc = startPc;
    let pos = startPos;
    for (;;) {
      let ok = true;
      const op = code[pc];
      switch (op) {
        case OP_MATCH:
        case OP_LOOK_END:
          return pos;
        case OP_CHAR:
          if (pos < n) {
            const c = this.next(pos);
            if (c >= 0 && this.sameChar((c & 0x1fffff), code[pc + 1])) {
              pos += c >> 21;
              pc += 2;
              continue;
            }
          }
          ok = false;
          break;
        case OP_CHAR_BACK:
          if (pos > 0) {
            const c = this.prev(pos);
            if (c >= 0 && this.sameChar((c & 0x1fffff), code[pc + 1])) {
              pos -= c >> 21;
              pc += 2;
              continue;
            }
          }
          ok = false;
          break;
        case OP_ANY:
        case OP_ANY_NL:
          if (pos < n) {
            const c = this.next(pos);
            if (c >= 0 && (op === OP_ANY_NL || !isLineTerminator((c & 0x1fffff)))) {
              pos += c >> 21;
              pc += 1;
              continue;
            }
          }
          ok = false;
          break;
        case OP_ANY_BACK:
        case OP_ANY_NL_BACK:
          if (pos > 0) {
            const c = this.prev(pos);
            if (c >= 0 && (op === OP_ANY_NL_BACK || !isLineTerminator((c & 0x1fffff)))) {
              pos -= c >> 21;
              pc += 1;
              continue;
            }
          }
          ok = false;
          break;
        case OP_CLASS:
          if (pos < n) {
            const c = this.next(pos);
            if (c >= 0 && this.inClass(this.prog.classes[code[pc + 1]], (c & 0x1fffff)) !== (code[pc + 2] === 1)) {
              pos += c >> 21;
              pc += 3;
              continue;
            }
          }
          ok = false;
          break;
        case OP_CLASS_BACK:
          if (pos > 0) {
            const c = this.prev(pos);
            if (c >= 0 && this.inClass(this.prog.classes[code[pc + 1]], (c & 0x1fffff)) !== (code[pc + 2] === 1)) {
              pos -= c >> 21;
              pc += 3;
              continue;
            }
          }
          ok = false;
          break;
        case OP_SPLIT:
          this.push(BRANCH, pc + code[pc + 2], pos);
          pc += code[pc + 1];
          continue;
        case OP_JMP:
          pc += code[pc + 1];
          continue;
        case OP_SAVE: {
          const slot = code[pc + 1];
          this.push(UNDO_CAPTURE, slot, this.caps[slot]);
          this.caps[slot] = pos;
          pc += 2;
          continue;
        }
        case OP_CLEAR:
          for (let s = code[pc + 1]; s < code[pc + 2]; s++) {
            if (this.caps[s] < 0) continue;
            this.push(UNDO_CAPTURE, s, this.caps[s]);
            this.caps[s] = -1;
          }
          pc += 3;
          continue;
        case OP_MARK: {
          const r = code[pc + 1];
          this.push(UNDO_REGISTER, r, this.regs[r]);
          this.regs[r] = pos;
          pc += 2;
          continue;
        }
        case OP_PROGRESS:
          if (pos !== this.regs[code[pc + 1]]) {
            pc += 2;
            continue;
          }
          ok = false;
          break;
        case OP_BOL:
        case OP_MBOL:
          if (pos === 0 || (op === OP_MBOL && isLineTerminator(unit(this.input, pos - 1)))) {
            pc += 1;
            continue;
          }
          ok = false;
          break;
        case OP_EOL:
        case OP_MEOL:
          if (pos === n || (op === OP_MEOL && isLineTerminator(unit(this.input, pos)))) {
            pc += 1;
            continue;
          }
          ok = false;
          break;
        case OP_WORDB:
        case OP_NWORDB: {
          const before = pos > 0 && isWordChar(unit(this.input, pos - 1));
          const after = pos < n && isWordChar(unit(this.input, pos));
          if ((before !== after) === (op === OP_WORDB)) {
            pc += 1;
            continue;
          }
          ok = false;
          break;
        }
        case OP_BACKREF:
        case OP_BACKREF_BACK: {
          const len = this.backref(code[pc + 1], pos, op === OP_BACKREF_BACK);
          if (len >= 0) {
            if (op === OP_BACKREF) pos += len;
            else pos -= len;
            pc += 2;
            continue;
          }
          ok = false;
          break;
        }
        case OP_LOOK: {
          const kind = code[pc + 1];
          const mark = this.sp;
          const matched = this.run(pc + 3, pos) >= 0;
          if (matched === (kind === 0 || kind === 2)) {
            if (matched) this.dropChoices(mark);
            pc += 3 + code[pc + 2];
            continue;
          }
          if (matched) this.unwind(mark);
          ok = false;
          break;
        }
        default:
          throw new Error(`regex machine: bad instruction ${op}`);
      }
      if (ok) continue;
      // backtrack: undo to the newest choice above this run's start, and take it
      let resumed = false;
      while (this.sp > base) {
        if (this.pop() === BRANCH) {
          pc = this.stack[this.sp + 1];
          pos = this.stack[this.sp + 2];
          resumed = true;
          break;
        }
      }
      if (!resumed) return -1;
    }
  }
}

function isLead(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isTrail(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
