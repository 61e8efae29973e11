/** A corpus loaded through its index equals the folder read whole, and stays live file by file. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadIndexedCorpus } from "../../src/corpus/index/load-indexed-corpus.ts";
import { storedCorpusRoles } from "../../src/corpus/index/indexed-files.ts";
import { applyCorpusRoles } from "../../src/core/parse/apply-corpus-roles.ts";
import { openCorpusIndex } from "../../src/corpus/index/open-index.ts";
import { updateIndex } from "../../src/corpus/index/update-index.ts";
import { loadCorpus } from "../../src/corpus/live-corpus.ts";
import type { Corpus } from "../../src/corpus/store.ts";
import type { Article } from "../../src/core/article.ts";
import { CorpusState } from "../../src/server/corpus-state.ts";

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "wd-index-load-"));
  cpSync("corpus", dir, { recursive: true });
  // duplicates, JSON Lines rows, a refused name and an outlet's furniture: every path of a folder's reading
  const furniture = "Follow our live coverage all day.";
  const stories = { s1: "The bridge reopened on Monday after repairs.", s2: "A council vote on parking fees failed.",
    s3: "Heavy rain flooded three streets near the harbour." };
  for (const [n, text] of Object.entries(stories)) {
    writeFileSync(join(dir, `${n}.txt`), `${text}\n\n${furniture}`);
    writeFileSync(join(dir, `${n}.meta.json`), JSON.stringify({ outlet: "Gazette" }));
  }
  writeFileSync(join(dir, "zrows.jsonl"), [{ id: "s1", text: "A duplicate id." }, { id: "r1", outlet: "Gazette",
    text: `Row one.\n\n${furniture}` }].map((r) => JSON.stringify(r)).join("\n"));
  writeFileSync(join(dir, "bad name.txt"), "Refused for its name.");
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

const view = (c: Corpus) => ({ articles: JSON.parse(JSON.stringify(c.articles)) as unknown, errors: c.errors,
  ids: [...c.byId.keys()].sort() });

describe("a corpus loaded through its index", () => {
  it("equals the folder read whole, and is read from the index, not parsed again", async () => {
    const whole = await loadCorpus(dir);
    expect(whole.byId.get("s1")!.paragraphs[1]!.role).toBe("boilerplate");
    expect(view(await loadIndexedCorpus(dir))).toEqual(view(whole));
    const db = await openCorpusIndex(dir);
    await db.run("UPDATE articles SET title = ? WHERE id = ?", ["Taken from the index", "s2"]);
    await db.close();
    expect((await loadIndexedCorpus(dir)).byId.get("s2")!.title).toBe("Taken from the index");
  });

  it("takes the corpus-level roles the index holds instead of redoing them, where they fit", async () => {
    await loadIndexedCorpus(dir);
    const db = await openCorpusIndex(dir);
    await db.run("UPDATE shown SET roles = ? WHERE id = ?", [JSON.stringify([["body", null], ["body", null]]), "s2"]);
    await db.close();
    expect((await loadIndexedCorpus(dir)).byId.get("s2")!.paragraphs.map((p) => p.role)).toEqual(["body", "body"]);
    const whole = await loadCorpus(dir);
    const gazette = whole.articles.filter((a) => a.outlet === "Gazette");
    const asBody = (a: Article) => ({ ...a, paragraphs: a.paragraphs.map((p) => ({ ...p, role: "body" as const })) });
    const parsed = gazette.map(asBody);
    // an article without stored roles (or with roles for other paragraphs): the pass runs after all
    expect(storedCorpusRoles(new Map())(parsed)).toEqual(applyCorpusRoles(parsed));
  });

  it("takes in the files changed since the index was built, and then file by file as before", async () => {
    const db = await openCorpusIndex(dir);
    await updateIndex(db, dir);
    await db.close();
    writeFileSync(join(dir, "s4.txt"), "Story s4 happened too.\n\nFollow our live coverage all day.");
    const live = await loadIndexedCorpus(dir);
    expect(view(live)).toEqual(view(await loadCorpus(dir)));
    // the digests came back with the files: an event for an unchanged file reads nothing
    expect((await live.refresh(["s1.txt", "s1.meta.json", "zrows.jsonl", "000_7a2837495db10dad.txt"])).size).toBe(0);
    writeFileSync(join(dir, "s4.meta.json"), JSON.stringify({ outlet: "Gazette" }));
    expect([...(await live.refresh(["s4.meta.json"]))]).toContain("s4");
    expect(view(live)).toEqual(view(await loadCorpus(dir)));
  });

  it("is what the server loads: through the index when asked to build it, else as before", async () => {
    const plain = await new CorpusState({ corpusDir: dir, watch: false }).load();
    expect(existsSync(join(dir, ".wirediff"))).toBe(false);
    const indexed = await new CorpusState({ corpusDir: dir, watch: false, index: "build" }).load();
    expect(existsSync(join(dir, ".wirediff", "index.db"))).toBe(true);
    expect(view(indexed.corpus)).toEqual(view(plain.corpus));
    expect(indexed.homeRows().length).toBe(plain.homeRows().length);
  });
});
