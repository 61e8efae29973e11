/** A LiveCorpus kept up to date file by file equals a fresh load of the folder, whatever the changes. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { importArticle } from "../../src/corpus/import-article.ts";
import { loadCorpus, type LiveCorpus } from "../../src/corpus/live-corpus.ts";
import { isArticleFile, readCorpusFile, type Corpus } from "../../src/corpus/store.ts";
import { applyCorpusRoles } from "../../src/core/parse/apply-corpus-roles.ts";
import type { Article } from "../../src/core/article.ts";

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), "wd-live-")); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

// short blocks that recur across articles of one outlet turn into boilerplate (apply-corpus-roles.ts)
const PARAS = [
  "Storm hits the coast", "Follow our live coverage all day.", "Winds reached 120 km/h on Monday, officials said.",
  "Sign up for our newsletter.", "Schools stay closed until Wednesday, the council said.",
  "Power was cut to 4,000 homes overnight.",
];
const NAMES = ["a", "b", "c", "d"];
const body = (picks: number[]) => picks.map((k) => PARAS[k]!).join("\n\n");

type Op =
  | { kind: "write"; name: number; ext: "txt" | "md"; picks: number[] }
  | { kind: "rows"; name: number; ids: number[]; picks: number[] }
  | { kind: "sidecar"; name: number; outlet: string | null }
  | { kind: "delete"; name: number; ext: "txt" | "md" | "jsonl" }
  | { kind: "import"; picks: number[]; outlet: string };

// most texts carry the recurring furniture, so three of one outlet (the rule's minimum) come often
const paraIndex = fc.integer({ min: 0, max: PARAS.length - 1 });
const picks = fc.tuple(fc.boolean(), fc.array(paraIndex, { minLength: 1, maxLength: 3 }))
  .map(([furniture, more]) => (furniture ? [1, ...more] : more));
const name = fc.integer({ min: 0, max: NAMES.length - 1 });
const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("write" as const), name, ext: fc.constantFrom("txt" as const, "md" as const), picks }),
  fc.record({
    kind: fc.constant("rows" as const), name, ids: fc.uniqueArray(name, { minLength: 1, maxLength: 3 }), picks,
  }),
  fc.record({
    kind: fc.constant("sidecar" as const), name, outlet: fc.constantFrom("Gazette", "gazette", "Herald", null),
  }),
  fc.record({
    kind: fc.constant("delete" as const), name, ext: fc.constantFrom("txt" as const, "md" as const, "jsonl" as const),
  }),
  fc.record({ kind: fc.constant("import" as const), picks, outlet: fc.constantFrom("Gazette", "Herald") }),
);

/** Apply one change to the folder; the names it touched, as a watcher would report them. */
async function change(o: Op, live: LiveCorpus): Promise<string[]> {
  const base = NAMES[o.kind === "import" ? 0 : o.name]!;
  switch (o.kind) {
    case "write": writeFileSync(join(dir, `${base}.${o.ext}`), body(o.picks)); return [`${base}.${o.ext}`];
    case "rows": {
      const rows = o.ids.map((i) => JSON.stringify({ id: NAMES[i], outlet: "Gazette", text: body(o.picks) }));
      writeFileSync(join(dir, `${base}.jsonl`), rows.join("\n"));
      return [`${base}.jsonl`];
    }
    case "sidecar":
      if (o.outlet) writeFileSync(join(dir, `${base}.meta.json`), JSON.stringify({ outlet: o.outlet }));
      else try { unlinkSync(join(dir, `${base}.meta.json`)); } catch { /* absent */ }
      return [`${base}.meta.json`];
    case "delete":
      try { unlinkSync(join(dir, `${base}.${o.ext}`)); } catch { /* absent */ }
      return [`${base}.${o.ext}`];
    case "import": {
      const input = { format: "txt" as const, content: body(o.picks), meta: { outlet: o.outlet } };
      const r = await importArticle(dir, input, { isTaken: (id) => live.has(id) });
      if (!r.duplicate) await live.add(r.file, [r.article]);
      return [];
    }
  }
}

/** The plain way: every file in name order, the first to give an id wins, corpus roles over all (as loadCorpus did). */
async function reference(): Promise<Corpus> {
  const articles: Article[] = [], errors: Corpus["errors"] = [], seen = new Map<string, string>();
  for (const name of readdirSync(dir).filter(isArticleFile).sort()) {
    const read = (await readCorpusFile(dir, name))!;
    for (const message of read.errors) errors.push({ file: name, message });
    for (const a of read.articles) {
      if (seen.has(a.id)) {
        errors.push({ file: name, message: `duplicate id "${a.id}" (the article of ${seen.get(a.id)} is kept)` });
        continue;
      }
      seen.set(a.id, name);
      articles.push(a);
    }
  }
  const roled = applyCorpusRoles(articles);
  return { dir, articles: roled, byId: new Map(roled.map((a) => [a.id, a])), errors };
}

const view = (c: Corpus) => ({ articles: JSON.parse(JSON.stringify(c.articles)) as unknown, errors: c.errors,
  ids: [...c.byId.keys()].sort() });

describe("LiveCorpus", () => {
  it("after any sequence of changes, each taken in by name, equals reading the whole folder", async () => {
    await fc.assert(fc.asyncProperty(fc.array(op, { minLength: 1, maxLength: 16 }), async (ops) => {
      rmSync(dir, { recursive: true, force: true });
      dir = mkdtempSync(join(tmpdir(), "wd-live-"));
      const live = await loadCorpus(dir);
      for (const o of ops) {
        await live.refresh(await change(o, live));
        expect(view(live)).toEqual(view(await reference()));
      }
    }), { numRuns: 40 });
  });
  it("says which articles changed: a third copy of an outlet's block turns the others' to boilerplate", async () => {
    for (const n of ["s1", "s2"]) {
      writeFileSync(join(dir, `${n}.txt`), `Story ${n} happened.\n\nFollow our live coverage all day.`);
      writeFileSync(join(dir, `${n}.meta.json`), JSON.stringify({ outlet: "Gazette" }));
    }
    writeFileSync(join(dir, "other.txt"), "Unrelated.\n\nFollow our live coverage all day.");
    const live = await loadCorpus(dir);
    const other = live.byId.get("other");
    expect(live.byId.get("s1")!.paragraphs[1]!.role).toBe("body");
    writeFileSync(join(dir, "s3.meta.json"), JSON.stringify({ outlet: "Gazette" }));
    writeFileSync(join(dir, "s3.txt"), "Story s3 happened.\n\nFollow our live coverage all day.");
    const changed = await live.refresh(["s3.meta.json", "s3.txt"]);
    expect([...changed].sort()).toEqual(["s1", "s2", "s3"]);
    expect(live.byId.get("s1")!.paragraphs[1]!.role).toBe("boilerplate");
    expect(live.byId.get("other")).toBe(other);
    // an event for a file whose bytes did not change reads nothing
    expect((await live.refresh(["s3.txt", "s1.txt", "s1.meta.json", "other.txt"])).size).toBe(0);
  });
});
