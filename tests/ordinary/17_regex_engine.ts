// A hand-written regex engine: parser to AST, compiler to a Pike VM program (one/split/jmp/match),
// a breadth-first Pike VM, and a backtracking matcher on the same AST as a cross-check.

type Node =
  | { t: "char"; c: string }
  | { t: "any" }
  | { t: "class"; ranges: Array<[string, string]>; negated: boolean }
  | { t: "seq"; items: Node[] }
  | { t: "alt"; left: Node; right: Node }
  | { t: "repeat"; node: Node; min: 0 | 1; max: 1 | typeof Infinity };

class RegexSyntaxError extends Error {}
const ESCAPES: Record<string, Array<[string, string]>> = {
  d: [["0", "9"]], w: [["a", "z"], ["A", "Z"], ["0", "9"], ["_", "_"]], s: [[" ", " "], ["\t", "\t"]],
};

function parse(pattern: string): Node {
  let pos = 0;
  const peek = () => pattern[pos];
  const parseAlt = (): Node => {
    let left = parseSeq();
    while (peek() === "|") {
      pos++;
      left = { t: "alt", left, right: parseSeq() };
    }
    return left;
  };
  const parseSeq = (): Node => {
    const items: Node[] = [];
    while (pos < pattern.length && peek() !== "|" && peek() !== ")") {
      let atom = parseAtom();
      const q = peek();
      if (q === "*" || q === "+" || q === "?") {
        pos++;
        atom = { t: "repeat", node: atom, min: q === "+" ? 1 : 0, max: q === "?" ? 1 : Infinity };
      }
      items.push(atom);
    }
    return items.length === 1 ? items[0] : { t: "seq", items };
  };
  const parseAtom = (): Node => {
    const c = pattern[pos++];
    switch (c) {
      case "(": {
        const inner = parseAlt();
        if (pattern[pos++] !== ")") throw new RegexSyntaxError(`missing ')' in /${pattern}/`);
        return inner;
      }
      case ".": return { t: "any" };
      case "[": {
        const negated = peek() === "^";
        if (negated) pos++;
        const ranges: Array<[string, string]> = [];
        while (pos < pattern.length && peek() !== "]") {
          const lo = pattern[pos++];
          if (peek() === "-" && pattern[pos + 1] !== "]") {
            ranges.push([lo, pattern[pos + 1]]);
            pos += 2;
          } else ranges.push([lo, lo]);
        }
        if (pattern[pos++] !== "]") throw new RegexSyntaxError(`unterminated class in /${pattern}/`);
        return { t: "class", ranges, negated };
      }
      case "*": case "+": case "?":
        throw new RegexSyntaxError(`nothing to repeat at ${pos - 1} in /${pattern}/`);
      case "\\": {
        const e = pattern[pos++];
        return ESCAPES[e] ? { t: "class", ranges: ESCAPES[e], negated: false } : { t: "char", c: e };
      }
      default: return { t: "char", c };
    }
  };
  const ast = parseAlt();
  if (pos < pattern.length) throw new RegexSyntaxError(`unexpected ')' at ${pos} in /${pattern}/`);
  return ast;
}

const matchesOne = (node: Node, ch: string | undefined): boolean => {
  if (ch === undefined) return false;
  if (node.t === "any") return true;
  if (node.t === "char") return node.c === ch;
  if (node.t === "class") return node.ranges.some(([lo, hi]) => ch >= lo && ch <= hi) !== node.negated;
  return false;
};

type Inst =
  | { op: "one"; node: Node } | { op: "split"; x: number; y: number }
  | { op: "jmp"; to: number } | { op: "match" };

function compile(ast: Node): Inst[] {
  const prog: Inst[] = [];
  const emit = (n: Node): void => {
    switch (n.t) {
      case "char": case "any": case "class": prog.push({ op: "one", node: n }); break;
      case "seq": n.items.forEach(emit); break;
      case "alt": {
        const split = prog.push({ op: "split", x: prog.length + 1, y: -1 }) - 1;
        emit(n.left);
        const jmp = prog.push({ op: "jmp", to: -1 }) - 1;
        (prog[split] as { y: number }).y = prog.length;
        emit(n.right);
        (prog[jmp] as { to: number }).to = prog.length;
        break;
      }
      case "repeat": {
        if (n.min === 1) emit(n.node);
        if (n.max === 1) {
          const split = prog.push({ op: "split", x: prog.length + 1, y: -1 }) - 1;
          emit(n.node);
          (prog[split] as { y: number }).y = prog.length;
        } else {
          const start = prog.push({ op: "split", x: prog.length + 1, y: -1 }) - 1;
          emit(n.node);
          prog.push({ op: "jmp", to: start });
          (prog[start] as { y: number }).y = prog.length;
        }
      }
    }
  };
  emit(ast);
  prog.push({ op: "match" });
  return prog;
}

