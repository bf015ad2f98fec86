// Diagnostics: every error the toolchain reports about user input is an
// RtsDiagnostic with a code from the catalogue (messages.ts), a source
// location, a code frame, and a hint saying what to write instead.
import * as fs from "node:fs";
import * as path from "node:path";
import pc from "picocolors";
import { formatLoc, type SourceLoc } from "../flow/model.ts";

export interface RelatedLoc {
  loc: SourceLoc;
  message: string;
}

export class RtsDiagnostic {
  constructor(
    public code: number,
    public message: string,
    public loc: SourceLoc | null,
    public hint: string | null = null,
    public related: RelatedLoc[] = [],
  ) {}
}

/** Thrown by a stage on the first error it cannot recover from. */
export class RtsError extends Error {
  constructor(public diagnostics: RtsDiagnostic[]) {
    super(diagnostics.map((d) => `${formatLoc(d.loc)}: ${d.message}`).join("\n"));
  }
}

const fileCache = new Map<string, string[]>();

function sourceLines(file: string): string[] | null {
  let lines = fileCache.get(file);
  if (!lines) {
    try {
      lines = fs.readFileSync(file, "utf8").split(/\r?\n/);
    } catch {
      return null;
    }
    fileCache.set(file, lines);
  }
  return lines;
}

/** file:line:col with the file relative to the working directory when it lies below it. */
function where(loc: SourceLoc | null): string {
  if (!loc) return formatLoc(loc);
  const rel = path.relative(process.cwd(), loc.file);
  const file = rel.startsWith("..") || path.isAbsolute(rel) ? loc.file : rel;
  return formatLoc({ ...loc, file });
}

export function codeFrame(loc: SourceLoc, color: boolean): string {
  const lines = sourceLines(loc.file);
  if (!lines || loc.line < 1 || loc.line > lines.length) return "";
  const out: string[] = [];
  const width = String(loc.line + 1).length;
  for (let n = Math.max(1, loc.line - 1); n <= Math.min(lines.length, loc.line + 1); n++) {
    const mark = n === loc.line ? ">" : " ";
    out.push(`${mark} ${String(n).padStart(width)} | ${lines[n - 1]}`);
    if (n === loc.line) {
      const caret = " ".repeat(Math.max(0, loc.col - 1)) + "^";
      out.push(`  ${" ".repeat(width)} | ${color ? pc.red(caret) : caret}`);
    }
  }
  return out.join("\n");
}

export function formatDiagnostic(d: RtsDiagnostic, color = false): string {
  const head = `${where(d.loc)}: ${color ? pc.red("error") : "error"} RTS${d.code}: ${d.message}`;
  const parts = [head];
  if (d.loc) {
    const frame = codeFrame(d.loc, color);
    if (frame) parts.push(frame);
  }
  for (const r of d.related) {
    parts.push(`  ${where(r.loc)}: ${r.message}`);
    const frame = codeFrame(r.loc, color);
    if (frame) parts.push(frame.replace(/^/gm, "  "));
  }
  if (d.hint) parts.push(`  ${color ? pc.cyan("hint") : "hint"}: ${d.hint}`);
  return parts.join("\n");
}
