/**
 * @module Synthetic article pairs for benchmarks (fallback until bench/lib/synth.ts lands): A is built
 * from the seed corpus's body paragraphs, repeated to the wanted size; B plants word edits
 * (replace, delete, insert) at the given rate and moves a few paragraphs, from a fixed random seed.
 */
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { Article, Paragraph } from "../../src/core/article.ts";

function mulberry32(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

const corpusDir = fileURLToPath(new URL("../../corpus/", import.meta.url));
const seedParagraphs: string[] = readdirSync(corpusDir)
  .filter((f) => f.endsWith(".txt"))
  .flatMap((f) => readFileSync(corpusDir + f, "utf8").split(/\n\s*\n|\n/))
  .map((t) => t.replace(/\s+/g, " ").trim())
  .filter((t) => t.split(" ").length >= 20);

function article(id: string, texts: string[]): Article {
  const paragraphs: Paragraph[] = texts.map((text, index) => ({ index, text, role: "body" }));
  return { id, title: null, outlet: null, agency: null, date: null, url: null, byline: null, dateline: null, format: "txt", warnings: [], paragraphs };
}

/** A pair of about `words` words each; `rate` of A's words edited in B; a few paragraphs moved. */
export function synthPair(words: number, rate: number, seed = 42, moves = true): { a: Article; b: Article } {
  const rnd = mulberry32(seed);
  const vocab = seedParagraphs.join(" ").split(" ");
  const aTexts: string[] = [];
  let n = 0, k = 0;
  while (n < words) {
    const t = seedParagraphs[k % seedParagraphs.length]!;
    aTexts.push(k >= seedParagraphs.length ? `${t} (${Math.floor(k / seedParagraphs.length)})` : t);
    n += t.split(" ").length;
    k++;
  }
  const bTexts = aTexts.map((t) =>
    t.split(" ").flatMap((w) => {
      if (rnd() >= rate) return [w];
      const r = rnd();
      if (r < 0.5) return [vocab[Math.floor(rnd() * vocab.length)]!];
      if (r < 0.75) return [];
      return [w, vocab[Math.floor(rnd() * vocab.length)]!];
    }).join(" "),
  );
  for (let m = 0; moves && m < Math.max(1, Math.floor(bTexts.length / 20)); m++) {
    const i = Math.floor(rnd() * bTexts.length), j = Math.floor(rnd() * bTexts.length);
    const [x] = bTexts.splice(i, 1);
    bTexts.splice(j, 0, x!);
  }
  return { a: article(`synth-a-${words}-${rate}`, aTexts), b: article(`synth-b-${words}-${rate}`, bTexts) };
}
