// The regular-expression compiler: JavaScript's pattern syntax (ES2023,
// with Annex B's lenient syntax outside the u flag) parsed by recursive
// descent straight into the machine's code (code.ts).  Errors are the
// SyntaxErrors V8 throws, with its messages.
import {
  CharClass, OP_ANY, OP_ANY_BACK, OP_ANY_NL, OP_ANY_NL_BACK, OP_BACKREF, OP_BACKREF_BACK, OP_BOL, OP_CHAR, OP_CHAR_BACK, OP_CLASS,
  OP_CLASS_BACK, OP_CLEAR, OP_EOL, OP_JMP, OP_LOOK, OP_LOOK_END, OP_MARK, OP_MATCH, OP_MBOL, OP_MEOL, OP_NWORDB, OP_PROGRESS, OP_SAVE,
  OP_SPLIT, OP_WORDB, RegexProgram,
} from "./code.ts";
import { canonicalize, unit } from "./chars.ts";

/** Code bigger than this is V8's "Regular expression too large". */
const MAX_CODE = 1048576;

/** The ranges of \d, \w and \s (JavaScript's WhiteSpace and LineTerminator). */
function escapeRanges(c: string): number[] | null {
  if (c === "d" || c === "D") return [48, 57];
  if (c === "w" || c === "W") return [48, 57, 65, 90, 95, 95, 97, 122];
  if (c === "s" || c === "S") return [9, 13, 32, 32, 0xa0, 0xa0, 0x1680, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x202f, 0x205f, 0x205f, 0x3000, 0x3000, 0xfeff, 0xfeff];
  return null;
}

/** The flags of a RegExp, checked: "dgimsuy", each at most once. */
export function checkFlags(flags: string): void {
  for (let i = 0; i < flags.length; i++) {
    const c = flags.charAt(i);
    if ("dgimsuy".indexOf(c) < 0 || flags.indexOf(c) !== i) throw new SyntaxError(`Invalid flags supplied to RegExp constructor '${flags}'`);
  }
}

export function compileRegex(source: string, flags: string): RegexProgram {
  checkFlags(flags);
  const p = new RegexParser(source, flags);
  return p.compile();
}

/** Ranges sorted and merged. */
function normalize(ranges: number[]): number[] {
  const n = ranges.length >> 1;
  const idx: number[] = [];
  for (let i = 0; i < n; i++) idx.push(i);
  idx.sort((a, b) => ranges[2 * a] - ranges[2 * b]);
  const out: number[] = [];
  for (const i of idx) {
    const lo = ranges[2 * i];
    const hi = ranges[2 * i + 1];
    if (out.length > 0 && lo <= out[out.length - 1] + 1) {
      if (hi > out[out.length - 1]) out[out.length - 1] = hi;
    } else {
      out.push(lo);
      out.push(hi);
    }
  }
  return out;
}

/** The complement of normalized ranges within 0..max. */
function complement(ranges: number[], max: number): number[] {
  const out: number[] = [];
  let next = 0;
  for (let i = 0; i < ranges.length; i += 2) {
    if (ranges[i] > next) {
      out.push(next);
      out.push(ranges[i] - 1);
    }
    next = ranges[i + 1] + 1;
  }
  if (next <= max) {
    out.push(next);
    out.push(max);
  }
  return out;
}

class RegexParser {
  private pos = 0;
  private code: number[] = [];
  private readonly classes: CharClass[] = [];
  private groupCount = 1;
  private readonly groupNames: string[] = [""];
  /** Groups and names in the whole pattern (a backreference may come before its group). */
  private totalGroups = 1;
  /** Every group's name in source order ("" for unnamed ones). */
  private allNames: string[] = [];
  private registers = 0;
  private backward = false;
  private unknownName = false;
  private readonly unicode: boolean;
  private readonly ignoreCase: boolean;
  private readonly multiline: boolean;
  private readonly dotAll: boolean;

  constructor(
    private readonly src: string,
    private readonly flags: string,
  ) {
    this.unicode = flags.indexOf("u") >= 0;
    this.ignoreCase = flags.indexOf("i") >= 0;
    this.multiline = flags.indexOf("m") >= 0;
    this.dotAll = flags.indexOf("s") >= 0;
  }

