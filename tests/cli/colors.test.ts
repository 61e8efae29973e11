import { describe, expect, it } from "vitest";
import { runWirediff as run } from "./run-wirediff.ts";

// picocolors turns colour on whenever CI is set, even into a pipe: escape codes then filled the
// text of outlets, timeline, inspect and the rest on CI machines
describe("colour in piped output", () => {
  const env = { ...process.env, CI: "true", FORCE_COLOR: undefined, NO_COLOR: undefined };
  it.each([
    ["outlets", "--corpus", "tests/fixtures/outlets/corpus.jsonl"],
    ["inspect", "corpus/000_7a2837495db10dad.txt"],
    ["diff", "corpus/000_7a2837495db10dad.txt", "corpus/001_bd0859deabb9f25c.txt"],
  ])("wirediff %s writes no escape codes into a pipe, with CI set", (...args) => {
    const r = run(args, env);
    expect(r.code).toBe(0);
    expect(r.out).not.toContain("\u001b[");
  });
});
