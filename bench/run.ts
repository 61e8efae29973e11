/** @module `npm run bench`: runs every bench/*.bench.ts in turn (or those named on the command line). */
import { readdirSync } from "node:fs";
import { fileURLToPath, pathToFileURL } from "node:url";
import { join } from "node:path";

const dir = fileURLToPath(new URL(".", import.meta.url));
const only = process.argv.slice(2);
const files = readdirSync(dir).filter((f) => f.endsWith(".bench.ts")).sort()
  .filter((f) => only.length === 0 || only.some((o) => f.includes(o)));
for (const f of files) {
  console.log(`\n## ${f.replace(".bench.ts", "")}\n`);
  const mod = await import(pathToFileURL(join(dir, f)).href);
  await mod.default();
}
