/** A build of the corpus index stopped anywhere (an error, the process killed) leaves whole transactions, resumes. */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import fc from "fast-check";
import { spawn } from "node:child_process";
import { cpSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { openCorpusIndex } from "../../src/corpus/index/open-index.ts";
import { updateIndex } from "../../src/corpus/index/update-index.ts";
import { dumpIndex, failing } from "./index-helpers.ts";

let dir: string, scratch: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), "wd-resume-"));
  scratch = mkdtempSync(join(tmpdir(), "wd-resume-scratch-"));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
  rmSync(scratch, { recursive: true, force: true });
});

const OUTLETS = ["Gazette", "Herald", "Courier"];
function writeCorpus(n: number, seed: number): void {
  for (let i = 0; i < n; i++) {
    const story = (i * 7 + seed) % 5;
    const text = [`Story ${story} opens with the council's decision on item ${story}, announced on Monday night.`,
      `The vote was ${story + 3} to ${story}, and the mayor said the plan would start in ${2030 + story}.`,
      "Follow our live coverage all day.", `Version ${i} adds a closing line of its own here.`].join("\n\n");
    const base = join(dir, `art-${String(i).padStart(4, "0")}`);
    writeFileSync(`${base}.txt`, text);
    writeFileSync(`${base}.meta.json`, JSON.stringify({ outlet: OUTLETS[i % 3] }));
  }
}

async function scratchDump(): Promise<Record<string, unknown[]>> {
  cpSync(dir, scratch, { recursive: true, filter: (src) => !src.includes(".wirediff") });
  const db = await openCorpusIndex(scratch);
  try { await updateIndex(db, scratch); return await dumpIndex(db); } finally { await db.close(); }
}

describe("corpus index, stopped and resumed", () => {
  it("a build that fails at any statement, run again, equals a build from scratch", async () => {
    writeCorpus(12, 0);
    const expected = await scratchDump();
    const failAt = fc.integer({ min: 1, max: 400 }), batchFiles = fc.integer({ min: 1, max: 5 });
    await fc.assert(fc.asyncProperty(failAt, batchFiles, async (failAt, batch) => {
      rmSync(join(dir, ".wirediff"), { recursive: true, force: true });
      const db = await openCorpusIndex(dir);
      try {
        await updateIndex(failing(db, failAt), dir, { batchFiles: batch }).catch((e: Error) => {
          if (e.message !== "stopped") throw e;
        });
        await updateIndex(db, dir);
        expect(await dumpIndex(db)).toEqual(expected);
      } finally {
        await db.close();
      }
    }), { numRuns: 25 });
  });

  it("a build whose process is killed midway resumes with nothing lost or doubled", async () => {
    writeCorpus(400, 1);
    const script = `import { openCorpusIndex } from "./src/corpus/index/open-index.ts";
      import { updateIndex } from "./src/corpus/index/update-index.ts";
      const db = await openCorpusIndex(process.argv[1]);
      const onProgress = (d) => { if (d === 60) console.log("midway"); };
      await updateIndex(db, process.argv[1], { batchFiles: 5, onProgress });`;
    const child = spawn(process.execPath, ["--import", "tsx", "--input-type=module", "-e", script, dir],
      { cwd: process.cwd(), stdio: ["ignore", "pipe", "inherit"] });
    const exited = new Promise((resolve, reject) => { child.on("exit", resolve); child.on("error", reject); });
    child.stdout.on("data", (d: Buffer) => { if (String(d).includes("midway")) child.kill("SIGKILL"); });
    expect(await exited).not.toBe(0);
    const db = await openCorpusIndex(dir);
    try {
      const partial = Number((await db.all<{ n: number }>("SELECT COUNT(*) AS n FROM files"))[0]!.n);
      expect(partial).toBeLessThan(400); // it was stopped before the end
      const r = await updateIndex(db, dir);
      expect(r.added).toBe(400 - partial);
      expect(await dumpIndex(db)).toEqual(await scratchDump());
    } finally {
      await db.close();
    }
  }, 60_000);
});
