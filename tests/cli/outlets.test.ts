import { describe, expect, it } from "vitest";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { runWirediff as run } from "./run-wirediff.ts";

const FIXTURE = "tests/fixtures/outlets/corpus.jsonl";

describe("wirediff outlets", () => {
  it("prints a summary per outlet, --json the profiles, --csv one row per outlet", () => {
    const text = run(["outlets", "--corpus", FIXTURE]);
    expect(text.code).toBe(0);
    expect(text.out).toMatch(/Northern Echo {2}2 versions of 2 stories/);
    expect(text.out).toContain("harbors → harbours ×2");
    const json = JSON.parse(run(["outlets", "--corpus", FIXTURE, "--json"]).out) as {
      outlets: { outlet: string; numbers: { changed: number } }[];
    };
    expect(json.outlets.find((o) => o.outlet === "Daily Ledger")!.numbers.changed).toBe(2);
    expect(run(["outlets", "--corpus", FIXTURE, "--csv"]).out.trim().split("\n")).toHaveLength(3);
  });
  it("refuses --csv with --json (usage, exit 2) and a missing corpus (exit 1)", () => {
    expect(run(["outlets", "--corpus", FIXTURE, "--csv", "--json"]).code).toBe(2);
    expect(run(["outlets", "--corpus", "no/such/dir"]).code).toBe(1);
  });
  it("says so when no story has two versions", () => {
    const dir = mkdtempSync(join(tmpdir(), "wd-outlets-cli-"));
    writeFileSync(
      join(dir, "one.jsonl"),
      JSON.stringify({ id: "x", outlet: "Gazette", text: "A lone article about nothing much at all." }) + "\n",
    );
    const r = run(["outlets", "--corpus", join(dir, "one.jsonl")]);
    rmSync(dir, { recursive: true, force: true });
    expect([r.code, r.out]).toEqual([
      0,
      "No story in this corpus has more than one version: no outlet to profile.\n",
    ]);
  });
});
