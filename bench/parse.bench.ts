/**
 * Parsing: the five seeds (median per article), and the bad inputs of issue 2, timed here rather than
 * asserted in tests: a 20 MB file, one 50,000-word paragraph, a file of nothing but boilerplate.
 * Peer: splitting the text on blank lines alone (the floor any parser pays).
 */
import { readFileSync, readdirSync } from "node:fs";
import { parseArticle } from "../src/core/parse/parse-article.ts";
import { splitTextBlocks } from "../src/core/parse/text-blocks.ts";

function median(f: () => void, runs: number): number {
  const t: number[] = [];
  for (let i = 0; i < runs; i++) { const s = performance.now(); f(); t.push(performance.now() - s); }
  return t.sort((a, b) => a - b)[Math.floor(runs / 2)]!;
}

export default async function run(): Promise<void> {
  const seeds = readdirSync("corpus").filter((f) => /^00[0-4]_.*\.txt$/.test(f)).map((f) => readFileSync(`corpus/${f}`, "utf8"));
  const para = "The committee met again on Tuesday and said that talks would continue next week in the capital.";
  const inputs: [string, string, number][] = [
    ["five seeds (all)", seeds.join("\n\n\n"), 50],
    ["20 MB, 210,000 paragraphs", Array.from({ length: 210_000 }, (_, i) => `${para} ${i}`).join("\n\n"), 3],
    ["one 50,000-word paragraph", Array.from({ length: 50_000 }, (_, i) => (i % 17 === 16 ? "word." : "word")).join(" "), 5],
    ["only boilerplate, 20,000 lines", Array.from({ length: 20_000 }, (_, i) => (i % 3 ? `READ MORE: Story ${i}` : `Comments ${i}`)).join("\n"), 5],
  ];
  const rows: Record<string, Record<string, string>> = {};
  for (const [name, text, runs] of inputs) {
    parseArticle({ id: "warm", format: "txt", text: seeds[0]! });
    const ours = median(() => parseArticle({ id: "x", format: "txt", text }), runs);
    const floor = median(() => splitTextBlocks(text), runs);
    rows[name] = { "parseArticle (ms)": ours.toFixed(2), "block split only (ms)": floor.toFixed(2), ratio: `${(ours / floor).toFixed(1)}x` };
  }
  console.table(rows);
}
