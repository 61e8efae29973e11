/**
 * Imports through app.request and real HTTP: duplicates, refusals that leave nothing, ids across
 * formats, encodings, a 4xx for every bad body, files of the folder the corpus cannot serve.
 */
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { mkdirSync, mkdtempSync, readdirSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Hono } from "hono";
import { createApp } from "../../src/server/app.tsx";
import type { CorpusState } from "../../src/server/corpus-state.ts";
import { startServer, tempCorpus } from "./helpers.ts";

const A = "000_7a2837495db10dad";
let app: Hono, state: CorpusState, dir: string, cleanup: () => void;
beforeEach(async () => {
  const t = tempCorpus();
  ({ dir, cleanup } = t);
  ({ app, state } = await createApp({ corpusDir: dir, watch: false }));
});
afterEach(() => { state.close(); cleanup(); });

/** Forms and uploads carry Origin, as a browser sends them from the server's own page. */
const OWN = { origin: "http://localhost" };
const formPost = (body: FormData) => ({ method: "POST", body, headers: OWN });
const jsonPost = (body: string) => ({ method: "POST", headers: { "content-type": "application/json" }, body });
const postJson = async (body: unknown) => app.request("/api/articles", jsonPost(JSON.stringify(body)));
const errorOf = async (r: Response): Promise<string> => ((await r.json()) as { error: string }).error;
const upload = async (
  bytes: Uint8Array | string, name: string, path = "/api/articles", extra: Record<string, string> = {},
) => {
  const form = new FormData();
  form.set("file", new Blob([typeof bytes === "string" ? bytes : Uint8Array.from(bytes)]), name);
  for (const [k, v] of Object.entries(extra)) form.set(k, v);
  return app.request(path, formPost(form));
};
const ids = async () => ((await (await app.request("/api/articles")).json()) as { id: string }[]).map((x) => x.id);
const STORY = ["Floods close the valley road", "Rivers rose on Sunday after three days of rain, officials said.",
  "The road will stay shut until Wednesday."].join("\n\n");

