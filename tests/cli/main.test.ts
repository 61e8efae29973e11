import { describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { run } from "./run-cli.ts";

describe("wirediff CLI", () => {
  it("prints its version", () => {
    expect(run(["--version"]).out).toMatch(/\d+\.\d+\.\d+/);
  });
  it("rejects an unknown command with exit code 2 and a message", () => {
    const r = run(["frobnicate"]);
    expect(r.code).toBe(2);
    expect(r.err).toContain('unknown command "frobnicate"');
  });
});

describe("wirediff CLI probing", () => {
  it("fails on --help of an unknown command, so a script can tell which commands exist", () => {
    expect(run(["frobnicate", "--help"]).code).toBe(2);
    expect(run(["inspect", "--help"]).code).toBe(0);
  });
});

describe("wirediff CLI in a pipe", () => {
  it("exits quietly when the reader closes the pipe early (| head)", () => {
    const out = execFileSync("bash", ["-c", "node bin/wirediff.mjs compare corpus/000_7a2837495db10dad.txt corpus/001_bd0859deabb9f25c.txt --json | head -c 10; echo \" rc=${PIPESTATUS[0]}\""], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    expect(out).toMatch(/rc=0$/m);
  });
});
