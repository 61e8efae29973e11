import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { cpSync, mkdtempSync, rmSync, unlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runWirediff as run } from "./run-wirediff.ts";

let dir: string;
beforeEach(() => { dir = mkdtempSync(join(tmpdir(), "wd-index-cli-")); cpSync("corpus", dir, { recursive: true }); });
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe("wirediff index", () => {
  it("builds the index, then takes in only what changed (--json quiet: JSON alone on stdout)", () => {
    const first = run(["index", "--corpus", dir]);
    expect(first.code).toBe(0);
    expect(first.out).toMatch(/^5 added, 0 changed, 0 removed, 0 unchanged files; 5 articles indexed in/);
    writeFileSync(join(dir, "new.txt"), "A new story opens here.\n\nIt has a second paragraph.");
    unlinkSync(join(dir, "004_05570ace6ea889dd.txt"));
    const r = run(["index", "--corpus", dir, "--json"]);
    expect(r.code).toBe(0);
    expect(r.err).toBe("");
    expect(JSON.parse(r.out)).toMatchObject({ added: 1, changed: 0, removed: 1, unchanged: 4, articles: 5,
      index: join(dir, ".wirediff", "index.db") });
  });
  it("refuses what is not a corpus folder, and a --db that is not PostgreSQL", () => {
    const r = run(["index", "--corpus", join(dir, "000_7a2837495db10dad.txt")]);
    expect(r.code).toBe(1);
    expect(r.err).toContain("no such corpus folder");
    const db = run(["index", "--corpus", dir, "--db", "mysql://localhost/x"]);
    expect(db.code).toBe(2);
    expect(db.err).toContain("--db takes a postgres:// URL");
  });
});
