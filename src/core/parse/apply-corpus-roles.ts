/** @module Corpus-level evidence: a block that recurs verbatim in several articles of one outlet is page furniture. */
import type { Article } from "../article.ts";
import { CORPUS_RECUR_MAX_WORDS, CORPUS_RECUR_MIN } from "./defaults.ts";
import { countWords } from "./assign-roles.ts";

/**
 * Mark as boilerplate the body blocks that recur in at least CORPUS_RECUR_MIN articles of the same
 * (known) outlet. Articles of unknown outlet are left alone: a wire paragraph carried by several
 * outlets is exactly the story text we want to align, so only same-outlet recurrence counts.
 */
export function applyCorpusRoles(articles: readonly Article[]): Article[] {
  const seen = new Map<string, Set<string>>(); // outlet \u0000 text -> article ids
  const key = (a: Article, text: string) => `${a.outlet!.toLowerCase()}\u0000${text.toLowerCase()}`;
  for (const a of articles) {
    if (!a.outlet) continue;
    for (const p of a.paragraphs) {
      if (p.role !== "body" || p.text === "" || countWords(p.text) > CORPUS_RECUR_MAX_WORDS) continue;
      const k = key(a, p.text);
      let ids = seen.get(k);
      if (!ids) seen.set(k, (ids = new Set()));
      ids.add(a.id);
    }
  }
  return articles.map((a) => {
    if (!a.outlet) return a;
    let changed = false;
    const paragraphs = a.paragraphs.map((p) => {
      if (p.role !== "body") return p;
      const n = seen.get(key(a, p.text))?.size ?? 0;
      if (n < CORPUS_RECUR_MIN) return p;
      changed = true;
      return { ...p, role: "boilerplate" as const, reason: `recurs in ${n} articles of ${a.outlet}` };
    });
    return changed ? { ...a, paragraphs } : a;
  });
}
