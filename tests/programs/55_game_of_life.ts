// Integration: Conway's game of life on a wrapping Uint8Array grid; a glider and a blinker.
class Life {
  cells: Uint8Array;
  next: Uint8Array;
  generation = 0;
  constructor(public w: number, public h: number) {
    this.cells = new Uint8Array(w * h);
    this.next = new Uint8Array(w * h);
  }
  set(x: number, y: number): void {
    this.cells[y * this.w + x] = 1;
  }
  alive(x: number, y: number): number {
    const xx = (x + this.w) % this.w;
    const yy = (y + this.h) % this.h;
    return this.cells[yy * this.w + xx];
  }
  step(): void {
    for (let y = 0; y < this.h; y++) {
      for (let x = 0; x < this.w; x++) {
        let n = 0;
        for (let dy = -1; dy <= 1; dy++) {
          for (let dx = -1; dx <= 1; dx++) {
            if (dx !== 0 || dy !== 0) n += this.alive(x + dx, y + dy);
          }
        }
        const cur = this.cells[y * this.w + x];
        this.next[y * this.w + x] = n === 3 || (n === 2 && cur === 1) ? 1 : 0;
      }
    }
    const t = this.cells;
    this.cells = this.next;
    this.next = t;
    this.generation++;
  }
  population(): number {
    let p = 0;
    for (let i = 0; i < this.cells.length; i++) p += this.cells[i];
    return p;
  }
  render(): string {
    const rows: string[] = [];
    for (let y = 0; y < this.h; y++) {
      let r = "";
      for (let x = 0; x < this.w; x++) r += this.cells[y * this.w + x] === 1 ? "#" : ".";
      rows.push(r);
    }
    return rows.join("\n");
  }
}

export function main(argv: string[]): number {
  const g = new Life(8, 6);
  g.set(1, 0);
  g.set(2, 1);
  g.set(0, 2);
  g.set(1, 2);
  g.set(2, 2);
  g.set(6, 3);
  g.set(6, 4);
  g.set(6, 5);
  console.log(g.render());
  for (let i = 0; i < 4; i++) {
    g.step();
    console.log("gen " + g.generation + " pop " + g.population());
    console.log(g.render());
  }
  const big = new Life(64, 64);
  let x = 99;
  for (let i = 0; i < 1200; i++) {
    x = (x * 16807) % 2147483647;
    big.set(x % 64, (x >> 6) % 64);
  }
  let pops = "";
  for (let i = 0; i < 60; i++) {
    big.step();
    if (i % 10 === 9) pops += big.population() + " ";
  }
  console.log(pops);
  return 0;
}
