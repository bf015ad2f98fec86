// Named things plugins register with the toolchain: targets, GCs and
// backends.  The options select one of each by name; a plugin applied later
// may register the same name to replace a built-in (user plugins are
// applied after the built-in ones).
import type { BuildRequest, GcLowering, TransformedProgram } from "./program.ts";
import type { Plugin, Toolchain } from "./toolchain.ts";

/** A garbage collector: how the graphs find their roots, and the collector the backend links. */
export interface GcDefinition {
  /** What `--gc` selects. */
  name: string;
  description: string;
  /** The GC transform: runs once per lowering, after the built-in transforms. */
  lower(program: TransformedProgram): GcLowering;
}

/** A backend: turns lowered graphs into an executable for a target. */
export interface BackendDefinition {
  /** What `backend` in rts.config.ts selects ("c" is the built-in one). */
  name: string;
  description: string;
  /** Builds request.output; returns the executable's path. */
  build(request: BuildRequest, toolchain: Toolchain): Promise<string>;
}

/**
 * The plugins a distribution of the toolkit applies before the user's, and
 * its defaults among what they register (plugins/builtin.ts is RTS's; the
 * CLI receives it from bin/rts.js, so the framework names no plugin).
 */
export interface Builtins {
  /** Fresh instances of the built-in plugins. */
  plugins(): Plugin[];
  /** The GC `--gc` defaults to. */
  gc: string;
  /** The backend used unless rts.config.ts names another. */
  backend: string;
}

/** A name no plugin registered (the CLI reports it as a usage error). */
export class UnknownRegistrationError extends Error {}

interface Entry<T> {
  value: T;
  /** The plugin whose apply() registered it (null: registered directly). */
  by: Plugin | null;
}

export class Registry<T> {
  private readonly entries = new Map<string, Entry<T>>();
  /** Every registration in order, replaced ones included. */
  private readonly history: { name: string; by: Plugin | null }[] = [];
  constructor(private readonly kind: string) {}

  add(name: string, value: T, by: Plugin | null): void {
    this.entries.set(name, { value, by });
    this.history.push({ name, by });
  }

  has(name: string): boolean {
    return this.entries.has(name);
  }

  get(name: string): T {
    const e = this.entries.get(name);
    if (!e) throw new UnknownRegistrationError(`unknown ${this.kind} '${name}' (available: ${this.names().join(", ") || "none"})`);
    return e.value;
  }

  names(): string[] {
    return [...this.entries.keys()];
  }

  values(): T[] {
    return [...this.entries.values()].map((e) => e.value);
  }

  /** The names one plugin registered, also those a later plugin replaced (for `rts plugins`). */
  registeredBy(p: Plugin): string[] {
    return this.history.filter((h) => h.by === p).map((h) => h.name);
  }

  /** The plugin whose registration of `name` is the one in effect. */
  ownerOf(name: string): Plugin | null | undefined {
    return this.entries.get(name)?.by;
  }
}
