import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { alignArticles } from "../../../src/core/align/align-articles.ts";
import { readArticleFile } from "../../../src/corpus/store.ts";
import type { Alignment } from "../../../src/core/article.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const gold = JSON.parse(readFileSync(root + "tests/fixtures/seeds-gold.json", "utf8")) as {
  documents: Record<string, { roles: Record<string, string> }>;
  alignments: { a: string; b: string; pairs: [number, number, string][]; possible_pairs?: [number, number][] }[];
};
const load = async (name: string) => (await readArticleFile(root + "corpus/" + name))[0]!;

function scoredPairs(al: Alignment, aDoc: string, bDoc: string, possible: [number, number][] = []): Set<string> {
  const nonBody = (doc: string, i: number) => { const r = gold.documents[doc]!.roles[String(i)]; return r !== undefined && r !== "body" && r !== "heading"; };
  const skip = new Set(possible.map(([x, y]) => `${x},${y}`));
  const out = new Set<string>();
  for (const l of al.links) for (const x of l.a) for (const y of l.b) if (!nonBody(aDoc, x) && !nonBody(bDoc, y) && !skip.has(`${x},${y}`)) out.add(`${x},${y}`);
  return out;
}

describe("alignArticles on the seed gold", () => {
  for (const g of gold.alignments) {
    it(`${g.a} vs ${g.b}: every gold pair, no false pair`, async () => {
      const al = alignArticles(await load(g.a), await load(g.b));
      const want = new Set(g.pairs.filter(([x, y]) => !gold.documents[g.a]!.roles[x] && !gold.documents[g.b]!.roles[y]).map(([x, y]) => `${x},${y}`));
      expect([...scoredPairs(al, g.a, g.b, g.possible_pairs)].sort()).toEqual([...want].sort());
    });
  }

  it("002/003 link nothing outside the gold and possible pairs, even unscored roles", async () => {
    const g = gold.alignments[1]!;
    const al = alignArticles(await load(g.a), await load(g.b));
    const allowed = new Set([...g.pairs.map(([x, y]) => `${x},${y}`), ...(g.possible_pairs ?? []).map(([x, y]) => `${x},${y}`)]);
    for (const l of al.links) for (const x of l.a) for (const y of l.b) expect(allowed.has(`${x},${y}`)).toBe(true);
  });

  it("003/004 (unrelated stories) get no link at all", async () => {
    const al = alignArticles(await load("003_2e69bfaaa9c68124.txt"), await load("004_05570ace6ea889dd.txt"));
    expect(al.links).toEqual([]);
  });

  it("000/001: merges are reported as merged, boilerplate stays unlinked", async () => {
    const al = alignArticles(await load("000_7a2837495db10dad.txt"), await load("001_bd0859deabb9f25c.txt"));
    expect(al.links.find((l) => l.a.join() === "4,5")).toMatchObject({ b: [3], kind: "merged" });
    for (let j = 8; j <= 24; j++) expect(al.onlyB).toContain(j);
  });

  it("align(a, a) links every paragraph to itself as same", async () => {
    const a = await load("000_7a2837495db10dad.txt");
    const al = alignArticles(a, a);
    expect(al.onlyA).toEqual([]);
    expect(al.onlyB).toEqual([]);
    expect(al.links.map((l) => [l.a, l.b, l.kind])).toEqual(a.paragraphs.map((p) => [[p.index], [p.index], "same"]));
  });
});