  compile(): RegexProgram {
    this.prescan();
    this.emit2(OP_SAVE, 0);
    this.disjunction();
    if (this.pos < this.src.length) this.error(this.src.charAt(this.pos) === ")" ? "Unmatched ')'" : "Unexpected character");
    if (this.unknownName) this.error("Invalid named capture referenced");
    this.emit2(OP_SAVE, 1);
    this.code.push(OP_MATCH);
    return new RegexProgram(this.code, this.classes, this.groupCount, this.registers, this.groupNames, this.ignoreCase, this.multiline, this.unicode);
  }

  private error(what: string): never {
    throw new SyntaxError(`Invalid regular expression: /${this.src}/${this.flags}: ${what}`);
  }

  /** Counts the groups and collects their names before parsing (`\2(a)(b)`, `\k<x>(?<x>a)`). */
  private prescan(): void {
    this.allNames = groupNames(this.src);
    this.totalGroups = this.allNames.length + 1;
  }

  private more(): boolean {
    return this.pos < this.src.length;
  }

  private peek(): number {
    return this.pos < this.src.length ? unit(this.src, this.pos) : -1;
  }

  private eat(c: string): boolean {
    if (this.src.charAt(this.pos) === c) {
      this.pos++;
      return true;
    }
    return false;
  }

  private emit2(op: number, a: number): void {
    this.code.push(op);
    this.code.push(a);
  }

  private emit3(op: number, a: number, b: number): void {
    this.code.push(op);
    this.code.push(a);
    this.code.push(b);
  }

  /** Cuts the code from `start` off the end (to wrap or reorder it). */
  private cut(start: number): number[] {
    const piece = this.code.slice(start);
    this.code.splice(start, this.code.length - start);
    return piece;
  }

  private append(piece: number[]): void {
    for (const x of piece) this.code.push(x);
    if (this.code.length > MAX_CODE) this.error("Regular expression too large");
  }

  // ---- disjunctions and alternatives ---------------------------------------------------
  private disjunction(): void {
    const start = this.code.length;
    this.alternative();
    if (this.src.charAt(this.pos) !== "|") return;
    const alts: number[][] = [this.cut(start)];
    while (this.eat("|")) {
      const s = this.code.length;
      this.alternative();
      alts.push(this.cut(s));
    }
    // SPLIT to each alternative in turn, each ending with a jump past the rest
    let total = 0;
    for (let i = 0; i < alts.length; i++) total += alts[i].length + (i < alts.length - 1 ? 5 : 0);
    let done = 0;
    for (let i = 0; i < alts.length; i++) {
      const a = alts[i];
      if (i < alts.length - 1) {
        this.emit3(OP_SPLIT, 3, 3 + a.length + 2);
        this.append(a);
        done += 3 + a.length + 2;
        this.emit2(OP_JMP, total - done + 2);
      } else {
        this.append(a);
      }
    }
  }

  private alternative(): void {
    const terms: number[][] = [];
    while (this.more() && this.src.charAt(this.pos) !== "|" && this.src.charAt(this.pos) !== ")") {
      const s = this.code.length;
      this.term();
      terms.push(this.cut(s));
    }
    // a lookbehind's body matches from right to left
    if (this.backward) terms.reverse();
    for (const t of terms) this.append(t);
  }

  // ---- terms: assertions, atoms and quantifiers --------------------------------------------
  private term(): void {
    const c = this.src.charAt(this.pos);
    if (c === "^") {
      this.pos++;
      this.code.push(this.multiline ? OP_MBOL : OP_BOL);
      return;
    }
    if (c === "$") {
      this.pos++;
      this.code.push(this.multiline ? OP_MEOL : OP_EOL);
      return;
    }
    if (c === "\\" && (this.src.charAt(this.pos + 1) === "b" || this.src.charAt(this.pos + 1) === "B")) {
      this.code.push(this.src.charAt(this.pos + 1) === "b" ? OP_WORDB : OP_NWORDB);
      this.pos += 2;
      return;
    }
    if (c === "(" && this.src.charAt(this.pos + 1) === "?" && (this.src.charAt(this.pos + 2) === "=" || this.src.charAt(this.pos + 2) === "!" ||
        (this.src.charAt(this.pos + 2) === "<" && (this.src.charAt(this.pos + 3) === "=" || this.src.charAt(this.pos + 3) === "!")))) {
      const behind = this.src.charAt(this.pos + 2) === "<";
      const negative = this.src.charAt(this.pos + (behind ? 3 : 2)) === "!";
      this.pos += behind ? 4 : 3;
      const start = this.code.length;
      this.lookaround(behind, negative);
      // Annex B: a lookahead may be quantified outside the u flag
      if (!behind && !this.unicode && this.isQuantifier()) this.quantifier(start, this.groupCount, this.groupCount);
      return;
    }
    const start = this.code.length;
    const groupsBefore = this.groupCount;
    this.atom();
    this.quantifier(start, groupsBefore, this.groupCount);
  }

