/** Item 23: an import adds one article; the watcher takes in changed files one by one, not the server's own writes. */
import { afterEach, describe, expect, it } from "vitest";
import { unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createApp } from "../../src/server/app.tsx";
import type { CorpusState } from "../../src/server/corpus-state.ts";
import { tempCorpus } from "./helpers.ts";

const A = "000_7a2837495db10dad", D = "003_2e69bfaaa9c68124", E = "004_05570ace6ea889dd";
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
async function until(ok: () => boolean, ms = 5000): Promise<void> {
  for (const end = Date.now() + ms; !ok(); await sleep(25)) {
    if (Date.now() > end) throw new Error("timed out waiting for the corpus to change");
  }
}

let done: (() => void)[] = [];
afterEach(() => { for (const f of done) f(); done = []; });
async function server(watch: boolean) {
  const t = tempCorpus();
  const s = await createApp({ corpusDir: t.dir, watch });
  done.push(() => { s.state.close(); t.cleanup(); });
  return { ...s, dir: t.dir };
}
const importJson = (app: { request: (p: string, i: RequestInit) => Response | Promise<Response> }, text: string) =>
  app.request("/api/articles", {
    method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text }),
  });
const TEXT = "Bridge reopens\n\nThe bridge reopened on Tuesday after repairs, the city said.";

describe("an import adds one article to the loaded corpus", () => {
  it("without reading the other files again", async () => {
    const { app, state, dir } = await server(false);
    const a = state.corpus.byId.get(A);
    writeFileSync(join(dir, `${E}.txt`), "Changed behind the server's back\n\nNot yet taken in.");
    expect((await importJson(app, TEXT)).status).toBe(201);
    expect(state.corpus.byId.get(A)).toBe(a);
    expect(state.corpus.byId.get(E)!.title).not.toBe("Changed behind the server's back");
    expect(state.corpus.articles).toHaveLength(6);
    expect((await (await app.request("/api/articles")).json()) as unknown[]).toHaveLength(6);
  });
  it("and keeps the comparisons it had cached", async () => {
    const { app, state } = await server(false);
    state.compare(A, "001_bd0859deabb9f25c");
    expect((await importJson(app, TEXT)).status).toBe(201);
    expect(state.cacheStats().entries).toBe(1);
  });
});

describe("the watcher", () => {
  it("does not reload for the server's own writes", async () => {
    const { app, state } = await server(true);
    const a = state.corpus.byId.get(A);
    const v = state.version;
    const r = await importJson(app, TEXT);
    expect(r.status).toBe(201);
    const { id } = (await r.json()) as { id: string };
    const imported = state.corpus.byId.get(id);
    expect(state.version).toBe(v + 1);
    await sleep(600);
    expect(state.version).toBe(v + 1);
    expect(state.corpus.byId.get(A)).toBe(a);
    expect(state.corpus.byId.get(id)).toBe(imported);
  });
  it("takes in a new, a changed and a deleted file without reading the others", async () => {
    const { state, dir } = await server(true);
    const a = state.corpus.byId.get(A);
    writeFileSync(join(dir, "new-story.txt"), TEXT);
    writeFileSync(join(dir, `${E}.meta.json`), JSON.stringify({ outlet: "Renamed Outlet" }));
    unlinkSync(join(dir, `${D}.txt`));
    const { byId } = state.corpus;
    await until(() => byId.has("new-story") && !byId.has(D) && byId.get(E)!.outlet === "Renamed Outlet");
    expect(state.corpus.byId.get(A)).toBe(a);
    expect(state.corpus.articles.map((x) => x.id)).toEqual([
      A, "001_bd0859deabb9f25c", "002_ca62aa66175010a1", E, "new-story",
    ]);
  });
  it("takes in a burst of files together", async () => {
    const { state, dir } = await server(true);
    const v = state.version;
    for (let k = 0; k < 30; k++) writeFileSync(join(dir, `burst-${k}.txt`), `Burst ${k}\n\nLine ${k} of the burst.`);
    await until(() => state.corpus.articles.length === 35);
    expect(state.version - v).toBeLessThanOrEqual(3);
  });
});
