/** An acknowledged import is on disk (file and folder flushed); an import is article and sidecar, both or neither. */
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { readdirSync } from "node:fs";
import type { Hono } from "hono";
import { createApp } from "../../src/server/app.tsx";
import type { CorpusState } from "../../src/server/corpus-state.ts";
import { tempCorpus } from "./helpers.ts";

const io = vi.hoisted(() => ({ log: [] as string[], failLink: null as RegExp | null }));
vi.mock("node:fs/promises", async (importOriginal) => {
  const fs = await importOriginal<typeof import("node:fs/promises")>();
  const open: typeof fs.open = async (path, ...rest) => {
    const fh = await fs.open(path, ...rest);
    const sync = fh.sync.bind(fh);
    fh.sync = async () => { io.log.push(`sync ${String(path)}`); return sync(); };
    return fh;
  };
  const link: typeof fs.link = async (from, to) => {
    if (io.failLink?.test(String(to))) throw Object.assign(new Error("EIO: i/o error (simulated)"), { code: "EIO" });
    await fs.link(from, to);
    io.log.push(`link ${String(to)}`);
  };
  return { ...fs, open, link, default: { ...fs, open, link } };
});

let app: Hono, state: CorpusState, dir: string, cleanup: () => void;
beforeEach(async () => {
  io.log.length = 0;
  io.failLink = null;
  ({ dir, cleanup } = tempCorpus());
  ({ app, state } = await createApp({ corpusDir: dir, watch: false }));
});
afterEach(() => { state.close(); cleanup(); });

const DAM = { text: "Dam holds\n\nThe dam held overnight, engineers said.", outlet: "Gazette", id: "dam" };
const send = () => app.request("/api/articles", {
  method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(DAM),
});

describe("durable imports", () => {
  it("the file, its sidecar and the folder are flushed to disk before the 201", async () => {
    const r = await send();
    expect(r.status).toBe(201);
    const log = [...io.log];
    for (const name of ["dam.txt", "dam.meta.json"]) {
      const synced = log.findIndex((l) => l.startsWith(`sync ${dir}/${name}.`) && l.endsWith(".tmp"));
      const linked = log.indexOf(`link ${dir}/${name}`);
      expect([name, synced >= 0, linked > synced]).toEqual([name, true, true]);
    }
    const lastLink = Math.max(...log.flatMap((l, i) => (l.startsWith("link ") ? [i] : [])));
    expect(log.slice(lastLink)).toContain(`sync ${dir}`);
  });
  it("a sidecar that cannot be linked leaves no article behind", async () => {
    const before = readdirSync(dir).sort();
    io.failLink = /\.meta\.json$/;
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect((await send()).status).toBe(500);
    expect(readdirSync(dir).sort()).toEqual(before);
    expect((await app.request("/api/articles/dam")).status).toBe(404);
  });
  it("an article that cannot be linked leaves no sidecar behind", async () => {
    const before = readdirSync(dir).sort();
    io.failLink = /dam\.txt$/;
    vi.spyOn(console, "error").mockImplementation(() => {});
    expect((await send()).status).toBe(500);
    expect(readdirSync(dir).sort()).toEqual(before);
    io.failLink = null;
    expect((await send()).status).toBe(201);
  });
});