  private lookaround(behind: boolean, negative: boolean): void {
    const at = this.code.length;
    this.emit3(OP_LOOK, (behind ? 2 : 0) + (negative ? 1 : 0), 0);
    const saved = this.backward;
    this.backward = behind;
    this.disjunction();
    this.backward = saved;
    if (!this.eat(")")) this.error("Unterminated group");
    this.code.push(OP_LOOK_END);
    this.code[at + 2] = this.code.length - at - 3;
  }

  private isQuantifier(): boolean {
    const c = this.src.charAt(this.pos);
    if (c === "*" || c === "+" || c === "?") return true;
    return c === "{" && this.braceQuantifier(false) !== null;
  }

  /** `{n}`, `{n,}`, `{n,m}` at the position: [min, max (-1: none)], consumed when `consume`; null if not one. */
  private braceQuantifier(consume: boolean): number[] | null {
    let i = this.pos + 1;
    const s = this.src;
    const digits = (): number => {
      let v = -1;
      while (i < s.length && unit(s, i) >= 48 && unit(s, i) <= 57) {
        v = 10 * (v < 0 ? 0 : v) + (unit(s, i) - 48);
        if (v > 2147483647) v = 2147483647;
        i++;
      }
      return v;
    };
    const min = digits();
    if (min < 0) return null;
    let max = min;
    if (s.charAt(i) === ",") {
      i++;
      max = digits();
    }
    if (s.charAt(i) !== "}") return null;
    if (consume) this.pos = i + 1;
    return [min, max];
  }

  private quantifier(start: number, g0: number, g1: number): void {
    const c = this.src.charAt(this.pos);
    let min = 0;
    let max = -1;
    if (c === "*") this.pos++;
    else if (c === "+") {
      min = 1;
      this.pos++;
    } else if (c === "?") {
      max = 1;
      this.pos++;
    } else if (c === "{") {
      const q = this.braceQuantifier(true);
      if (q === null) {
        if (this.unicode) this.error("Incomplete quantifier");
        return;
      }
      min = q[0];
      max = q[1];
      if (max >= 0 && max < min) this.error("numbers out of order in {} quantifier");
    } else {
      return;
    }
    const greedy = !this.eat("?");
    if (start === this.code.length) this.error("Nothing to repeat");
    const atom = this.cut(start);
    this.repeat(atom, min, max, greedy, 2 * g0, 2 * g1);
  }

  /** atom{min,max}: min copies, then optional ones (a loop when max is unbounded). */
  private repeat(atom: number[], min: number, max: number, greedy: boolean, slot0: number, slot1: number): void {
    const clear = slot1 > slot0 ? 3 : 0;
    const emitClear = (): void => {
      if (clear > 0) this.emit3(OP_CLEAR, slot0, slot1);
    };
    for (let i = 0; i < min; i++) {
      emitClear();
      this.append(atom);
    }
    if (max === min) return;
    const r = this.registers++;
    // an optional iteration: MARK, CLEAR, the atom, PROGRESS (one that matched nothing fails)
    const body = 2 + clear + atom.length + 2;
    if (max < 0) {
      // L: SPLIT body exit; body; JMP L
      const loop = 3 + body + 2;
      this.emit3(OP_SPLIT, greedy ? 3 : loop, greedy ? loop : 3);
      this.emit2(OP_MARK, r);
      emitClear();
      this.append(atom);
      this.emit2(OP_PROGRESS, r);
      this.emit2(OP_JMP, 2 - loop);
      return;
    }
    const n = max - min;
    if (n * (body + 3) > MAX_CODE) this.error("Regular expression too large");
    let exit = 0; // from the k-th SPLIT to the end (sums: a product of ints may be -0 for the annotator)
    for (let k = 0; k < n; k++) exit += 3 + body;
    for (let k = 0; k < n; k++, exit -= 3 + body) {
      this.emit3(OP_SPLIT, greedy ? 3 : exit, greedy ? exit : 3);
      this.emit2(OP_MARK, r);
      emitClear();
      this.append(atom);
      this.emit2(OP_PROGRESS, r);
    }
  }

