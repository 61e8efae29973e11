import { describe, expect, it } from "vitest";
import { runWirediff as run } from "./run-wirediff.ts";

const FIXTURE = "tests/fixtures/timeline/corpus.jsonl";

describe("wirediff timeline", () => {
  it("prints the revisions and one line per paragraph, a figure's changes as one chain", () => {
    const r = run(["timeline", "gazette-fire-2", "--corpus", FIXTURE]);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^3 versions of Chemical plant fire: death toll rises to 98/);
    expect(r.out).toContain("65 -> 75 -> 98");
    expect(r.out).toContain("1 ¶ cut, 3 ¶ reworded, 1 numbers changed, 1 quotations altered");
  });
  it("--json gives the timeline object; an unknown id fails with a message", () => {
    const t = JSON.parse(run(["timeline", "herald-fire-b", "--corpus", FIXTURE, "--json"]).out);
    expect(t.versions.map((v: { id: string }) => v.id)).toEqual(["herald-fire-a", "herald-fire-b"]);
    expect(t.rows[0].chains[0].values).toEqual(["65", "98"]);
    const bad = run(["timeline", "nope", "--corpus", FIXTURE]);
    expect([bad.code, bad.err]).toEqual([1, 'wirediff: no article "nope"\n']);
  });
});
