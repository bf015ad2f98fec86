// Conway's Game of Life on an unbounded grid: live cells in a Set of "x,y" keys,
// neighbour counts in a Map, pattern parsing/rendering, period and glider-speed detection.

type Cell = readonly [x: number, y: number];

const key = (x: number, y: number): string => `${x},${y}`;
const parseKey = (k: string): Cell => {
  const [x, y] = k.split(",").map(Number);
  return [x, y];
};

interface Rule {
  birth: ReadonlySet<number>;
  survive: ReadonlySet<number>;
}

function parseRule(rule: string): Rule {
  const m = /^B(\d*)\/S(\d*)$/.exec(rule);
  if (!m) throw new Error(`bad rule ${rule}`);
  const digits = (s: string) => new Set([...s].map(Number));
  return { birth: digits(m[1]), survive: digits(m[2]) };
}

class Life {
  private cells: Set<string>;
  generation = 0;

  constructor(cells: Iterable<string>, private readonly rule: Rule = parseRule("B3/S23")) {
    this.cells = new Set(cells);
  }

  static fromPicture(picture: string, rule?: Rule): Life {
    const live: string[] = [];
    picture
      .trim()
      .split("\n")
      .forEach((line, y) => [...line.trim()].forEach((ch, x) => ch === "#" && live.push(key(x, y))));
    return new Life(live, rule);
  }

  get population(): number {
    return this.cells.size;
  }

  step(): this {
    const counts = new Map<string, number>();
    for (const k of this.cells) {
      const [x, y] = parseKey(k);
      for (let dx = -1; dx <= 1; dx++) {
        for (let dy = -1; dy <= 1; dy++) {
          if (dx === 0 && dy === 0) continue;
          const nk = key(x + dx, y + dy);
          counts.set(nk, (counts.get(nk) ?? 0) + 1);
        }
      }
    }
    const next = new Set<string>();
    for (const [k, n] of counts) {
      const alive = this.cells.has(k);
      if ((alive && this.rule.survive.has(n)) || (!alive && this.rule.birth.has(n))) next.add(k);
    }
    this.cells = next;
    this.generation++;
    return this;
  }

  bounds(): { minX: number; minY: number; maxX: number; maxY: number } | null {
    if (this.cells.size === 0) return null;
    const pts = [...this.cells].map(parseKey);
    const xs = pts.map(([x]) => x);
    const ys = pts.map(([, y]) => y);
    return { minX: Math.min(...xs), minY: Math.min(...ys), maxX: Math.max(...xs), maxY: Math.max(...ys) };
  }

  // Shape signature independent of position, used to detect periods and spaceships.
  normalized(): { shape: string; origin: Cell } {
    const b = this.bounds();
    if (!b) return { shape: "", origin: [0, 0] };
    const shape = [...this.cells]
      .map(parseKey)
      .map(([x, y]) => key(x - b.minX, y - b.minY))
      .sort()
      .join(" ");
    return { shape, origin: [b.minX, b.minY] };
  }

  render(): string {
    const b = this.bounds();
    if (!b) return "(empty)";
    const rows: string[] = [];
    for (let y = b.minY; y <= b.maxY; y++) {
      let row = "";
      for (let x = b.minX; x <= b.maxX; x++) row += this.cells.has(key(x, y)) ? "#" : ".";
      rows.push(row);
    }
    return rows.join("\n");
  }
}

function findPeriod(life: Life, maxGenerations: number): { period: number; dx: number; dy: number } | null {
  const seen = new Map<string, { gen: number; origin: Cell }>();
  for (let i = 0; i <= maxGenerations; i++) {
    const { shape, origin } = life.normalized();
    const prev = seen.get(shape);
    if (prev) return { period: life.generation - prev.gen, dx: origin[0] - prev.origin[0], dy: origin[1] - prev.origin[1] };
    seen.set(shape, { gen: life.generation, origin });
    life.step();
  }
  return null;
}

const PATTERNS: Record<string, string> = {
  blinker: "###",
  toad: `.###
         ###.`,
  glider: `.#.
           ..#
           ###`,
  beacon: `##..
           ##..
           ..##
           ..##`,
  rpentomino: `.##
               ##.
               .#.`,
  lwss: `.#..#
         #....
         #...#
         ####.`,
};

export function main(argv: string[]): number {
  const glider = Life.fromPicture(PATTERNS.glider);
  for (let i = 0; i < 4; i++) {
    console.log(`glider gen ${glider.generation} (pop ${glider.population}):\n${glider.render()}`);
    glider.step();
  }
  for (const [name, picture] of Object.entries(PATTERNS)) {
    const result = findPeriod(Life.fromPicture(picture), 60);
    if (!result) {
      console.log(`${name.padEnd(11)} no period within 60 generations`);
    } else {
      const moving = result.dx !== 0 || result.dy !== 0;
      const kind = moving ? `spaceship moving (${result.dx},${result.dy})` : result.period === 1 ? "still life" : "oscillator";
      console.log(`${name.padEnd(11)} period ${result.period}: ${kind}`);
    }
  }
  const r = Life.fromPicture(PATTERNS.rpentomino);
  const history: number[] = [];
  for (let i = 0; i < 100; i++) history.push(r.step().population);
  console.log(`r-pentomino populations every 10 gens: ${history.filter((_, i) => i % 10 === 9).join(" ")}`);
  const b = r.bounds()!;
  console.log(`r-pentomino after ${r.generation}: pop ${r.population}, bbox ${b.maxX - b.minX + 1}x${b.maxY - b.minY + 1}`);

  const highLife = Life.fromPicture(PATTERNS.blinker, parseRule("B36/S23"));
  highLife.step();
  console.log(`HighLife blinker after 1 gen: pop ${highLife.population}`);
  const empty = new Life([]);
  console.log(`empty world: ${empty.step().render()}, period ${findPeriod(empty, 3)?.period ?? "none"}`);
  return 0;
}
