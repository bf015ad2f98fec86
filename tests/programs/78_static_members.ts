// Static members: counters incremented in constructors, static methods and constants, statics used from instances, statics on subclasses.
class Vec {
  static readonly ZERO_NAME = "zero";
  static readonly DIM = 2;
  static created = 0;
  constructor(
    public x: number,
    public y: number,
  ) {
    Vec.created++;
  }
  static origin(): Vec {
    return new Vec(0, 0);
  }
  static add(a: Vec, b: Vec): Vec {
    return new Vec(a.x + b.x, a.y + b.y);
  }
  static dot(a: Vec, b: Vec): number {
    return a.x * b.x + a.y * b.y;
  }
  lengthSq(): number {
    return Vec.dot(this, this);
  }
  str(): string {
    if (this.x === 0 && this.y === 0) return Vec.ZERO_NAME;
    return "(" + this.x + "," + this.y + ")";
  }
}

class IdGen {
  private static next = 1;
  static prefix = "id";
  static fresh(): string {
    const id = IdGen.prefix + IdGen.next;
    IdGen.next++;
    return id;
  }
  static reset(): void {
    IdGen.next = 1;
  }
  static peek(): number {
    return this.next; // `this` in a static method is the class
  }
}

class Entity {
  static count = 0;
  static registry: Entity[] = [];
  static names = new Map<string, number>();
  readonly id: string;
  constructor(public name: string) {
    Entity.count++;
    this.id = IdGen.fresh();
    Entity.registry.push(this);
    Entity.names.set(name, (Entity.names.get(name) ?? 0) + 1);
  }
  kind(): string {
    return "entity";
  }
  static describeAll(): string {
    const parts: string[] = [];
    for (const e of Entity.registry) parts.push(e.id + ":" + e.kind() + ":" + e.name);
    return parts.join(" ");
  }
  static byName(name: string): Entity | null {
    for (const e of Entity.registry) if (e.name === name) return e;
    return null;
  }
}

class Player extends Entity {
  static players = 0;
  static readonly MAX_HP = 100;
  hp: number = Player.MAX_HP;
  constructor(name: string) {
    super(name);
    Player.players++;
  }
  kind(): string {
    return "player";
  }
  hit(d: number): void {
    this.hp = Math.max(0, this.hp - d);
  }
  static strongest(ps: Player[]): Player {
    let best = ps[0];
    for (const p of ps) if (p.hp > best.hp) best = p;
    return best;
  }
}

class Monster extends Entity {
  static monsters = 0;
  constructor(
    name: string,
    public power: number,
  ) {
    super(name);
    Monster.monsters += 1;
  }
  kind(): string {
    return "monster";
  }
}

class MathUtil {
  static readonly PRIMES: number[] = [2, 3, 5, 7, 11, 13];
  static calls = 0;
  static gcd(a: number, b: number): number {
    MathUtil.calls++;
    return b === 0 ? a : MathUtil.gcd(b, a % b);
  }
  static lcm(a: number, b: number): number {
    return (a / MathUtil.gcd(a, b)) * b;
  }
  static isSmallPrime(n: number): boolean {
    return MathUtil.PRIMES.includes(n);
  }
}

export function main(argv: string[]): number {
  console.log(Vec.created + " " + Vec.DIM + " " + Vec.ZERO_NAME);
  const a = new Vec(1, 2);
  const b = new Vec(3, 4);
  console.log(Vec.created);
  const c = Vec.add(a, b);
  console.log(c.str() + " " + Vec.created);
  console.log(Vec.origin().str() + " " + Vec.created);
  console.log(Vec.dot(a, b) + " " + c.lengthSq());
  Vec.created = 100;
  new Vec(9, 9);
  console.log(Vec.created);

  console.log(IdGen.fresh() + " " + IdGen.fresh() + " " + IdGen.peek());
  IdGen.reset();
  IdGen.prefix = "e";
  console.log(IdGen.peek());

  const hero = new Player("hero");
  const orc = new Monster("orc", 7);
  const troll = new Monster("troll", 12);
  const sidekick = new Player("sidekick");
  new Monster("orc", 3);
  console.log(Entity.count + " " + Player.players + " " + Monster.monsters);
  console.log(Entity.describeAll());
  console.log(Entity.names.get("orc")! + " " + Entity.names.size);
  const found = Entity.byName("troll");
  console.log(found !== null ? found.id : "none");
  console.log(Entity.byName("dragon") === null);
  console.log(Player.MAX_HP + " " + hero.hp);
  hero.hit(orc.power * 3);
  sidekick.hit(troll.power);
  sidekick.hit(troll.power);
  console.log(hero.hp + " " + sidekick.hp);
  console.log(Player.strongest([hero, sidekick]).name);
  hero.hit(500);
  console.log(hero.hp + " " + Player.strongest([hero, sidekick]).name);
  // a subclass sees the parent's statics through its own name
  console.log(Player.count + " " + Monster.registry.length);
  Entity.count = 0;
  new Player("late");
  console.log(Entity.count + " " + Player.count + " " + Player.players + " " + Entity.registry.length);

  console.log(MathUtil.gcd(84, 36) + " " + MathUtil.lcm(4, 6) + " " + MathUtil.calls);
  console.log(MathUtil.isSmallPrime(11) + " " + MathUtil.isSmallPrime(9));
  MathUtil.PRIMES.push(17);
  console.log(MathUtil.PRIMES.length + " " + MathUtil.isSmallPrime(17));
  let s = 0;
  for (const p of MathUtil.PRIMES) s += p;
  console.log(s);
  return 0;
}
