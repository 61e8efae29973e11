import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";

/** Distinct long paragraphs of the seed corpus (real news text) for building test inputs. */
export function seedLikeParagraphs(): string[] {
  const dir = fileURLToPath(new URL("../../../corpus/", import.meta.url));
  const all = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort()
    .flatMap((f) => readFileSync(dir + f, "utf8").split(/\n\s*\n|\n/))
    .map((t) => t.replace(/\s+/g, " ").trim())
    .filter((t) => t.split(" ").length >= 25);
  // keep one of near-duplicates (seeds 000 and 001 are the same story)
  const out: string[] = [];
  for (const t of all) if (!out.some((o) => o.slice(0, 40) === t.slice(0, 40) || o.slice(-40) === t.slice(-40))) out.push(t);
  return out;
}
