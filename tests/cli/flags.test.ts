/** Issue 22 items 11 and 12: boolean flags anywhere on the line, usage errors exit 2, help that stands on its own. */
import { describe, expect, it } from "vitest";
import { run } from "./run-cli.ts";
import { buildCli } from "../../src/cli/build-cli.ts";
import { spellBooleanFlags } from "../../src/cli/boolean-flags.ts";

const A = "corpus/000_7a2837495db10dad.txt", B = "corpus/001_bd0859deabb9f25c.txt";


describe("boolean flags before the arguments (regression: --substance-only ate file A)", () => {
  const cli = buildCli();
  const cases = cli.commands.flatMap((command) => command.options.filter((o) => o.isBoolean && o.name !== "help")
    .map((option) => ({ command: command.name, flag: option.rawName.split(",").at(-1)!.trim(), option })));

  it("every command's boolean flags are covered", () => {
    expect(cases.map((c) => `${c.command} ${c.flag}`)).toEqual(expect.arrayContaining(["diff --substance-only", "diff --no-color", "inspect --json", "stories --json"]));
  });
  for (const { command, flag, option } of cases) {
    it(`${command} ${flag} x y keeps x and y as arguments`, () => {
      const c = buildCli();
      c.parse(spellBooleanFlags(c, ["node", "wirediff", command, flag, "x", "y"]), { run: false });
      expect(c.args).toEqual(["x", "y"]);
      expect(c.options[option.name]).toBe(!option.negated);
    });
  }
  it("a flag's value after -- stays an argument", () => {
    const c = buildCli();
    expect(spellBooleanFlags(c, ["node", "wirediff", "diff", "--", "--substance-only"]).at(-1)).toBe("--substance-only");
  });

  it("wirediff diff --substance-only A B runs (and matches the flag after the files)", () => {
    const before = run(["diff", "--substance-only", "--no-color", A, B]);
    expect(before.code).toBe(0);
    expect(before.out).toBe(run(["diff", A, B, "--substance-only", "--no-color"]).out);
    expect(before.out).not.toContain("[~");
  });
  it("a missing argument is a usage error: exit 2", () => {
    const r = run(["diff", A]);
    expect(r.code).toBe(2);
    expect(r.err).toContain("missing required args");
    expect(run(["inspect", A, "--frobnicate"]).code).toBe(2);
  });
});

describe("help stands on its own (regression: DESIGN.md pointers, --no-color (default: true))", () => {
  for (const command of buildCli().commands.map((c) => c.name)) {
    it(`${command} --help`, () => {
      const r = run([command, "--help"]);
      expect(r.code).toBe(0);
      expect(r.out).not.toMatch(/DESIGN|\(default: true\)/);
    });
  }
});
