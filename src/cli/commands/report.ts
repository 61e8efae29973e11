/** @module The `report` command (not built yet: registers nothing, so `wirediff report` is reported as unknown). */
import type { CAC } from "cac";

export function registerReport(_cli: CAC): void {}
