// Allocation-heavy object benchmark: a particle simulation that creates a
// fresh Vec for every intermediate result (millions of short-lived objects),
// keeps a long-lived population whose members are replaced over time (old
// objects pointing to young ones: the write barrier's work), and a growing
// history array of snapshots.
class Vec {
  constructor(
    public x: number,
    public y: number,
  ) {}
  add(o: Vec): Vec {
    return new Vec(this.x + o.x, this.y + o.y);
  }
  scale(k: number): Vec {
    return new Vec(this.x * k, this.y * k);
  }
  len2(): number {
    return this.x * this.x + this.y * this.y;
  }
}

class Particle {
  trail: Vec[] = [];
  constructor(
    public pos: Vec,
    public vel: Vec,
  ) {}
}

export function main(argv: string[]): number {
  let steps = 200;
  if (argv.length > 1) {
    steps = 0;
    for (let i = 0; i < argv[1].length; i++) steps = steps * 10 + (argv[1].charCodeAt(i) - 48);
  }
  const n = 2000;
  const ps: Particle[] = [];
  let seed = 7;
  const rnd = (): number => {
    seed = (seed * 48271) % 2147483647;
    return seed / 2147483647;
  };
  for (let i = 0; i < n; i++) ps.push(new Particle(new Vec(rnd(), rnd()), new Vec(rnd() - 0.5, rnd() - 0.5)));
  const gravity = new Vec(0, -0.001);
  let energy = 0;
  const history: Vec[] = [];
  for (let s = 0; s < steps; s++) {
    for (const p of ps) {
      p.vel = p.vel.add(gravity).scale(0.999);
      p.pos = p.pos.add(p.vel.scale(0.01));
      if (p.pos.y < 0) p.vel = new Vec(p.vel.x, -p.vel.y);
      if (s % 20 === 0) {
        p.trail.push(p.pos);
        if (p.trail.length > 8) p.trail = p.trail.slice(1);
      }
    }
    // replace a tenth of the population: old particles die, young ones join
    for (let k = 0; k < n / 10; k++) {
      const i = Math.floor(rnd() * n);
      ps[i] = new Particle(new Vec(rnd(), rnd()), new Vec(rnd() - 0.5, rnd() - 0.5));
    }
    let e = 0;
    for (const p of ps) e += p.vel.len2();
    energy = e;
    history.push(new Vec(s, e));
  }
  let trails = 0;
  for (const p of ps) trails += p.trail.length;
  console.log("energy " + energy.toFixed(6) + " history " + history.length + " trails " + trails);
  return 0;
}
