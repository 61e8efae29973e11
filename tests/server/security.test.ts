/** Cross-site writes, DNS rebinding and the write token (issue 22, item 20), through app.request() and real HTTP. */
import { request as httpRequest } from "node:http";
import { readdirSync } from "node:fs";
import type { Hono } from "hono";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createApp } from "../../src/server/app.tsx";
import type { CorpusState } from "../../src/server/corpus-state.ts";
import { writeRefusal } from "../../src/server/security/same-origin-writes.ts";
import { isLoopback } from "../../src/server/security/addresses.ts";
import { splitHost } from "../../src/server/security/host-check.ts";
import { startServer, tempCorpus } from "./helpers.ts";

const EVIL = "https://evil.example";
const form = (text: string) => { const f = new FormData(); f.set("text", text); return f; };
const json = (text: string) => JSON.stringify({ text });

let app: Hono, state: CorpusState, t: ReturnType<typeof tempCorpus>;
beforeAll(async () => { t = tempCorpus(); ({ app, state } = await createApp({ corpusDir: t.dir, watch: false })); });
afterAll(() => { state.close(); t.cleanup(); });

describe("writes from other sites (app.request)", () => {
  it("regression: a form POST to /import and a multipart POST to /api/articles from a foreign Origin were accepted (303/201)", async () => {
    const files = readdirSync(t.dir).sort();
    const cases: [string, Record<string, string>][] = [
      ["/import", { origin: EVIL }],
      ["/api/articles", { origin: EVIL }],
      ["/import", { origin: "null" }],
      ["/api/articles", { origin: "null" }],
      ["/import", { "sec-fetch-site": "cross-site" }],
      ["/import", { "sec-fetch-site": "same-site", origin: "http://localhost:3000" }],
      ["/import", { referer: `${EVIL}/page` }],
      ["/import", {}], // a form body with neither header: a browser would have sent Origin
      ["/api/articles", {}],
    ];
    for (const [path, headers] of cases) {
      const r = await app.request(path, { method: "POST", body: form("Planted\n\nA story nobody wrote."), headers });
      expect([path, headers, r.status]).toEqual([path, headers, 403]);
      expect(await r.text()).toMatch(/refused a change to the corpus/);
    }
    const api = await app.request("/api/articles", { method: "POST", body: form("Planted."), headers: { origin: EVIL } });
    expect(await api.json()).toEqual({ error: `refused a change to the corpus: the request came from ${EVIL}, not from this server` });
    const jsonFromEvil = await app.request("/api/articles",
      { method: "POST", body: json("Planted."), headers: { origin: EVIL, "content-type": "application/json" } });
    expect(jsonFromEvil.status).toBe(403);
    expect(readdirSync(t.dir).sort()).toEqual(files);
  });

  it("takes writes from the server's own pages and from API clients that send JSON", async () => {
    const own: Record<string, string>[] = [
      { origin: "http://localhost" },
      { origin: "http://localhost", "sec-fetch-site": "same-origin" },
      { "sec-fetch-site": "same-origin" },
      { referer: "http://localhost/import" },
    ];
    for (const [i, headers] of own.entries()) {
      const r = await app.request("/import", { method: "POST", body: form(`Own page ${i}\n\nShares fell on Monday number ${i}.`), headers });
      expect([headers, r.status]).toEqual([headers, 303]);
    }
    const r = await app.request("/api/articles",
      { method: "POST", body: json("Script import\n\nA line from curl."), headers: { "content-type": "application/json" } });
    expect(r.status).toBe(201);
  });

  it("still serves reads linked from other sites", async () => {
    const r = await app.request("/api/stories", { headers: { "sec-fetch-site": "cross-site", origin: EVIL } });
    expect(r.status).toBe(200);
  });

  it("states the rule as a pure function", () => {
    const host = "127.0.0.1:8787";
    expect(writeRefusal({ host, origin: "http://127.0.0.1:8787", contentType: "multipart/form-data; boundary=x" })).toBeNull();
    expect(writeRefusal({ host, origin: "https://127.0.0.1:8787" })).toBeNull(); // the same server behind TLS
    expect(writeRefusal({ host, origin: "http://127.0.0.1:9999" })).toMatch(/came from http:\/\/127.0.0.1:9999/);
    expect(writeRefusal({ host, origin: "http://localhost:8787" })).toMatch(/not from this server/); // another origin of the same machine
    expect(writeRefusal({ host, contentType: "application/json" })).toBeNull();
    expect(writeRefusal({ host, contentType: "text/plain" })).toMatch(/without an Origin header/);
    expect(writeRefusal({ host })).toMatch(/without an Origin header/);
    expect(writeRefusal({ host, contentType: "application/x-www-form-urlencoded", tokenHeader: true })).toBeNull();
    expect(writeRefusal({ host, origin: EVIL, tokenHeader: true })).toMatch(/evil/);
    expect(writeRefusal({ host, referer: "javascript:alert(1)" })).toMatch(/another site/);
  });
});