  // ---- atoms -------------------------------------------------------------------------------
  private atom(): void {
    const c = this.src.charAt(this.pos);
    switch (c) {
      case ".":
        this.pos++;
        this.code.push(this.dotAll ? (this.backward ? OP_ANY_NL_BACK : OP_ANY_NL) : this.backward ? OP_ANY_BACK : OP_ANY);
        return;
      case "(":
        this.group();
        return;
      case "[":
        this.pos++;
        this.classAtom();
        return;
      case "\\":
        this.pos++;
        this.atomEscape();
        return;
      case "*":
      case "+":
      case "?":
        this.error("Nothing to repeat");
        return;
      case "{":
        if (this.unicode) this.error(this.braceQuantifier(false) !== null ? "Nothing to repeat" : "Lone quantifier brackets");
        if (this.braceQuantifier(false) !== null) this.error("Nothing to repeat");
        break;
      case "}":
      case "]":
        if (this.unicode) this.error("Lone quantifier brackets");
        break;
      case ")":
        this.error("Unmatched ')'");
    }
    this.char(this.sourceChar());
  }

  /** The next character of the pattern (a surrogate pair is one with the u flag). */
  private sourceChar(): number {
    const c = unit(this.src, this.pos++);
    if (this.unicode && c >= 0xd800 && c <= 0xdbff && this.pos < this.src.length) {
      const d = unit(this.src, this.pos);
      if (d >= 0xdc00 && d <= 0xdfff) {
        this.pos++;
        return 0x10000 + ((c - 0xd800) << 10) + (d - 0xdc00);
      }
    }
    return c;
  }

  private char(c: number): void {
    this.emit2(this.backward ? OP_CHAR_BACK : OP_CHAR, this.ignoreCase ? canonicalize(c, this.unicode) : c);
  }

  private classOf(ranges: number[], negated: boolean): void {
    this.classes.push(new CharClass(normalize(ranges)));
    this.emit3(this.backward ? OP_CLASS_BACK : OP_CLASS, this.classes.length - 1, negated ? 1 : 0);
  }

  private group(): void {
    this.pos++;
    if (this.eat("?")) {
      if (this.eat(":")) {
        this.disjunction();
        if (!this.eat(")")) this.error("Unterminated group");
        return;
      }
      if (this.eat("<")) {
        const name = this.groupName();
        if (this.groupNames.indexOf(name) >= 0) this.error("Duplicate capture group name");
        this.capture(name);
        return;
      }
      this.error("Invalid group");
    }
    this.capture("");
  }

  private groupName(): string {
    const end = this.src.indexOf(">", this.pos);
    const name = end < 0 ? "" : this.src.slice(this.pos, end);
    if (name === "" || !isIdentifier(name)) this.error("Invalid capture group name");
    this.pos = end + 1;
    return name;
  }

  private capture(name: string): void {
    const k = this.groupCount++;
    this.groupNames.push(name);
    // going backwards (a lookbehind), the group's end is reached first
    this.emit2(OP_SAVE, this.backward ? 2 * k + 1 : 2 * k);
    this.disjunction();
    if (!this.eat(")")) this.error("Unterminated group");
    this.emit2(OP_SAVE, this.backward ? 2 * k : 2 * k + 1);
  }

  private backref(k: number): void {
    this.emit2(this.backward ? OP_BACKREF_BACK : OP_BACKREF, k);
  }

