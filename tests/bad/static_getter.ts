// expect: 4:3 static getters
// A static accessor.
class Config {
  static get version(): string {
    return "1.0";
  }
}

export function main(argv: string[]): number {
  console.log(Config.version);
  return 0;
}