describe("the Host header (DNS rebinding)", () => {
  it("regression: any Host was served; only loopback names are when the port is unknown", async () => {
    for (const host of ["evil.example", "evil.example:8787", "127.0.0.1.evil.example", "localhost.evil.example", "0.0.0.0", "[::2]"]) {
      const r = await app.request("/api/stories", { headers: { host } });
      expect([host, r.status]).toEqual([host, 421]);
      expect(((await r.json()) as { error: string }).error).toContain(`does not answer to the host "${host}"`);
    }
    for (const host of ["localhost", "localhost:1234", "127.0.0.1:8787", "127.1.2.3", "[::1]:8787", "app.localhost", "LOCALHOST."]) {
      expect([host, (await app.request("/api/stories", { headers: { host } })).status]).toEqual([host, 200]);
    }
  });

  it("knows loopback addresses and splits Host headers", () => {
    expect(["127.0.0.1", "::1", "[::1]", "0:0:0:0:0:0:0:1", "::ffff:127.0.0.1", "localhost", "a.localhost"].every(isLoopback)).toBe(true);
    expect(["0.0.0.0", "::", "10.0.0.1", "evil.example", "localhost.evil.example", "::ffff:10.0.0.1"].some(isLoopback)).toBe(false);
    expect(splitHost("[::1]:8787")).toEqual({ name: "::1", port: 8787 });
    expect(splitHost("Example.ORG")).toEqual({ name: "example.org", port: 80 });
    expect(splitHost("a:b:c")).toBeNull();
  });
});

/** One request over real HTTP with a Host header of our choosing (fetch will not set one). */
function send(port: number, path: string, init: { method?: string; headers?: Record<string, string>; body?: string } = {}):
  Promise<{ status: number; body: string }> {
  return new Promise((resolve, reject) => {
    const req = httpRequest({ host: "127.0.0.1", port, path, method: init.method ?? "GET", headers: init.headers }, (res) => {
      let body = "";
      res.setEncoding("utf8").on("data", (d: string) => (body += d)).on("end", () => resolve({ status: res.statusCode!, body }));
    });
    req.on("error", reject);
    req.end(init.body);
  });
}

describe("over real HTTP", () => {
  let port: number, dir: string, stop: () => void;
  beforeAll(async () => ({ port, dir, stop } = await startServer()));
  afterAll(() => stop());

  it("answers only to its own address and loopback names at its port (421 otherwise)", async () => {
    expect((await send(port, "/api/stories", { headers: { host: `127.0.0.1:${port}` } })).status).toBe(200);
    expect((await send(port, "/api/stories", { headers: { host: `localhost:${port}` } })).status).toBe(200);
    const rebound = await send(port, "/", { headers: { host: `evil.example:${port}` } });
    expect(rebound.status).toBe(421);
    expect(JSON.parse(rebound.body).error).toContain(`it listens at 127.0.0.1:${port}`);
    expect((await send(port, "/", { headers: { host: `127.0.0.1:${port + 1}` } })).status).toBe(421);
  });

  it("refuses a cross-site multipart upload and writes nothing", async () => {
    const files = readdirSync(dir).sort();
    const body = `--b\r\nContent-Disposition: form-data; name="file"; filename="x.txt"\r\n\r\nPlanted\r\n--b--\r\n`;
    const upload = (origin: string) => send(port, "/api/articles", { method: "POST", body, headers: {
      host: `127.0.0.1:${port}`, origin, "content-type": "multipart/form-data; boundary=b", "content-length": String(body.length) } });
    const r = await upload(EVIL);
    expect(r.status).toBe(403);
    expect(readdirSync(dir).sort()).toEqual(files);
    const ok = await upload(`http://127.0.0.1:${port}`);
    expect(ok.status).toBe(201);
  });
});

describe("the write token (a server bound beyond loopback)", () => {
  let tokenApp: Hono, tokenState: CorpusState, dir: ReturnType<typeof tempCorpus>;
  beforeAll(async () => {
    dir = tempCorpus();
    ({ app: tokenApp, state: tokenState } = await createApp({ corpusDir: dir.dir, watch: false, security: { token: "s3cret-token" } }));
  });
  afterAll(() => { tokenState.close(); dir.cleanup(); });
  const post = (headers: Record<string, string>) => tokenApp.request("/api/articles",
    { method: "POST", body: json(`Token test\n\nWith ${JSON.stringify(headers)}.`), headers: { "content-type": "application/json", ...headers } });

  it("refuses writes without it and takes it from the header", async () => {
    const r = await post({});
    expect(r.status).toBe(403);
    expect(((await r.json()) as { error: string }).error).toMatch(/X-Wirediff-Token/);
    expect((await post({ "x-wirediff-token": "wrong" })).status).toBe(403);
    expect((await post({ "x-wirediff-token": "s3cret-token" })).status).toBe(201);
    expect((await tokenApp.request("/api/stories")).status).toBe(200); // reading needs no token
  });

  it("stores it in a strict cookie from /?token=, which the server's own forms then carry", async () => {
    expect((await tokenApp.request("/?token=wrong")).status).toBe(403);
    const r = await tokenApp.request("/import?token=s3cret-token&x=1");
    expect(r.status).toBe(303);
    expect(r.headers.get("location")).toBe("/import?x=1");
    const cookie = r.headers.get("set-cookie")!;
    expect(cookie).toMatch(/^wirediff-token-0=s3cret-token; Path=\/; HttpOnly; SameSite=Strict$/);
    const sent = { cookie: cookie.split(";")[0]!, origin: "http://localhost" };
    const submit = async (text: string, headers: Record<string, string>) =>
      (await tokenApp.request("/import", { method: "POST", body: form(text), headers })).status;
    expect(await submit("Cookie import\n\nFrom the form.", sent)).toBe(303);
    // the cookie is no pass for another site's page
    expect(await submit("Planted.", { cookie: sent.cookie, origin: EVIL })).toBe(403);
    expect(await submit("Planted.", { cookie: sent.cookie })).toBe(403);
  });
});
