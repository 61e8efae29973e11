/** @module The `compare` command (not built yet: registers nothing, so `wirediff compare` is reported as unknown). */
import type { CAC } from "cac";

export function registerCompare(_cli: CAC): void {}
