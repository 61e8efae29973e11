/** Golden test: the five seed articles parse to the hand-labelled roles and metadata of tests/fixtures/seeds-gold.json. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { readArticleFile } from "../../../src/corpus/store.ts";

const gold = JSON.parse(readFileSync("tests/fixtures/seeds-gold.json", "utf8")) as {
  documents: Record<string, { paragraphs: number; roles: Record<string, string>; title?: string; date?: string; dateline?: string; agency?: string; outlet?: string }>;
};

describe("seed articles against the gold labels", () => {
  for (const [file, g] of Object.entries(gold.documents)) {
    it(file, async () => {
      const [a] = await readArticleFile(`corpus/${file}`);
      expect(a!.id).toBe(file.replace(/\.txt$/, ""));
      expect(a!.paragraphs).toHaveLength(g.paragraphs);
      const roles = Object.fromEntries(a!.paragraphs.filter((p) => p.role !== "body").map((p) => [String(p.index), p.role]));
      expect(roles).toEqual(g.roles);
      for (const p of a!.paragraphs) if (p.role !== "body") expect(p.reason).toBeTruthy();
      expect(a!.title).toBe(g.title ?? null);
      expect(a!.date).toBe(g.date ?? null);
      expect(a!.dateline).toBe(g.dateline ?? null);
      expect(a!.agency).toBe(g.agency ?? null);
      expect(a!.outlet).toBe(g.outlet ?? null);
    });
  }
});
