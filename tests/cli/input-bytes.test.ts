/** The command line and the server read the same bytes the same way (one decoder); tagless HTML is a message. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createApp } from "../../src/server/app.tsx";
import { tempCorpus } from "../server/helpers.ts";

function run(args: string[]): { code: number; out: string; err: string } {
  try {
    const out = execFileSync(process.execPath, ["bin/wirediff.mjs", ...args], {
      encoding: "utf8", stdio: ["ignore", "pipe", "pipe"],
    });
    return { code: 0, out, err: "" };
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    return { code: x.status, out: x.stdout, err: x.stderr };
  }
}

let dir: string;
beforeAll(() => { dir = mkdtempSync(join(tmpdir(), "wd-cli-bytes-")); });
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("input bytes", () => {
  it("an .html file with no tags is a clear message and exit 1, not Readability's TypeError", () => {
    writeFileSync(join(dir, "plain.html"), "Only words here, no markup.");
    const r = run(["inspect", join(dir, "plain.html")]);
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^wirediff: the HTML has no tags/);
    expect(r.err).not.toContain("Readability");
  });
  it("UTF-16 and Windows-1252 files: the command line and an upload give the same article", async () => {
    const files: [string, Buffer][] = [
      ["utf16.txt", Buffer.concat([
        Buffer.from([0xff, 0xfe]), Buffer.from("Zürich votes\n\nVoters said “yes”.", "utf16le"),
      ])],
      ["cp1252.txt", Buffer.from("Caf\u00e9 owners\n\nThe caf\u00e9 stays open \u0096 for now.", "latin1")],
    ];
    const t = tempCorpus();
    const { app, state } = await createApp({ corpusDir: t.dir, watch: false });
    try {
      for (const [name, bytes] of files) {
        writeFileSync(join(dir, name), bytes);
        type Inspect = { paragraphs: unknown[]; warnings: string[] };
        const cli = JSON.parse(run(["inspect", join(dir, name), "--json"]).out) as Inspect;
        const form = new FormData();
        form.set("file", new Blob([Uint8Array.from(bytes)]), name);
        const init = { method: "POST", body: form, headers: { origin: "http://localhost" } };
        const up = (await (await app.request("/api/articles", init)).json()) as Inspect;
        expect(up.paragraphs).toEqual(cli.paragraphs);
        expect(up.warnings).toEqual(cli.warnings);
      }
    } finally {
      state.close();
      t.cleanup();
    }
  });
});
