import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createRequire } from "node:module";
import { compareArticles } from "../../src/core/compare.ts";
import { summaryToText } from "../../src/core/archive/summary-text.ts";
import { openCorpus } from "../../src/corpus/bulk.ts";
import { corpusStories } from "../../src/corpus/story-index.ts";
import { corpusRevisions, timelineOf } from "../../src/corpus/timelines.ts";
import { runWirediff as run } from "../cli/run-wirediff.ts";

const { Database } = createRequire(import.meta.url)("node-sqlite3-wasm") as typeof import("node-sqlite3-wasm");
let dir: string;
const lede = (n: number) =>
  "A fire broke out at a chemical plant on the edge of Millbrook on Monday morning, " +
  `killing at least ${n} people, emergency services said.`;
const rest =
  "Firefighters were still battling the blaze in the afternoon, " +
  "and residents within two miles were told to keep their windows shut.";
const html = (...ps: string[]) =>
  ps.map((p) => `<p>${p.replace(/&/g, "&amp;").replace(/"/g, "&quot;")}</p>`).join("\n");

/** diffengine's tables as its peewee models (Feed, Entry, FeedEntry, EntryVersion, Diff) create them in SQLite. */
function diffengineDb(file: string): void {
  const db = new Database(file);
  db.exec(`CREATE TABLE "feed" ("url" VARCHAR(255) NOT NULL PRIMARY KEY, "name" VARCHAR(255) NOT NULL,
      "created" DATETIME NOT NULL);
    CREATE TABLE "entry" ("id" INTEGER NOT NULL PRIMARY KEY, "url" VARCHAR(255) NOT NULL, "created" DATETIME NOT NULL,
      "checked" DATETIME NOT NULL);
    CREATE TABLE "feedentry" ("id" INTEGER NOT NULL PRIMARY KEY,
      "feed_id" VARCHAR(255) NOT NULL REFERENCES "feed" ("url"),
      "entry_id" INTEGER NOT NULL REFERENCES "entry" ("id"), "created" DATETIME NOT NULL);
    CREATE TABLE "entryversion" ("id" INTEGER NOT NULL PRIMARY KEY, "title" VARCHAR(255) NOT NULL,
      "url" VARCHAR(255) NOT NULL, "summary" VARCHAR(255) NOT NULL, "created" DATETIME NOT NULL,
      "archive_url" VARCHAR(255), "entry_id" INTEGER NOT NULL REFERENCES "entry" ("id"));
    CREATE TABLE "diff" ("id" INTEGER NOT NULL PRIMARY KEY, "old_id" INTEGER NOT NULL, "new_id" INTEGER NOT NULL,
      "created" DATETIME NOT NULL, "tweeted" DATETIME, "blogged" DATETIME);`);
  db.run(`INSERT INTO feed VALUES ('https://gazette.example/rss', 'The Gazette', '2024-07-01 06:00:00')`);
  db.run(`INSERT INTO entry VALUES (1, 'https://gazette.example/fire', '2024-07-01 08:00:00', '2024-07-02 09:00:00'),
    (2, 'https://gazette.example/gardens', '2024-07-01 08:00:00', '2024-07-01 08:00:00')`);
  db.run(
    `INSERT INTO feedentry VALUES (1, 'https://gazette.example/rss', 1, '2024-07-01 08:00:00'),
      (2, 'https://gazette.example/rss', 2, '2024-07-01 08:00:00')`,
  );
  const v = db.prepare(
    `INSERT INTO entryversion (title, url, summary, created, archive_url, entry_id) VALUES (?, ?, ?, ?, NULL, ?)`,
  );
  v.run([
    "Fire at plant",
    "https://gazette.example/fire?utm=x",
    html(lede(65), rest),
    "2024-07-01 08:00:05.123456",
    1,
  ]);
  v.run([
    "Gardens open",
    "https://gazette.example/gardens",
    html("The town gardens reopened to the public on Saturday after a two-year restoration."),
    "2024-07-01 08:00:06",
    2,
  ]);
  v.run(["Fire at plant kills 75", "https://gazette.example/fire", html(lede(75), rest), "2024-07-01 14:30:00", 1]);
  v.run(["Toll rises to 98", "https://gazette.example/fire", html(lede(98), rest), "2024-07-02 09:00:00", 1]);
  v.run(["Empty", "https://gazette.example/fire", "", "2024-07-02 10:00:00", 1]);
  v.finalize();
  db.close();
}

