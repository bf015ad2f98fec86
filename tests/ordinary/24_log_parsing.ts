// Log-line parsing with regular expressions: named capture groups, matchAll, replace with
// callbacks, split on regex, sticky/global flags, redaction and aggregation.

const LOG = `
2024-03-01T12:00:01.123Z INFO  [http] GET /api/users?id=42 200 12ms ip=10.0.0.1 user=alice@example.com
2024-03-01T12:00:02.456Z WARN  [db] slow query took 1520ms: SELECT * FROM orders WHERE total > 100
2024-03-01T12:00:02.789Z INFO  [http] POST /api/orders 201 87ms ip=10.0.0.7 user=bob@example.org
2024-03-01T12:00:03.001Z ERROR [http] GET /api/orders/9 500 230ms ip=10.0.0.1 error="NullReferenceException: order.items"
this line is garbage and should be reported
2024-03-01T12:00:04.250Z DEBUG [cache] hit ratio=0.93 keys=1204
2024-03-01T12:00:05.000Z INFO  [http] GET /api/users?id=7&verbose=true 200 9ms ip=192.168.1.20 user=carol@example.com
2024-03-01T12:00:05.500Z ERROR [db] connection reset by peer (retry 3/5)
2024-03-01T12:00:06.900Z INFO  [http] DELETE /api/orders/9 404 4ms ip=10.0.0.7 user=bob@example.org
`;

const LINE_RE = /^(?<date>\d{4}-\d{2}-\d{2})T(?<time>\d{2}:\d{2}:\d{2})\.(?<ms>\d{3})Z\s+(?<level>[A-Z]+)\s+\[(?<component>\w+)\]\s+(?<message>.*)$/;
const HTTP_RE = /^(?<method>GET|POST|PUT|DELETE)\s+(?<path>\S+)\s+(?<status>\d{3})\s+(?<duration>\d+)ms\b(?<rest>.*)$/;
const KV_RE = /(\w+)=("(?:[^"\\]|\\.)*"|\S+)/g;

type Level = "DEBUG" | "INFO" | "WARN" | "ERROR";

interface Entry {
  timestamp: string;
  level: Level;
  component: string;
  message: string;
  fields: Record<string, string>;
}

interface HttpRequest {
  method: string;
  path: string;
  query: Map<string, string>;
  status: number;
  durationMs: number;
}

function parseLine(line: string): Entry | null {
  const m = LINE_RE.exec(line);
  if (!m?.groups) return null;
  const { date, time, ms, level, component, message } = m.groups;
  const fields: Record<string, string> = {};
  for (const [, k, v] of message.matchAll(KV_RE)) fields[k] = v.replace(/^"|"$/g, "");
  return { timestamp: `${date} ${time}.${ms}`, level: level as Level, component, message, fields };
}

function parseHttp(message: string): HttpRequest | undefined {
  const g = message.match(HTTP_RE)?.groups;
  if (!g) return undefined;
  const [path, queryString = ""] = g.path.split("?");
  const query = new Map(
    queryString
      .split(/[&;]/)
      .filter((pair) => pair.length > 0)
      .map((pair) => pair.split("=") as [string, string]),
  );
  return { method: g.method, path, query, status: Number(g.status), durationMs: Number(g.duration) };
}

function redact(line: string): string {
  return line
    .replace(/\b([\w.]+)@([\w.]+)\b/g, (_, user: string, domain: string) => `${user[0]}***@${domain}`)
    .replace(/\b(\d{1,3})\.(\d{1,3})\.\d{1,3}\.\d{1,3}\b/g, "$1.$2.x.x");
}

// Turns concrete paths into route templates: /api/orders/9 -> /api/orders/:id
const routeOf = (path: string): string => path.replace(/\/\d+(?=\/|$)/g, "/:id");

function tokenizeMessage(message: string): string[] {
  return message.split(/[\s:=,()"]+/).filter(Boolean);
}

export function main(argv: string[]): number {
  const lines = LOG.split(/\r?\n/).filter((l) => l.trim() !== "");
  const entries: Entry[] = [];
  lines.forEach((line, i) => {
    const entry = parseLine(line);
    if (entry) entries.push(entry);
    else console.log(`line ${i + 1}: unparseable: ${JSON.stringify(line.slice(0, 30))}...`);
  });

  const byLevel = entries.reduce<Record<string, number>>((acc, e) => ({ ...acc, [e.level]: (acc[e.level] ?? 0) + 1 }), {});
  console.log("entries by level:", Object.entries(byLevel).map(([l, n]) => `${l}=${n}`).join(" "));

  const requests = entries.flatMap((e) => {
    const req = e.component === "http" ? parseHttp(e.message) : undefined;
    return req ? [{ ...req, ip: e.fields.ip ?? "?", user: e.fields.user }] : [];
  });
  for (const r of requests) {
    const q = [...r.query].map(([k, v]) => `${k}:${v}`).join(",");
    console.log(`${r.method.padEnd(6)} ${routeOf(r.path).padEnd(16)} ${r.status} ${String(r.durationMs).padStart(4)}ms ${r.ip}${q ? ` query{${q}}` : ""}`);
  }
  const routes = new Map<string, number[]>();
  for (const r of requests) routes.set(routeOf(r.path), [...(routes.get(routeOf(r.path)) ?? []), r.durationMs]);
  for (const [route, times] of routes) {
    console.log(`route ${route}: ${times.length} req, avg ${(times.reduce((a, b) => a + b, 0) / times.length).toFixed(1)}ms`);
  }
  const errorRate = requests.filter((r) => r.status >= 400).length / requests.length;
  console.log(`http error rate: ${(errorRate * 100).toFixed(1)}%`);

  for (const e of entries.filter((x) => x.level === "ERROR" || x.level === "WARN")) {
    const duration = /took (\d+)ms/.exec(e.message)?.[1];
    const retry = e.message.match(/retry (?<n>\d+)\/(?<max>\d+)/)?.groups;
    const extra = duration ? ` (slow: ${duration}ms)` : retry ? ` (retry ${retry.n} of ${retry.max})` : e.fields.error ? ` (${e.fields.error.split(":")[0]})` : "";
    console.log(`${e.timestamp} ${e.level} ${e.component}${extra}`);
  }

  console.log("redacted:");
  lines.filter((l) => /user=/.test(l)).slice(0, 2).forEach((l) => console.log("  " + redact(l).replace(/^\S+\s+/, "")));

  const sql = entries.find((e) => e.component === "db")?.message ?? "";
  console.log("tokens:", tokenizeMessage(sql).join("|"));
  const uniqueIps = new Set(LOG.match(/\bip=(\d+(?:\.\d+){3})/g)?.map((s) => s.slice(3)));
  console.log(`unique ips: ${[...uniqueIps].sort().join(", ")}`);

  const sticky = /\d+/y;
  sticky.lastIndex = 4;
  const stickyHit = sticky.exec("abc 123 456")?.[0];
  const times = [...LOG.matchAll(/T(\d{2}):(\d{2}):(\d{2})/g)].map(([, h, m, s]) => Number(h) * 3600 + Number(m) * 60 + Number(s));
  console.log(`sticky match: ${stickyHit}, lastIndex ${sticky.lastIndex}; span ${Math.max(...times) - Math.min(...times)}s`);
  console.log(`escaped: ${"a.b*c?".replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}, flags: ${KV_RE.flags}, source length: ${LINE_RE.source.length}`);
  return 0;
}
