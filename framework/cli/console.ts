// Where the CLI's commands print: the process's streams, or buffers (rts worker).
export interface Console {
  out(s: string): void;
  err(s: string): void;
  /** stderr is a terminal: colours and progress. */
  readonly tty: boolean;
}

export const processConsole: Console = {
  out: (s) => void process.stdout.write(s),
  err: (s) => void process.stderr.write(s),
  get tty() {
    return process.stderr.isTTY ?? false;
  },
};