  private atomEscape(): void {
    if (!this.more()) this.error("\\ at end of pattern");
    const c = this.src.charAt(this.pos);
    if (c >= "1" && c <= "9") {
      const save = this.pos;
      let n = 0;
      while (this.pos < this.src.length && this.peek() >= 48 && this.peek() <= 57) n = 10 * n + (unit(this.src, this.pos++) - 48);
      if (n < this.totalGroups) {
        this.backref(n);
        return;
      }
      if (this.unicode) this.error("Invalid escape");
      // Annex B: not a group number, a legacy octal escape (or the digit itself)
      this.pos = save;
      this.char(this.legacyOctal());
      return;
    }
    if (c === "k" && (this.unicode || this.allNames.some((n) => n !== ""))) {
      this.pos++;
      if (!this.eat("<")) this.error("Invalid named reference");
      const name = this.groupName();
      const k = this.allNameIndex(name);
      // (V8 checks names when the whole pattern is parsed: an error found before wins)
      if (k < 0) this.unknownName = true;
      this.backref(k < 0 ? 0 : k);
      return;
    }
    const cls = this.classEscape();
    if (cls !== null) {
      this.classOf(cls[0] === -1 ? cls.slice(1) : cls, cls[0] === -1);
      return;
    }
    this.char(this.characterEscape(false));
  }

  /** The group number of a name (group numbers count in source order), -1 for none. */
  private allNameIndex(name: string): number {
    const k = this.allNames.indexOf(name);
    return k < 0 ? -1 : k + 1;
  }

  private legacyOctal(): number {
    const c = unit(this.src, this.pos);
    if (c >= 56) {
      this.pos++;
      return c; // \8 \9: the digit
    }
    let v = 0;
    let n = 0;
    while (n < 3 && this.pos < this.src.length && this.peek() >= 48 && this.peek() <= 55 && 8 * v + (this.peek() - 48) <= 255) {
      v = (v << 3) | (unit(this.src, this.pos++) - 48);
      n++;
    }
    return v;
  }

  /** \d \D \w \W \s \S at the position: their ranges (negated ones start with -1); else null. */
  private classEscape(): number[] | null {
    const c = this.src.charAt(this.pos);
    const ranges = escapeRanges(c);
    if (ranges === null) {
      if ((c === "p" || c === "P") && this.unicode) this.error("Unicode property escapes (\\p{...}) are not supported by RTS");
      return null;
    }
    this.pos++;
    const out: number[] = [];
    if (c === "D" || c === "W" || c === "S") out.push(-1);
    for (const x of ranges) out.push(x);
    return out;
  }

  /** A character escape after `\` (inClass: `\b` is backspace, `\-` a dash with the u flag). */
  private characterEscape(inClass: boolean): number {
    const c = this.src.charAt(this.pos++);
    switch (c) {
      case "n": return 10;
      case "r": return 13;
      case "t": return 9;
      case "v": return 11;
      case "f": return 12;
      case "0":
        if (this.peek() >= 48 && this.peek() <= 57) {
          if (this.unicode) this.error("Invalid decimal escape");
          this.pos--;
          return this.legacyOctal();
        }
        return 0;
      case "c": {
        const l = this.peek();
        if ((l >= 65 && l <= 90) || (l >= 97 && l <= 122)) {
          this.pos++;
          return l & 31;
        }
        if (inClass && !this.unicode && ((l >= 48 && l <= 57) || l === 95)) {
          this.pos++;
          return l & 31;
        }
        if (this.unicode) this.error("Invalid unicode escape");
        this.pos--;
        return 92; // `\c` not followed by a letter: a backslash, then c
      }
      case "x": {
        const v = this.hex(2);
        if (v >= 0) return v;
        if (this.unicode) this.error("Invalid escape");
        return 120;
      }
      case "u": {
        if (this.unicode && this.src.charAt(this.pos) === "{") {
          const end = this.src.indexOf("}", this.pos);
          let v = 0;
          if (end <= this.pos + 1) this.error("Invalid Unicode escape");
          for (let i = this.pos + 1; i < end; i++) {
            const d = hexDigit(unit(this.src, i));
            if (d < 0) this.error("Invalid Unicode escape");
            v = (v << 4) | d;
            if (v > 0x10ffff) this.error("Invalid Unicode escape");
          }
          this.pos = end + 1;
          return v;
        }
        const v = this.hex(4);
        if (v < 0) {
          if (this.unicode) this.error("Invalid Unicode escape");
          return 117;
        }
        // a surrogate pair written as two escapes is one code point with the u flag
        if (this.unicode && v >= 0xd800 && v <= 0xdbff && this.src.startsWith("\\u", this.pos)) {
          const save = this.pos;
          this.pos += 2;
          const w = this.hex(4);
          if (w >= 0xdc00 && w <= 0xdfff) return 0x10000 + ((v - 0xd800) << 10) + (w - 0xdc00);
          this.pos = save;
        }
        return v;
      }
      case "b":
        if (inClass) return 8;
        break;
      case "-":
        if (inClass) return 45;
        break;
    }
    this.pos--;
    const ch = this.sourceChar();
    if (this.unicode && "^$\\.*+?()[]{}|/".indexOf(String.fromCharCode(ch)) < 0) this.error("Invalid escape");
    return ch;
  }

