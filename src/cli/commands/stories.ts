/** @module The `stories` command (not built yet: registers nothing, so `wirediff stories` is reported as unknown). */
import type { CAC } from "cac";

export function registerStories(_cli: CAC): void {}
