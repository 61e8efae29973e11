/** @module The `inspect` command (not built yet: registers nothing, so `wirediff inspect` is reported as unknown). */
import type { CAC } from "cac";

export function registerInspect(_cli: CAC): void {}
