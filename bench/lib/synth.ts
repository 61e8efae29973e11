/**
 * @module Synthetic article pairs for benchmarks, built from the real seed text (corpus/*.txt body
 * paragraphs, repeated with a numbered suffix to reach the size). B plants word edits (replace,
 * delete, insert with words from the same text) at `editRate`, and moves `moves` paragraphs
 * (default: one in twenty), all from a fixed random seed, so runs are comparable.
 */
import { readdirSync, readFileSync } from "node:fs";
import { PROJECT_ROOT } from "../../src/project-root.ts";
import type { Article, Paragraph } from "../../src/core/article.ts";
import { flatString } from "../../src/core/text/flat-string.ts";

export function mulberry32(seed: number): () => number {
  let t = seed >>> 0;
  return () => {
    t = (t + 0x6d2b79f5) >>> 0;
    let r = Math.imul(t ^ (t >>> 15), 1 | t);
    r ^= r + Math.imul(r ^ (r >>> 7), 61 | r);
    return ((r ^ (r >>> 14)) >>> 0) / 4294967296;
  };
}

let cache: string[] | null = null;
/** Body-like paragraphs (>= 20 words) of the seed corpus, in file order. */
export function seedParagraphs(): string[] {
  if (cache) return cache;
  const dir = PROJECT_ROOT + "corpus/";
  // the five bundled seeds only (files others import into corpus/ must not change the inputs)
  cache = readdirSync(dir).filter((f) => /^00[0-4]_[0-9a-f]{16}\.txt$/.test(f)).sort()
    .flatMap((f) => readFileSync(dir + f, "utf8").split(/\n\s*\n|\n/))
    .map((t) => t.replace(/\s+/g, " ").trim())
    .filter((t) => t.split(" ").length >= 20);
  return cache;
}

/** An article of body paragraphs, their texts flat strings as parseArticle makes them (text/flat-string.ts). */
export function makeArticle(id: string, texts: string[]): Article {
  const paragraphs: Paragraph[] = texts.map((text, index) => ({ index, text: flatString(text), role: "body" }));
  return { id, title: null, outlet: null, agency: null, date: null, url: null, byline: null, dateline: null, format: "txt", warnings: [], paragraphs };
}

export interface SynthOptions {
  /** About this many words in A. */
  words: number;
  /** Share of A's words edited in B (0.01, 0.1, 0.5). */
  editRate: number;
  /** Random seed. @default 42 */
  seed?: number;
  /** Paragraphs moved in B. @default one in twenty (at least one) */
  moves?: number;
}

/** A pair of versions; `bToA[k]` is the A paragraph B's paragraph k came from (the planted truth). */
export function synthPair({ words, editRate, seed = 42, moves }: SynthOptions): { a: Article; b: Article; bToA: number[] } {
  const rnd = mulberry32(seed);
  const seeds = seedParagraphs();
  const vocab = seeds.join(" ").split(" ");
  const aTexts: string[] = [];
  for (let n = 0, k = 0; n < words; k++) {
    const t = seeds[k % seeds.length]!;
    const copy = Math.floor(k / seeds.length);
    aTexts.push(copy ? `${t} (${copy})` : t);
    n += t.split(" ").length;
  }
  const bTexts = aTexts.map((t) =>
    t.split(" ").flatMap((w) => {
      if (rnd() >= editRate) return [w];
      const r = rnd();
      if (r < 0.5) return [vocab[Math.floor(rnd() * vocab.length)]!];
      if (r < 0.75) return [];
      return [w, vocab[Math.floor(rnd() * vocab.length)]!];
    }).join(" "),
  );
  const order = bTexts.map((_, k) => k);
  const nMoves = moves ?? Math.max(1, Math.floor(bTexts.length / 20));
  for (let m = 0; m < nMoves && order.length > 1; m++) {
    const i = Math.floor(rnd() * order.length), j = Math.floor(rnd() * order.length);
    const [x] = order.splice(i, 1);
    order.splice(j, 0, x!);
  }
  return {
    a: makeArticle(`synth-a-${words}-${editRate}`, aTexts),
    b: makeArticle(`synth-b-${words}-${editRate}`, order.map((k) => bTexts[k]!)),
    bToA: order,
  };
}
