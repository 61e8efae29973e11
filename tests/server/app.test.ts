import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { Hono } from "hono";
import { createApp } from "../../src/server/app.tsx";
import type { CorpusState } from "../../src/server/corpus-state.ts";
import { tempCorpus } from "./helpers.ts";

const A = "000_7a2837495db10dad", B = "001_bd0859deabb9f25c";
let app: Hono, state: CorpusState, cleanup: () => void;
beforeAll(async () => {
  const t = tempCorpus();
  cleanup = t.cleanup;
  ({ app, state } = await createApp({ corpusDir: t.dir, watch: false }));
});
afterAll(() => { state.close(); cleanup(); });

describe("API", () => {
  it("GET /api/articles lists the corpus with story groups", async () => {
    const r = await app.request("/api/articles");
    expect(r.status).toBe(200);
    const list = (await r.json()) as { id: string; story: string | null; words: number }[];
    expect(list).toHaveLength(5);
    expect(list.find((x) => x.id === B)!.story).toBe(A);
    expect(list.find((x) => x.id.startsWith("004"))!.story).toBe("004_05570ace6ea889dd"); // a story of one version
  });
  it("GET /api/articles/:id is the inspect object", async () => {
    const j = (await (await app.request(`/api/articles/${A}`)).json()) as { id: string; agency: string; paragraphs: unknown[] };
    expect([j.id, j.agency, j.paragraphs.length]).toEqual([A, "AFP", 14]);
  });
  it("GET /api/compare is the compare object", async () => {
    const j = (await (await app.request(`/api/compare?a=${A}&b=${B}`)).json()) as { links: { edits: unknown[] }[]; stats: { aWords: number }; quotes: unknown[] };
    expect(j.links.length).toBeGreaterThan(0);
    expect(j.links.every((l) => Array.isArray(l.edits))).toBe(true);
    expect(j.stats.aWords).toBeGreaterThan(300);
  });
  it("GET /api/articles/:id/related gives containment both ways and the shared passages", async () => {
    const j = (await (await app.request("/api/articles/002_ca62aa66175010a1/related")).json()) as { id: string; sameStory: boolean; passages: { a: number[]; b: number[] } }[];
    expect(j.map((r) => r.id)).toEqual(["003_2e69bfaaa9c68124"]);
    expect(j[0]!.sameStory).toBe(false);
    expect(j[0]!.passages.a).toContain(6);
    expect(await (await app.request("/article/002_ca62aa66175010a1")).text()).toContain("Related articles");
  });
  it("GET /api/stories", async () => {
    const j = (await (await app.request("/api/stories")).json()) as { stories: { id: string; versions: string[] }[] };
    expect(j.stories.find((s) => s.id === A)!.versions).toEqual([A, B]);
  });
  it("answers errors as JSON with the right status", async () => {
    const cases: [string, RequestInit | undefined, number][] = [
      ["/api/articles/nope", undefined, 404],
      ["/api/articles/..%2F..%2Fetc%2Fpasswd", undefined, 400],
      ["/api/compare?a=" + A, undefined, 400],
      [`/api/compare?a=${A}&b=nope`, undefined, 404],
      ["/api/nothing", undefined, 404],
      ["/api/articles", { method: "POST", headers: { "content-type": "text/plain", origin: "http://localhost" }, body: "x" }, 415],
      ["/api/articles", { method: "POST", headers: { "content-type": "application/json" }, body: "{bad" }, 400],
      ["/api/articles", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "   " }) }, 400],
      ["/api/articles", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "x", format: "pdf" }) }, 415],
      ["/api/articles", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "x".repeat(11 * 1024 * 1024) }) }, 413],
      ["/api/articles", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "A line.", id: "../x" }) }, 400],
    ];
    for (const [path, init, status] of cases) {
      const r = await app.request(path, init);
      expect([path, r.status]).toEqual([path, status]);
      expect(typeof ((await r.json()) as { error: string }).error).toBe("string");
    }
  });
  it("POST /api/articles imports, never overwrites, and the article is then served", async () => {
    const r = await app.request("/api/articles", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "Floods hit\n\nRivers rose on Sunday.", outlet: "Gazette", id: "floods-1" }) });
    expect(r.status).toBe(201);
    expect(((await r.json()) as { outlet: string }).outlet).toBe("Gazette");
    expect((await app.request("/api/articles/floods-1")).status).toBe(200);
    const again = await app.request("/api/articles", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "Other.", id: "floods-1" }) });
    expect(again.status).toBe(409);
  });
});