// Pike VM: advances a set of threads in lock-step over the input; anchored full match.
function pikeMatch(prog: Inst[], input: string): { matched: boolean; maxThreads: number } {
  let current = new Set<number>();
  let maxThreads = 0;
  const addThread = (set: Set<number>, pc: number): void => {
    if (set.has(pc)) return;
    set.add(pc);
    const inst = prog[pc];
    if (inst.op === "jmp") addThread(set, inst.to);
    else if (inst.op === "split") { addThread(set, inst.x); addThread(set, inst.y); }
  };
  addThread(current, 0);
  for (let i = 0; i <= input.length; i++) {
    maxThreads = Math.max(maxThreads, current.size);
    const next = new Set<number>();
    for (const pc of current) {
      const inst = prog[pc];
      if (inst.op === "match" && i === input.length) return { matched: true, maxThreads };
      if (inst.op === "one" && matchesOne(inst.node, input[i])) addThread(next, pc + 1);
    }
    current = next;
  }
  return { matched: false, maxThreads };
}

// Backtracking matcher with continuations; anchored full match.
function backtrack(node: Node, input: string, i: number, k: (j: number) => boolean): boolean {
  switch (node.t) {
    case "char": case "any": case "class": return matchesOne(node, input[i]) && k(i + 1);
    case "seq": {
      const go = (idx: number, j: number): boolean =>
        idx === node.items.length ? k(j) : backtrack(node.items[idx], input, j, (m) => go(idx + 1, m));
      return go(0, i);
    }
    case "alt": return backtrack(node.left, input, i, k) || backtrack(node.right, input, i, k);
    case "repeat": {
      const star = (j: number, count: number): boolean =>
        (count < node.max && backtrack(node.node, input, j, (m) => m !== j && star(m, count + 1))) || (count >= node.min && k(j));
      return star(i, 0);
    }
  }
}

export function main(argv: string[]): number {
  const cases: Array<[string, string[]]> = [
    ["a(b|c)*d", ["ad", "abd", "abcbcd", "abx", "d"]],
    ["colou?r", ["color", "colour", "colouur"]],
    ["[a-z]+@[a-z]+\\.(com|org)", ["joe@example.com", "ann@site.org", "bad@site.net", "@x.com"]],
    ["\\d\\d?:\\d\\d", ["9:30", "12:45", "123:00", "7:5"]],
    ["[^aeiou ]+", ["rhythm", "crypt", "vowel"]],
    ["(a|ab)(c|bcd)(d*)", ["abcd", "abcdd", "acd"]],
    ["(x+x+)+y", ["xxxxxxxxxxxxxxxxy", "xxxxxxxxxxxxxxxxxx"]],
  ];
  let disagreements = 0;
  for (const [pattern, inputs] of cases) {
    const ast = parse(pattern);
    const prog = compile(ast);
    const results = inputs.map((s) => {
      const { matched, maxThreads } = pikeMatch(prog, s);
      const bt = backtrack(ast, s, 0, (j) => j === s.length);
      const jsRe = new RegExp(`^(?:${pattern})$`).test(s);
      if (matched !== bt || matched !== jsRe) disagreements++;
      return `${s}:${matched ? "yes" : "no"}(${maxThreads})`;
    });
    console.log(`/${pattern}/ [${prog.length} insts] ${results.join(" ")}`);
  }
  console.log(`disagreements with backtracker / built-in RegExp: ${disagreements}`);
  for (const bad of ["a(b", "*a", "[abc", "a)b"]) {
    try {
      parse(bad);
    } catch (e) {
      if (e instanceof RegexSyntaxError) console.log(`syntax error: ${e.message}`);
    }
  }
  return 0;
}
