// A small Forth interpreter: data stack, return-less threaded words, user definitions,
// IF/ELSE/THEN, DO/LOOP, BEGIN/UNTIL, variables.

class ForthError extends Error {}

type Instr =
  | { op: "push"; value: number }
  | { op: "call"; name: string }
  | { op: "jz" | "jmp" | "loop"; target: number }
  | { op: "do" }
  | { op: "print"; text: string };

type Primitive = (vm: Forth) => void;

class Forth {
  readonly stack: number[] = [];
  readonly loopStack: Array<{ index: number; limit: number }> = [];
  private readonly primitives = new Map<string, Primitive>();
  private readonly words = new Map<string, Instr[]>();
  private readonly memory: number[] = [];
  private readonly variables = new Map<string, number>();
  output = "";

  constructor() {
    const binary = (f: (a: number, b: number) => number): Primitive => (vm) => {
      const b = vm.pop(), a = vm.pop();
      vm.push(f(a, b));
    };
    const defs: Array<[string, Primitive]> = [
      ["+", binary((a, b) => a + b)], ["-", binary((a, b) => a - b)], ["*", binary((a, b) => a * b)],
      ["/", binary((a, b) => {
        if (b === 0) throw new ForthError("division by zero");
        return Math.trunc(a / b);
      })],
      ["mod", binary((a, b) => a % b)], ["and", binary((a, b) => a & b)], ["or", binary((a, b) => a | b)],
      ["=", binary((a, b) => (a === b ? -1 : 0))],
      ["<", binary((a, b) => (a < b ? -1 : 0))], [">", binary((a, b) => (a > b ? -1 : 0))],
      ["dup", (vm) => { const a = vm.pop(); vm.push(a, a); }],
      ["drop", (vm) => { vm.pop(); }],
      ["swap", (vm) => { const b = vm.pop(), a = vm.pop(); vm.push(b, a); }],
      ["over", (vm) => { const b = vm.pop(), a = vm.pop(); vm.push(a, b, a); }],
      ["rot", (vm) => { const c = vm.pop(), b = vm.pop(), a = vm.pop(); vm.push(b, c, a); }],
      [".", (vm) => { vm.output += `${vm.pop()} `; }],
      ["emit", (vm) => { vm.output += String.fromCharCode(vm.pop()); }],
      ["cr", (vm) => { vm.flush(); }],
      ["i", (vm) => { vm.push(vm.currentLoop().index); }],
      ["@", (vm) => { vm.push(vm.memory[vm.pop()] ?? 0); }],
      ["!", (vm) => { const addr = vm.pop(); vm.memory[addr] = vm.pop(); }],
      [".s", (vm) => { vm.output += `<${vm.stack.length}> ${vm.stack.join(" ")} `; }],
    ];
    for (const [name, fn] of defs) this.primitives.set(name, fn);
  }

  push(...values: number[]): void { this.stack.push(...values); }
  pop(): number {
    const v = this.stack.pop();
    if (v === undefined) throw new ForthError("stack underflow");
    return v;
  }

  currentLoop() {
    const top = this.loopStack[this.loopStack.length - 1];
    if (!top) throw new ForthError("'i' outside of loop");
    return top;
  }

  flush(): void {
    console.log(this.output.trimEnd());
    this.output = "";
  }

