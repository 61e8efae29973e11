/** The real server on an ephemeral loopback port. */
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startServer } from "./helpers.ts";

let base: string, stop: () => void;
beforeAll(async () => { ({ base, stop } = await startServer()); });
afterAll(() => stop());

describe("over HTTP", () => {
  it("serves pages, the stylesheet and the API on loopback", async () => {
    expect((await fetch(base + "/")).status).toBe(200);
    const css = await fetch(base + "/static/wirediff.css");
    expect(css.headers.get("content-type")).toContain("text/css");
    const j = (await (await fetch(base + "/api/compare?a=000_7a2837495db10dad&b=001_bd0859deabb9f25c")).json()) as { stats: object };
    expect(j.stats).toBeDefined();
    expect((await fetch(base + "/api/articles/nope")).status).toBe(404);
  });
  it("imports through multipart upload", async () => {
    const form = new FormData();
    form.set("file", new Blob(["Storm warning\n\nWinds rose overnight."]), "storm.txt");
    const r = await fetch(base + "/api/articles", { method: "POST", body: form, headers: { origin: base } });
    expect(r.status).toBe(201);
  });
});
