// Numeric enums: default and explicit values, switch over enum members, comparisons, enums as Map keys and array indices, const enums.
enum Color {
  Red,
  Green,
  Blue,
}

enum Status {
  Active = 1,
  Suspended = 5,
  Closed, // 6
  Archived = 10,
  Deleted = Archived * 2,
}

enum Flags {
  None = 0,
  Read = 1 << 0,
  Write = 1 << 1,
  Exec = 1 << 2,
  All = Read | Write | Exec,
}

enum Neg {
  MinusTwo = -2,
  MinusOne, // -1
  Zero, // 0
}

const enum Dir {
  North,
  East,
  South,
  West,
}

class Token {
  constructor(
    public color: Color,
    public status: Status,
  ) {}
}

function colorName(c: Color): string {
  switch (c) {
    case Color.Red:
      return "red";
    case Color.Green:
      return "green";
    case Color.Blue:
      return "blue";
  }
}

function statusName(s: Status): string {
  switch (s) {
    case Status.Active:
      return "active";
    case Status.Suspended:
    case Status.Closed:
      return "inactive";
    default:
      return "gone";
  }
}

function turnRight(d: Dir): Dir {
  switch (d) {
    case Dir.North:
      return Dir.East;
    case Dir.East:
      return Dir.South;
    case Dir.South:
      return Dir.West;
    default:
      return Dir.North;
  }
}

function dirName(d: Dir): string {
  const names = ["N", "E", "S", "W"];
  return names[d];
}

function step(d: Dir, x: number, y: number): string {
  if (d === Dir.North) return x + "," + (y + 1);
  if (d === Dir.South) return x + "," + (y - 1);
  if (d === Dir.East) return x + 1 + "," + y;
  return x - 1 + "," + y;
}

function perms(f: Flags): string {
  let s = "";
  s += (f & Flags.Read) !== 0 ? "r" : "-";
  s += (f & Flags.Write) !== 0 ? "w" : "-";
  s += (f & Flags.Exec) !== 0 ? "x" : "-";
  return s;
}

export function main(argv: string[]): number {
  console.log(Color.Red + " " + Color.Green + " " + Color.Blue);
  console.log(Status.Active + " " + Status.Suspended + " " + Status.Closed + " " + Status.Archived + " " + Status.Deleted);
  console.log(Flags.None + " " + Flags.Read + " " + Flags.Write + " " + Flags.Exec + " " + Flags.All);
  console.log(Neg.MinusTwo + " " + Neg.MinusOne + " " + Neg.Zero);
  console.log(Dir.North + " " + Dir.West);

  const colors: Color[] = [Color.Blue, Color.Red, Color.Green, Color.Blue];
  const cn: string[] = [];
  for (const col of colors) cn.push(colorName(col));
  console.log(cn.join(","));
  console.log(colors.join(","));

  const statuses = [Status.Active, Status.Suspended, Status.Closed, Status.Archived, Status.Deleted];
  const sn: string[] = [];
  for (const s of statuses) sn.push(statusName(s));
  console.log(sn.join(" "));

  // comparisons and arithmetic on enum values
  console.log((Color.Red < Color.Blue) + " " + (Status.Closed > Status.Archived) + " " + (Color.Green === Color.Green));
  const c: Color = Color.Green;
  console.log(c === Color.Green ? "is green" : "not green");
  console.log(c + 1 === Color.Blue);
  let total = 0;
  for (const s of statuses) total += s;
  console.log(total);

  // enum as array index
  const counts: number[] = [0, 0, 0];
  for (const col of colors) counts[col]++;
  console.log(counts.join(" "));

  // enum as Map key
  const prices = new Map<Color, number>();
  prices.set(Color.Red, 10);
  prices.set(Color.Blue, 30);
  prices.set(Color.Red, 15);
  console.log(prices.size + " " + (prices.get(Color.Red) ?? 0) + " " + (prices.get(Color.Green) ?? -1));
  const byStatus = new Map<Status, string[]>();
  const tokens = [
    new Token(Color.Red, Status.Active),
    new Token(Color.Blue, Status.Closed),
    new Token(Color.Green, Status.Active),
    new Token(Color.Blue, Status.Deleted),
  ];
  for (const t of tokens) {
    const list = byStatus.get(t.status);
    if (list === undefined) byStatus.set(t.status, [colorName(t.color)]);
    else list.push(colorName(t.color));
  }
  for (const [s, names] of byStatus) console.log(s + " " + statusName(s) + ": " + names.join(","));

  // bit flags
  let f: Flags = Flags.Read;
  console.log(perms(f));
  f |= Flags.Exec;
  console.log(perms(f) + " " + f);
  console.log(perms(Flags.All) + " " + perms(Flags.None));
  f &= ~Flags.Read;
  console.log(perms(f) + " " + f);
  console.log((Flags.All & ~Flags.Write) === (Flags.Read | Flags.Exec));

  // const enum in a walk
  let d = Dir.North;
  let path = "";
  for (let i = 0; i < 6; i++) {
    path += dirName(d);
    d = turnRight(d);
  }
  console.log(path);
  console.log(step(Dir.North, 0, 0) + " " + step(Dir.East, 0, 0) + " " + step(Dir.South, 2, 2) + " " + step(Dir.West, 2, 2));
  const visits = new Map<Dir, number>();
  const moves: Dir[] = [Dir.East, Dir.East, Dir.North, Dir.West, Dir.East];
  for (const m of moves) visits.set(m, (visits.get(m) ?? 0) + 1);
  let vs = "";
  for (const [k, v] of visits) vs += dirName(k) + v + " ";
  console.log(vs.trim());

  // enum fields in classes, mutation
  const tk = tokens[0];
  tk.status = Status.Suspended;
  console.log(statusName(tk.status) + " " + tk.status);
  tk.color = (tk.color + 2) % 3;
  console.log(colorName(tk.color));
  return 0;
}