  private compile(tokens: string[]): Instr[] {
    const code: Instr[] = [];
    const control: Array<{ kind: string; at: number }> = [];
    const close = (kind: string, word: string): number => {
      const rec = control.pop();
      if (rec?.kind !== kind) throw new ForthError(`${word} without ${kind.toUpperCase()}`);
      return rec.at;
    };
    for (let k = 0; k < tokens.length; k++) {
      const tok = tokens[k];
      const lower = tok.toLowerCase();
      if (/^-?\d+$/.test(tok)) {
        code.push({ op: "push", value: parseInt(tok, 10) });
      } else if (lower === "if") {
        control.push({ kind: "if", at: code.length });
        code.push({ op: "jz", target: -1 });
      } else if (lower === "else") {
        const at = close("if", "ELSE");
        control.push({ kind: "if", at: code.length });
        code.push({ op: "jmp", target: -1 });
        (code[at] as { target: number }).target = code.length;
      } else if (lower === "then") {
        (code[close("if", "THEN")] as { target: number }).target = code.length;
      } else if (lower === "do") {
        code.push({ op: "do" });
        control.push({ kind: "do", at: code.length });
      } else if (lower === "loop") {
        code.push({ op: "loop", target: close("do", "LOOP") });
      } else if (lower === "begin") {
        control.push({ kind: "begin", at: code.length });
      } else if (lower === "until") {
        code.push({ op: "jz", target: close("begin", "UNTIL") });
      } else if (tok === '."') {
        const parts: string[] = [];
        while (++k < tokens.length && !tokens[k].endsWith('"')) parts.push(tokens[k]);
        parts.push((tokens[k] ?? '"').slice(0, -1));
        code.push({ op: "print", text: parts.join(" ") });
      } else {
        code.push({ op: "call", name: lower });
      }
    }
    if (control.length > 0) throw new ForthError(`unterminated ${control[0].kind}`);
    return code;
  }

  private execute(code: Instr[]): void {
    let pc = 0;
    while (pc < code.length) {
      const ins = code[pc++];
      switch (ins.op) {
        case "push": this.push(ins.value); break;
        case "print": this.output += ins.text; break;
        case "jz": if (this.pop() === 0) pc = ins.target; break;
        case "jmp": pc = ins.target; break;
        case "do": {
          const index = this.pop();
          this.loopStack.push({ index, limit: this.pop() });
          break;
        }
        case "loop": {
          const top = this.currentLoop();
          top.index++;
          if (top.index < top.limit) pc = ins.target;
          else this.loopStack.pop();
          break;
        }
        case "call": this.callWord(ins.name); break;
      }
    }
  }

  private callWord(name: string): void {
    const user = this.words.get(name);
    if (user) return this.execute(user);
    const prim = this.primitives.get(name);
    if (prim) return prim(this);
    const addr = this.variables.get(name);
    if (addr !== undefined) return this.push(addr);
    throw new ForthError(`unknown word '${name}'`);
  }

  run(source: string): void {
    const tokens = source.split(/\s+/).filter((t) => t.length > 0);
    let i = 0;
    while (i < tokens.length) {
      const tok = tokens[i].toLowerCase();
      if (tok === ":") {
        const end = tokens.indexOf(";", i);
        if (end < 0) throw new ForthError("missing ';'");
        const [name, ...body] = tokens.slice(i + 1, end);
        this.words.set(name.toLowerCase(), this.compile(body));
        i = end + 1;
      } else if (tok === "variable") {
        this.variables.set(tokens[i + 1].toLowerCase(), this.memory.length);
        this.memory.push(0);
        i += 2;
      } else {
        let j = i;
        while (j < tokens.length && tokens[j] !== ":" && tokens[j].toLowerCase() !== "variable") j++;
        this.execute(this.compile(tokens.slice(i, j)));
        i = j;
      }
    }
  }
}

export function main(argv: string[]): number {
  const programs = [
    "2 3 + 4 * . cr", ": square dup * ; : cube dup square * ; 5 square . 3 cube . cr",
    ": fact dup 1 > if dup 1 - fact * else drop 1 then ; 10 fact . cr",
    ": countdown begin dup . 1 - dup 0 = until drop ; 5 countdown cr",
    "10 0 do i i * . loop cr",
    ': fizz 16 1 do i 15 mod 0 = if ." FizzBuzz " else i 3 mod 0 = if ." Fizz " else i 5 mod 0 = if ." Buzz " else i . then then then loop ; fizz cr',
    "variable total 0 total ! : addup 101 1 do i total @ + total ! loop ; addup total @ . cr",
    ": fib 0 1 rot 0 do over . swap over + loop drop drop ; 12 fib cr", "72 emit 105 emit 33 emit cr",
    "1 2 3 rot .s cr", "1 0 / . cr", "drop cr", "1 2 frobnicate cr", "1 if 2 loop", ": bad 1 2 do ;",
  ];
  for (const src of programs) {
    const vm = new Forth();
    try {
      vm.run(src);
    } catch (e) {
      if (!(e instanceof ForthError)) throw e;
      vm.output += `error: ${e.message}`;
      vm.flush();
    }
  }
  return 0;
}
