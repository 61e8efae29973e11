import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, unlinkSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { TARGETS, bundled } from "../../scripts/bundle.mjs";

let root: string;
const target = () => ({ name: "tool", entry: "src/main.ts", inputs: ["src"], root });
const later = (path: string, seconds: number) => { const t = Date.now() / 1000 + seconds; utimesSync(path, t, t); };
const run = async (file: string): Promise<string> => (await import(pathToFileURL(file).href + "?v=" + Math.random())).answer;

beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), "wd-bundle-"));
  mkdirSync(join(root, "src"));
  writeFileSync(join(root, "package.json"), "{}");
  writeFileSync(join(root, "src/main.ts"), 'import { part } from "./part.ts";\nexport const answer: string = "main+" + part;\n');
  writeFileSync(join(root, "src/part.ts"), 'export const part: string = "one";\n');
  writeFileSync(join(root, "src/notes.ts"), "export {};\n");
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

describe("bundled", () => {
  it("builds a missing bundle, then reuses it while no source is newer", async () => {
    const first = await bundled(target());
    expect(first.built).toBe(true);
    expect(await run(first.file)).toBe("main+one");
    expect((await bundled(target())).built).toBe(false);
  });

  it("rebuilds when a source changes or a file is removed", async () => {
    const { file } = await bundled(target());
    writeFileSync(join(root, "src/part.ts"), 'export const part: string = "two";\n');
    later(join(root, "src/part.ts"), 5);
    expect((await bundled(target())).built).toBe(true);
    expect(await run(file)).toBe("main+two");
    unlinkSync(join(root, "src/notes.ts"));
    later(join(root, "src"), 10);
    expect((await bundled(target())).built).toBe(true);
  });

  it("leaves a whole bundle and no temporary files when several processes build at once", async () => {
    const results = await Promise.all([1, 2, 3, 4].map(() => bundled(target())));
    expect(results.every((r) => r.file === results[0]!.file)).toBe(true);
    expect(await run(results[0]!.file)).toBe("main+one");
    expect(readdirSync(join(root, "dist")).sort()).toEqual(["tool.mjs", "tool.mjs.map"]);
  });

  it("fails on a source that does not compile and keeps the bundle it had", async () => {
    const { file } = await bundled(target());
    const before = readFileSync(file, "utf8");
    writeFileSync(join(root, "src/part.ts"), "export const part = ;\n");
    later(join(root, "src/part.ts"), 5);
    await expect(bundled(target())).rejects.toThrow(/Expected|error/i);
    expect(readFileSync(file, "utf8")).toBe(before);
  });

  it("builds the project's own targets from files in the repository", () => {
    for (const t of Object.values(TARGETS)) {
      expect(readFileSync(t.entry, "utf8").length).toBeGreaterThan(0);
      for (const dir of t.inputs) expect(readdirSync(dir).length).toBeGreaterThan(0);
      for (const w of Object.values(t.workers ?? {})) expect(readFileSync(w, "utf8").length).toBeGreaterThan(0);
    }
  });

  it("builds a target's workers beside it, and rebuilds when one is missing", async () => {
    writeFileSync(join(root, "src/worker.ts"), 'import { part } from "./part.ts";\nexport const answer: string = "worker+" + part;\n');
    const withWorker = { ...target(), workers: { "tool-worker": "src/worker.ts" } };
    const { file } = await bundled(withWorker);
    expect(readdirSync(join(root, "dist")).sort()).toEqual(["tool-worker.mjs", "tool-worker.mjs.map", "tool.mjs", "tool.mjs.map"]);
    expect(await run(join(root, "dist/tool-worker.mjs"))).toBe("worker+one");
    expect(await run(file)).toBe("main+one");
    expect((await bundled(withWorker)).built).toBe(false);
    unlinkSync(join(root, "dist/tool-worker.mjs"));
    expect((await bundled(withWorker)).built).toBe(true);
    expect(await run(join(root, "dist/tool-worker.mjs"))).toBe("worker+one");
  });
});
