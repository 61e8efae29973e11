/** @module The `diff` command (not built yet: registers nothing, so `wirediff diff` is reported as unknown). */
import type { CAC } from "cac";

export function registerDiff(_cli: CAC): void {}
