/** @module The `align` command (not built yet: registers nothing, so `wirediff align` is reported as unknown). */
import type { CAC } from "cac";

export function registerAlign(_cli: CAC): void {}