describe("pages", () => {
  it("home lists the corpus, filters and sorts without JavaScript", async () => {
    const html = await (await app.request("/?q=daily")).text();
    expect(html.startsWith("<!DOCTYPE html>")).toBe(true);
    expect(html).toContain("Daily Express");
    expect(html).not.toContain("The National");
    expect((await app.request("/?sort=words&dir=desc")).status).toBe(200);
  });
  it("home pages a large corpus: the server filters and sorts, and links the pages", async () => {
    const { tempCorpus } = await import("./helpers.ts");
    const t = tempCorpus();
    const paged = await createApp({ corpusDir: t.dir, watch: false, pageSize: 2 });
    const rowsOf = (html: string) => [...html.matchAll(/<tr data-id="([^"]+)"/g)].map((m) => m[1]);
    const p1 = await (await paged.app.request("/?sort=title&dir=asc")).text();
    expect(rowsOf(p1)).toHaveLength(2);
    expect(p1).toContain('data-paged="true"');
    expect(p1).toMatch(/Articles 1–2 of 5/);
    expect(p1).toContain("page=2");
    const p3 = await (await paged.app.request("/?sort=title&dir=asc&page=3")).text();
    expect(rowsOf(p3)).toHaveLength(1);
    expect(p3).toContain("rel=\"prev\"");
    expect(p3).not.toContain("rel=\"next\"");
    // every article shows up on exactly one page, in the server's order
    const all = [1, 2, 3].map(async (p) => rowsOf(await (await paged.app.request(`/?sort=title&dir=asc&page=${p}`)).text()));
    expect(new Set((await Promise.all(all)).flat()).size).toBe(5);
    // out-of-range and junk pages clamp; a filter narrows before paging
    expect(rowsOf(await (await paged.app.request("/?page=99")).text())).toHaveLength(1);
    expect(rowsOf(await (await paged.app.request("/?page=abc")).text())).toHaveLength(2);
    const filtered = await (await paged.app.request("/?q=daily")).text();
    expect(rowsOf(filtered)).toHaveLength(1);
    expect(filtered).not.toContain('data-paged="true"');
    paged.state.close();
    t.cleanup();
  });
  it("GET /api/articles takes an optional offset and limit", async () => {
    const all = (await (await app.request("/api/articles")).json()) as { id: string }[];
    const window = (await (await app.request("/api/articles?offset=1&limit=2")).json()) as { id: string }[];
    expect(window.map((x) => x.id)).toEqual(all.slice(1, 3).map((x) => x.id));
    expect((await app.request("/api/articles?limit=-1")).status).toBe(400);
    expect(await (await app.request("/api/articles?offset=x")).json()).toHaveProperty("error");
  });
  it("compare page: side by side, inline, hidden style edits, downloads; CSP set", async () => {
    const r = await app.request(`/compare?a=${A}&b=${B}`);
    expect(r.headers.get("content-security-policy")).toContain("default-src 'self'");
    const html = await r.text();
    expect(html).toContain("wd-view-side");
    expect(html).toContain("merged");
    expect(html).toMatch(/<del class="wd-style"/);
    expect(await (await app.request(`/compare?a=${A}&b=${B}&view=inline&style=hide`)).text()).toContain("wd-view-inline wd-hide-style");
    const md = await app.request(`/compare/download?a=${A}&b=${B}&format=md`);
    expect(md.headers.get("content-type")).toContain("text/markdown");
    expect(await md.text()).toContain("[");
    expect((await app.request(`/compare/download?a=${A}&b=${B}&format=pdf`)).status).toBe(400);
  });
  it("escapes article text on pages", async () => {
    await app.request("/api/articles", { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ text: "Hello <script>alert(1)</script> world.", id: "xss" }) });
    const html = await (await app.request(`/compare?a=xss&b=${A}`)).text();
    expect(html).not.toContain("<script>alert(1)</script>");
    expect(html).toContain("&lt;script&gt;alert(1)&lt;/script&gt;");
  });
  it("story page and its downloads", async () => {
    const html = await (await app.request(`/story/${A}`)).text();
    expect(html).toContain("wd-matrix");
    expect((await app.request(`/story/${B}/download?format=csv`)).status).toBe(200);
  });
  it("import form: success redirects, bad input is answered in the form", async () => {
    const ok = new FormData();
    ok.set("text", "Markets fall\n\nShares fell on Monday.");
    ok.set("outlet", "Wire");
    const own = { origin: "http://localhost" }; // as a browser sends with the server's own form
    const r = await app.request("/import", { method: "POST", body: ok, headers: own });
    expect(r.status).toBe(303);
    const bad = new FormData();
    bad.set("text", "   ");
    const b = await app.request("/import", { method: "POST", body: bad, headers: own });
    expect(b.status).toBe(400);
    expect(await b.text()).toContain("wd-import-error");
  });
  it("unknown pages and articles give an error page", async () => {
    expect((await app.request("/nowhere")).status).toBe(404);
    expect((await app.request("/article/nope")).status).toBe(404);
    expect((await app.request("/compare?a=x")).status).toBe(400);
  });
});

describe("comparison cache", () => {
  it("is bounded by count and by rough size, evicting the least recently used", async () => {
    const { tempCorpus } = await import("./helpers.ts");
    const { CorpusState } = await import("../../src/server/corpus-state.ts");
    const t = tempCorpus();
    const ids = ["000_7a2837495db10dad", "001_bd0859deabb9f25c", "002_ca62aa66175010a1", "003_2e69bfaaa9c68124", "004_05570ace6ea889dd"];
    const byCount = await new CorpusState({ corpusDir: t.dir, watch: false, cacheSize: 3 }).load();
    for (const b of ids.slice(1)) byCount.compare(ids[0]!, b);
    expect(byCount.cacheStats().entries).toBe(3);
    const one = await new CorpusState({ corpusDir: t.dir, watch: false }).load();
    one.compare(ids[0]!, ids[1]!);
    const size = one.cacheStats().bytes;
    expect(size).toBeGreaterThan(1000);
    const bySize = await new CorpusState({ corpusDir: t.dir, watch: false, cacheBytes: Math.floor(size * 1.5) }).load();
    bySize.compare(ids[0]!, ids[1]!);
    bySize.compare(ids[1]!, ids[0]!);
    expect(bySize.cacheStats().entries).toBe(1);
    expect(bySize.cacheStats().bytes).toBeLessThanOrEqual(Math.floor(size * 1.5));
    for (const s of [byCount, one, bySize]) s.close();
    t.cleanup();
  });
});
