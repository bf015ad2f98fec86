// `node --import ./framework/cli/register.mjs file.ts`: run TypeScript
// modules of the toolkit and of RTS programs (see ts-hooks.mjs).
import { register } from "node:module";

register("./ts-hooks.mjs", import.meta.url);
