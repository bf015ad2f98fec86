// The host globals RTS programs may use besides the ES2022 library: only
// console.log, which prints its arguments as Node does (util.format).
// (Type-checking RTS programs against this instead of @types/node keeps the
// frontend fast and the subset honest.)
declare var console: {
  log(...data: unknown[]): void;
};