describe("item 15: re-imports, empty imports, the form", () => {
  it("re-importing the same text returns the existing id as a 200 with a note, and writes nothing", async () => {
    const first = await postJson({ text: STORY, outlet: "Gazette" });
    expect(first.status).toBe(201);
    const { id } = (await first.json()) as { id: string };
    const files = readdirSync(dir).sort();
    const again = await postJson({ text: STORY, outlet: "Gazette" });
    expect(again.status).toBe(200);
    const body = (await again.json()) as { id: string; note: string };
    expect(body.id).toBe(id);
    expect(body.note).toMatch(/already imported/);
    expect(readdirSync(dir).sort()).toEqual(files);
    expect((await ids()).filter((x) => x === id)).toHaveLength(1);
    // the same text from another outlet is another article
    expect((await postJson({ text: STORY, outlet: "Herald" })).status).toBe(201);
  });
  it("an empty import says what is missing, not 'article \"import\" is empty'", async () => {
    const pasted = await postJson({ text: "  \n " });
    expect(pasted.status).toBe(400);
    const msg = await errorOf(pasted);
    expect(msg).not.toContain('"import"');
    expect(msg).toMatch(/text is empty: paste/);
    const file = await upload(new Uint8Array(), "notes.txt");
    expect(file.status).toBe(400);
    expect(await errorOf(file)).toBe('the file "notes.txt" is empty');
  });
  it("a JSON Lines upload, or a file with pasted text, is refused with what to do instead", async () => {
    const rows = await upload(JSON.stringify({ id: "r", text: "A row." }), "export.jsonl");
    expect(rows.status).toBe(415);
    expect(await errorOf(rows)).toMatch(/put it in the corpus folder, or serve it/);
    const both = await upload("Title\n\nText.", "a.txt", "/api/articles", { text: "Other text." });
    expect(both.status).toBe(400);
    expect(await errorOf(both)).toBe("give either pasted text or a file, not both");
  });
  it("the file picker accepts every type the form names", async () => {
    const html = await (await app.request("/import")).text();
    const label = /upload a file \(([^)]*)\)/.exec(html)![1]!;
    const accept = /accept="([^"]*)"/.exec(html)![1]!.split(",");
    const named = label.split(/,\s*/);
    expect(named.length).toBeGreaterThan(2);
    for (const ext of named) expect(accept).toContain(ext);
  });
  it("after an import the page offers to compare it with the story it joined", async () => {
    type Inspect = { paragraphs: { text: string }[] };
    const seed = ((await (await app.request(`/api/articles/${A}`)).json()) as Inspect).paragraphs;
    const form = new FormData();
    form.set("text", seed.slice(0, 9).map((p) => p.text).join("\n\n"));
    form.set("outlet", "Test Gazette");
    const r = await app.request("/import", formPost(form));
    expect(r.status).toBe(303);
    const to = r.headers.get("location")!;
    const id = new URL(to, "http://x").searchParams.get("imported")!;
    const page = await (await app.request(to)).text();
    expect(page).toContain(`Imported`);
    expect(page).toContain(`href="/compare?a=${A}&amp;b=${id}"`);
    expect(page).toMatch(/Compare with [^<]+<\/a> \(the story(&#39;|')s source\)/);
    // the same form again: said, not doubled
    const again = await app.request("/import", formPost(form));
    expect(again.headers.get("location")).toBe(`/import?imported=${id}&duplicate=1`);
    expect(await (await app.request(again.headers.get("location")!)).text()).toContain("Nothing was imported again");
  });
});

describe("item 21: refused imports leave nothing behind", () => {
  const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
  const cases: [string, () => Promise<Response>][] = [
    ["a PNG named .txt", () => upload(PNG, "photo.txt")],
    ["binary bytes", () => upload(Uint8Array.from([1, 2, 3, 0, 0, 7, 8, 0, 1, 2]), "data.md")],
    ["a NUL inside the text of an upload", () => upload(`Title\n\nOne line.${"\u0000"}More.`, "nul.txt")],
    ["a NUL inside pasted JSON text", () => postJson({ text: "Title\n\nOne\u0000line." })],
    ["a NUL inside the form's text", async () => {
      const f = new FormData();
      f.set("text", "Title\n\nOne\u0000line.");
      return app.request("/import", formPost(f));
    }],
    ["HTML with no tags", () => upload("just words, no markup at all", "page.html")],
  ];
  for (const [what, send] of cases) {
    it(`${what}: a 4xx, and the folder is as it was`, async () => {
      const before = readdirSync(dir).sort();
      const r = await send();
      expect(r.status).toBeGreaterThanOrEqual(400);
      expect(r.status).toBeLessThan(500);
      expect(readdirSync(dir).sort()).toEqual(before);
      const fresh = await createApp({ corpusDir: dir, watch: false });
      expect(fresh.state.corpus.errors).toEqual([]);
      fresh.state.close();
    });
  }
});

describe("item 22: ids are unique across formats; an import is the article and its sidecar", () => {
  it("50 parallel imports of one text, alternating txt and md, never give two files one id", async () => {
    const send = (k: number) => postJson({ text: STORY, format: ["txt", "md"][k % 2] });
    const rs = await Promise.all(Array.from({ length: 50 }, (_, k) => send(k)));
    expect(rs.every((r) => r.status === 200 || r.status === 201)).toBe(true);
    const bases = readdirSync(dir).filter((f) => !f.endsWith(".meta.json")).map((f) => f.slice(0, f.lastIndexOf(".")));
    expect(new Set(bases).size).toBe(bases.length);
    expect(rs.filter((r) => r.status === 201)).toHaveLength(2);
    const fresh = await createApp({ corpusDir: dir, watch: false });
    expect(fresh.state.corpus.errors).toEqual([]);
    expect(fresh.state.corpus.articles.length).toBe(state.corpus.articles.length);
    fresh.state.close();
  });
  it("50 parallel imports asking for one id: one is written, the rest are refused", async () => {
    const send = (k: number) => postJson({
      text: `Story ${k}\n\nLine ${k}.`, format: ["txt", "md"][k % 2], id: "wanted",
    });
    const rs = await Promise.all(Array.from({ length: 50 }, (_, k) => send(k)));
    expect(rs.map((r) => r.status).sort()).toEqual([201, ...Array(49).fill(409)]);
    expect(readdirSync(dir).filter((f) => f.startsWith("wanted"))).toHaveLength(1);
  });
  it("an id a JSON Lines row holds is not taken by an import", async () => {
    writeFileSync(join(dir, "rows.jsonl"), JSON.stringify({ id: "wanted", text: "A row.\n\nOf an export." }) + "\n");
    await state.load();
    expect((await postJson({ text: "Other\n\nText.", id: "wanted" })).status).toBe(409);
  });
});

describe("item 24: uploads are decoded as the command line decodes files", () => {
  it("Windows-1252 is decoded, with a warning, not stored as U+FFFD", async () => {
    const bytes = Buffer.from("Caf\u00e9 owners protest\n\nThe caf\u00e9 \u0093stays open\u0094, they said.", "latin1");
    const r = await upload(bytes, "cafe.txt");
    expect(r.status).toBe(201);
    const j = (await r.json()) as { title: string; warnings: string[]; paragraphs: { text: string }[] };
    expect(j.paragraphs.map((p) => p.text).join(" ")).toContain("The café “stays open”");
    expect(JSON.stringify(j)).not.toContain("\uFFFD");
    expect(j.warnings.join(" ")).toMatch(/Windows-1252/);
  });
  it("UTF-16 with a byte-order mark is decoded, both byte orders", async () => {
    const utf16 = (text: string, be: boolean) => {
      const bytes = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
      return be ? bytes.swap16() : bytes;
    };
    for (const be of [false, true]) {
      const line = `Voters in Zürich said “yes” on ${be ? "Sunday" : "Monday"}.`;
      const r = await upload(utf16(`Zürich votes\n\n${line}`, be), "z.txt");
      expect(r.status).toBe(201);
      expect(((await r.json()) as { paragraphs: { text: string }[] }).paragraphs[1]!.text).toBe(line);
    }
  });
});

describe("item 25: bad bodies are a 4xx with a message, never a 500", () => {
  const body = '--abc\r\nContent-Disposition: form-data; name="text"\r\n\r\nHello.\r\n--abc--\r\n';
  const multipart = (type: string) => ({ method: "POST", headers: { "content-type": type, ...OWN }, body });
  it("JSON null, an array or a string", async () => {
    for (const body of ["null", "[]", '"text"', "3"]) {
      const r = await app.request("/api/articles", jsonPost(body));
      expect([body, r.status]).toEqual([body, 400]);
      expect(await errorOf(r)).toMatch(/must be an object/);
    }
  });
  it("multipart with no boundary or a wrong one, on the API and on the form", async () => {
    for (const type of ["multipart/form-data", "multipart/form-data; boundary=zzz"]) {
      const api = await app.request("/api/articles", multipart(type));
      expect(api.status).toBe(400);
      expect(await errorOf(api)).toMatch(/boundary/);
      const form = await app.request("/import", multipart(type));
      expect(form.status).toBe(400);
      expect(await form.text()).toContain("wd-import-error");
    }
  });
  it("an .html file with no tags", async () => {
    const r = await upload("plain words only", "page.html");
    expect(r.status).toBe(400);
    expect(await errorOf(r)).toMatch(/no tags/);
  });
  it("an import while serving a JSON Lines export is refused with the reason", async () => {
    const exp = join(dir, "export.jsonl");
    writeFileSync(exp, JSON.stringify({ id: "r1", text: "One.\n\nTwo." }) + "\n");
    const served = await createApp({ corpusDir: exp, watch: false });
    const r = await served.app.request("/api/articles", jsonPost(JSON.stringify({ text: "New.\n\nText." })));
    expect(r.status).toBe(409);
    expect(await errorOf(r)).toMatch(/export file export.jsonl.*serve a corpus folder/);
    const f = new FormData();
    f.set("text", "New.\n\nText.");
    const page = await served.app.request("/import", formPost(f));
    expect(page.status).toBe(409);
    expect(await (await served.app.request("/import")).text()).toContain("wd-import-readonly");
    served.state.close();
  });
});

describe("item 27: files the corpus cannot serve are listed as skipped, with the reason", () => {
  it("a file whose name is not a valid id is skipped and said so; every listed article opens", async () => {
    writeFileSync(join(dir, "My story (1).txt"), "A title\n\nA line of news.");
    const rows = [{ id: "ok-row", text: "Fine.\n\nRow." }, { id: "bad row", text: "Bad.\n\nRow." }];
    writeFileSync(join(dir, "rows.jsonl"), rows.map((r) => JSON.stringify(r)).join("\n"));
    await state.load();
    for (const id of await ids()) {
      expect([id, (await app.request(`/api/articles/${encodeURIComponent(id)}`)).status]).toEqual([id, 200]);
    }
    expect(await ids()).toContain("ok-row");
    const home = await (await app.request("/")).text();
    expect(home).toMatch(/My story \(1\)\.txt<\/code>: skipped: &quot;My story \(1\)&quot; is not a valid article id/);
    expect(home).toMatch(/rows\.jsonl<\/code>: skipped a row: &quot;bad row&quot;/);
  });
  it("a symbolic link that leads out of the corpus folder is refused and said so", async () => {
    const outside = mkdtempSync(join(tmpdir(), "wd-outside-"));
    try {
      writeFileSync(join(outside, "secret.txt"), "Secret title\n\nPrivate words.");
      writeFileSync(join(outside, "meta.json"), JSON.stringify({ outlet: "Leaked" }));
      symlinkSync(join(outside, "secret.txt"), join(dir, "secret.txt"));
      writeFileSync(join(dir, "inside.txt"), "Inside\n\nWords.");
      symlinkSync(join(outside, "meta.json"), join(dir, "inside.meta.json"));
      mkdirSync(join(dir, "sub"));
      writeFileSync(join(dir, "sub", "target.txt"), "Target\n\nLinked from inside.");
      symlinkSync(join(dir, "sub", "target.txt"), join(dir, "alias.txt"));
      await state.load();
      const list = await ids();
      expect(list).not.toContain("secret");
      expect(list).not.toContain("inside");
      expect(list).toContain("alias");
      const errors = state.corpus.errors.map((e) => `${e.file}: ${e.message}`).join("\n");
      expect(errors).toMatch(/secret\.txt: refused: secret\.txt is a symbolic link to .*secret\.txt, outside/);
      expect(errors).toMatch(/inside\.txt: refused: inside\.meta\.json is a symbolic link/);
      expect(await (await app.request("/")).text()).not.toContain("Private words");
    } finally {
      rmSync(outside, { recursive: true, force: true });
    }
  });
});

describe("over real HTTP", () => {
  it("a re-import and a refused upload", async () => {
    const { base, stop } = await startServer();
    try {
      const send = () => fetch(base + "/api/articles", jsonPost(JSON.stringify({ text: STORY })));
      expect((await send()).status).toBe(201);
      expect((await send()).status).toBe(200);
      const form = new FormData();
      form.set("file", new Blob([Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0])]), "x.txt");
      const r = await fetch(base + "/api/articles", { method: "POST", body: form, headers: { origin: base } });
      expect(r.status).toBe(415);
      expect((await fetch(base + "/api/articles/x")).status).toBe(404);
      const nul = await fetch(base + "/api/articles", jsonPost("null"));
      expect(nul.status).toBe(400);
    } finally {
      stop();
    }
  });
});