  /** n hex digits at the position (consumed), or -1 (nothing consumed). */
  private hex(n: number): number {
    let v = 0;
    for (let i = 0; i < n; i++) {
      const d = hexDigit(unit(this.src, this.pos + i));
      if (d < 0) return -1;
      v = (v << 4) | d;
    }
    this.pos += n;
    return v;
  }

  // ---- character classes ---------------------------------------------------------------------
  private classAtom(): void {
    const negated = this.eat("^");
    const ranges: number[] = [];
    for (;;) {
      if (!this.more()) this.error("Unterminated character class");
      if (this.eat("]")) break;
      const lo = this.classChar(ranges);
      if (this.src.charAt(this.pos) === "-" && this.src.charAt(this.pos + 1) !== "]" && this.pos + 1 < this.src.length) {
        this.pos++;
        const hi = this.classChar(ranges);
        if (lo < 0 || hi < 0) {
          // [\d-z]: not a range (an error with the u flag); the dash is itself
          if (this.unicode) this.error("Invalid character class");
          if (lo >= 0) ranges.push(lo, lo);
          ranges.push(45, 45);
          if (hi >= 0) ranges.push(hi, hi);
          continue;
        }
        if (hi < lo) this.error("Range out of order in character class");
        ranges.push(lo, hi);
      } else if (lo >= 0) {
        ranges.push(lo, lo);
      }
    }
    this.classOf(ranges, negated);
  }

  /** One class member: its character, or -1 for a class escape (its ranges added to `ranges`). */
  private classChar(ranges: number[]): number {
    if (this.src.charAt(this.pos) !== "\\") return this.sourceChar();
    this.pos++;
    if (!this.more()) this.error("\\ at end of pattern");
    const cls = this.classEscape();
    if (cls === null) return this.characterEscape(true);
    if (cls[0] === -1) {
      const neg = complement(normalize(cls.slice(1)), this.unicode ? 0x10ffff : 0xffff);
      for (const x of neg) ranges.push(x);
    } else {
      for (const x of cls) ranges.push(x);
    }
    return -1;
  }
}

/** The names of the pattern's capture groups in order, "" for unnamed ones (classes and escapes skipped). */
function groupNames(s: string): string[] {
  const out: string[] = [];
  let inClass = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charAt(i);
    if (c === "\\") i++;
    else if (c === "[") inClass = true;
    else if (c === "]") inClass = false;
    else if (c === "(" && !inClass) {
      if (s.charAt(i + 1) !== "?") out.push("");
      else if (s.charAt(i + 2) === "<" && s.charAt(i + 3) !== "=" && s.charAt(i + 3) !== "!") {
        const end = s.indexOf(">", i);
        out.push(end > 0 ? s.slice(i + 3, end) : "");
      }
    }
  }
  return out;
}

function hexDigit(c: number): number {
  if (c >= 48 && c <= 57) return c - 48;
  if (c >= 97 && c <= 102) return c - 87;
  if (c >= 65 && c <= 70) return c - 55;
  return -1;
}

function isIdentifier(name: string): boolean {
  for (let i = 0; i < name.length; i++) {
    const c = unit(name, i);
    const letter = (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 95 || c === 36 || c >= 128;
    if (!letter && !(i > 0 && c >= 48 && c <= 57)) return false;
  }
  return name.length > 0;
}
