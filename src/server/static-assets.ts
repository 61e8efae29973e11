/** @module The two assets the pages need, read once from public/: the stylesheet and the client bundle. */
import { existsSync, readFileSync } from "node:fs";
import { PROJECT_ROOT } from "../project-root.ts";

const PUBLIC = PROJECT_ROOT + "public/";
export const ASSETS: Record<string, { file: string; type: string }> = {
  "wirediff.css": { file: PUBLIC + "wirediff.css", type: "text/css; charset=utf-8" },
  "client.js": { file: PUBLIC + "build/client.js", type: "text/javascript; charset=utf-8" },
};

const cache = new Map<string, string>();
export function readAsset(name: string): { body: string; type: string } | null {
  const a = ASSETS[name];
  if (!a || !existsSync(a.file)) return null;
  let body = cache.get(name);
  if (body == null) cache.set(name, (body = readFileSync(a.file, "utf8")));
  return { body, type: a.type };
}
