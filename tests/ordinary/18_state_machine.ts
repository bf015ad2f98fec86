// An event-driven vending machine modelled with discriminated unions for states, events
// and side effects; a pure transition function, exhaustiveness checks and an event log.

type Product = { code: string; name: string; price: number; stock: number };

type State =
  | { kind: "idle" }
  | { kind: "collecting"; credit: number }
  | { kind: "dispensing"; code: string; change: number }
  | { kind: "maintenance"; reason: string; since: number };

type Event =
  | { type: "coin"; cents: number }
  | { type: "select"; code: string }
  | { type: "cancel" }
  | { type: "dispensed" }
  | { type: "service"; reason: string }
  | { type: "serviceDone"; restock?: Record<string, number> }
  | { type: "tick" };

type Effect =
  | { do: "display"; text: string }
  | { do: "refund"; cents: number }
  | { do: "vend"; code: string }
  | { do: "alarm"; text: string };

interface Machine {
  state: State;
  products: Map<string, Product>;
  bank: number;
  clock: number;
}

const VALID_COINS = new Set([5, 10, 25, 100]);

function assertNever(x: never): never {
  throw new Error(`unhandled case: ${JSON.stringify(x)}`);
}

const money = (cents: number): string => `$${(cents / 100).toFixed(2)}`;

function transition(m: Machine, event: Event): { state: State; effects: Effect[] } {
  const { state } = m;
  const stay = (...effects: Effect[]) => ({ state, effects });
  if (event.type === "tick") return stay();
  if (event.type === "service" && state.kind !== "maintenance") {
    const refund: Effect[] = state.kind === "collecting" ? [{ do: "refund", cents: state.credit }] : [];
    return {
      state: { kind: "maintenance", reason: event.reason, since: m.clock },
      effects: [...refund, { do: "display", text: "OUT OF SERVICE" }],
    };
  }
  switch (state.kind) {
    case "idle":
    case "collecting": {
      const credit = state.kind === "collecting" ? state.credit : 0;
      switch (event.type) {
        case "coin":
          if (!VALID_COINS.has(event.cents)) {
            return stay({ do: "refund", cents: event.cents }, { do: "display", text: "invalid coin" });
          }
          return {
            state: { kind: "collecting", credit: credit + event.cents },
            effects: [{ do: "display", text: `credit ${money(credit + event.cents)}` }],
          };
        case "select": {
          const product = m.products.get(event.code);
          if (!product) return stay({ do: "display", text: `no such product ${event.code}` });
          if (product.stock === 0) return stay({ do: "display", text: `${product.name} sold out` });
          if (credit < product.price) {
            const text = `${product.name} costs ${money(product.price)}, insert ${money(product.price - credit)}`;
            return stay({ do: "display", text });
          }
          return {
            state: { kind: "dispensing", code: product.code, change: credit - product.price },
            effects: [{ do: "vend", code: product.code }],
          };
        }
        case "cancel":
          return credit > 0 ? { state: { kind: "idle" }, effects: [{ do: "refund", cents: credit }] } : stay();
        case "dispensed": case "serviceDone": case "service":
          return stay({ do: "alarm", text: `unexpected ${event.type} while ${state.kind}` });
        default:
          return assertNever(event);
      }
    }
    case "dispensing":
      if (event.type === "dispensed") {
        const effects: Effect[] = [{ do: "display", text: "enjoy!" }];
        if (state.change > 0) effects.push({ do: "refund", cents: state.change });
        return { state: { kind: "idle" }, effects };
      }
      if (event.type === "coin") return stay({ do: "refund", cents: event.cents });
      return stay({ do: "display", text: "please wait" });
    case "maintenance":
      if (event.type === "serviceDone") {
        return { state: { kind: "idle" }, effects: [{ do: "display", text: `back after ${m.clock - state.since} ticks` }] };
      }
      if (event.type === "coin") return stay({ do: "refund", cents: event.cents });
      return stay();
    default:
      return assertNever(state);
  }
}

function applyEffects(m: Machine, event: Event, effects: Effect[], log: string[]): void {
  for (const effect of effects) {
    switch (effect.do) {
      case "display": log.push(`  display: ${effect.text}`); break;
      case "refund": log.push(`  refund ${money(effect.cents)}`); break;
      case "alarm": log.push(`  ALARM: ${effect.text}`); break;
      case "vend": {
        const p = m.products.get(effect.code)!;
        p.stock--;
        m.bank += p.price;
        log.push(`  vend ${p.name} (left: ${p.stock})`);
        break;
      }
    }
  }
  if (event.type === "serviceDone" && event.restock) {
    for (const [code, n] of Object.entries(event.restock)) {
      const p = m.products.get(code);
      if (p) p.stock += n;
    }
  }
}

function describe(s: State): string {
  switch (s.kind) {
    case "idle": return "idle";
    case "collecting": return `collecting(${money(s.credit)})`;
    case "dispensing": return `dispensing(${s.code}, change ${money(s.change)})`;
    case "maintenance": return `maintenance(${s.reason})`;
  }
}

export function main(argv: string[]): number {
  const products: Product[] = [
    { code: "A1", name: "Cola", price: 125, stock: 2 },
    { code: "A2", name: "Water", price: 90, stock: 5 },
    { code: "B1", name: "Chips", price: 150, stock: 0 },
  ];
  const machine: Machine = { state: { kind: "idle" }, products: new Map(products.map((p) => [p.code, p])), bank: 0, clock: 0 };
  const script: Event[] = [
    { type: "coin", cents: 100 }, { type: "select", code: "A1" }, { type: "coin", cents: 3 }, { type: "coin", cents: 25 },
    { type: "coin", cents: 25 }, { type: "select", code: "A1" }, { type: "coin", cents: 5 }, { type: "dispensed" },
    { type: "select", code: "B1" }, { type: "coin", cents: 100 }, { type: "select", code: "Z9" }, { type: "cancel" },
    { type: "dispensed" }, { type: "coin", cents: 100 }, { type: "coin", cents: 25 }, { type: "select", code: "A1" },
    { type: "dispensed" }, { type: "coin", cents: 100 }, { type: "coin", cents: 25 }, { type: "select", code: "A1" },
    { type: "service", reason: "restock" }, { type: "tick" }, { type: "tick" }, { type: "coin", cents: 10 },
    { type: "serviceDone", restock: { A1: 3, B1: 4 } }, { type: "coin", cents: 100 }, { type: "coin", cents: 100 },
    { type: "select", code: "B1" }, { type: "dispensed" },
  ];
  const counts = new Map<Event["type"], number>();
  for (const event of script) {
    if (event.type === "tick") machine.clock++;
    counts.set(event.type, (counts.get(event.type) ?? 0) + 1);
    const before = describe(machine.state);
    const { state, effects } = transition(machine, event);
    const log: string[] = [];
    applyEffects(machine, event, effects, log);
    machine.state = state;
    const { type, ...payload } = event;
    const args = Object.keys(payload).length ? ` ${JSON.stringify(payload)}` : "";
    console.log(`${before} --${type}${args}--> ${describe(state)}`);
    log.forEach((line) => console.log(line));
  }
  const stock = [...machine.products.values()].map((p) => `${p.code}=${p.stock}`);
  console.log(`bank ${money(machine.bank)}; stock ${stock.join(" ")}`);
  console.log(`events: ${[...counts].map(([t, n]) => `${t}x${n}`).join(", ")}`);
  return 0;
}