/** NewsEdits' per-outlet file: one entryversion table with entry_id, version, source and the text. */
function newsEditsDb(file: string): void {
  const db = new Database(file);
  db.exec(`CREATE TABLE entryversion ("index" INTEGER, version INTEGER, title TEXT, created TEXT, url TEXT, source TEXT,
    entry_id INTEGER, archive_url TEXT, num_versions INTEGER, summary TEXT)`);
  const v = db.prepare(`INSERT INTO entryversion VALUES (?, ?, ?, ?, ?, 'guardian', 7, NULL, 3, ?)`);
  v.run([0, 0, "Fire", "2024-07-01 08:00:00", "https://guardian.example/fire", `${lede(65)}</p><p>${rest}`]);
  v.run([1, 10, "Fire", "2024-07-02 08:00:00", "https://guardian.example/fire", `${lede(98)}</p><p>${rest}`]);
  v.run([2, 2, "Fire", "2024-07-01 18:00:00", "https://guardian.example/fire", `${lede(75)}</p><p>${rest}`]);
  v.finalize();
  db.close();
}

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "wd-archive-"));
  diffengineDb(join(dir, "diffengine.db"));
  newsEditsDb(join(dir, "guardian.db"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("import of version archives", () => {
  it("turns a diffengine database into articles that form one timeline per entry, in time order", async () => {
    const out = join(dir, "corpus-de", "de.jsonl");
    const r = run(["import-archive", join(dir, "diffengine.db"), "--out", out.replace("corpus-de/", "")]);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`4 versions written to ${join(dir, "de.jsonl")}, 1 without text skipped\n`);
    const rows = readFileSync(join(dir, "de.jsonl"), "utf8")
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows[0]).toMatchObject({
      id: "diffengine-e1-20240701T080005",
      outlet: "The Gazette",
      url: "https://gazette.example/fire",
      date: "2024-07-01",
      title: "Fire at plant",
    });
    expect(rows[0].text).toBe(`${lede(65)}\n\n${rest}`);
    const corpus = await openCorpus(join(dir, "de.jsonl"));
    const groups = corpusRevisions(corpus, corpusStories(corpus));
    expect(groups).toEqual([
      {
        id: "diffengine-e1-20240701T080005",
        versions: ["diffengine-e1-20240701T080005", "diffengine-e1-20240701T143000", "diffengine-e1-20240702T090000"],
      },
    ]);
    const t = timelineOf(groups[0]!.id, corpus, groups, compareArticles);
    expect(t.rows[0]!.chains[0]!.values).toEqual(["65", "75", "98"]);
  });

  it("reads NewsEdits' files: the source column is the outlet, version numbers order the versions", async () => {
    const r = run(["import-archive", join(dir, "guardian.db"), "--prefix", "ne"]);
    expect(r.code).toBe(0);
    const rows = r.out
      .trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(rows.map((x) => x.id)).toEqual(["ne-e7-v0", "ne-e7-v10", "ne-e7-v2"]);
    expect(rows[0]).toMatchObject({ outlet: "guardian", url: "https://guardian.example/fire" });
    writeFileSync(join(dir, "ne.jsonl"), r.out);
    const corpus = await openCorpus(join(dir, "ne.jsonl"));
    const groups = corpusRevisions(corpus, corpusStories(corpus));
    expect(groups[0]!.versions).toEqual(["ne-e7-v0", "ne-e7-v2", "ne-e7-v10"]);
  });

  it("refuses what is not an archive, and an --out that exists, leaving nothing behind", () => {
    const plain = new Database(join(dir, "other.db"));
    plain.exec("CREATE TABLE notes (id INTEGER, body TEXT)");
    plain.close();
    const bad = run(["import-archive", join(dir, "other.db")]);
    expect([bad.code, bad.err]).toEqual([
      1,
      "wirediff: not a diffengine or NewsEdits archive: it has no table entryversion\n",
    ]);
    writeFileSync(join(dir, "text.db"), "this is not a database at all, just text\n".repeat(50));
    expect(run(["import-archive", join(dir, "text.db"), "--out", join(dir, "text.jsonl")]).code).toBe(1);
    expect(existsSync(join(dir, "text.jsonl"))).toBe(false);
    writeFileSync(join(dir, "taken.jsonl"), "keep\n");
    expect(run(["import-archive", join(dir, "diffengine.db"), "--out", join(dir, "taken.jsonl")]).code).toBe(1);
    expect(readFileSync(join(dir, "taken.jsonl"), "utf8")).toBe("keep\n");
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
    expect(run(["import-archive", join(dir, "missing.db")]).err).toBe(
      `wirediff: no such file: ${join(dir, "missing.db")}\n`,
    );
  });
});

describe("archived summaries", () => {
  it("keeps each paragraph, drops tags, decodes entities", () => {
    expect(
      summaryToText('<p>One &amp; <a href="x">two</a></p>\n<p>Three&nbsp;&#8220;four&#x201d;<br/>five</p>'),
    ).toBe("One & two\n\nThree “four” five"); // white space, the no-break space included, is one space
    expect(summaryToText("Plain text.\n\nSecond.")).toBe("Plain text.\n\nSecond.");
  });
});
