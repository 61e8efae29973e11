/** @module The `serve` command (not built yet: registers nothing, so `wirediff serve` is reported as unknown). */
import type { CAC } from "cac";

export function registerServe(_cli: CAC): void {}
