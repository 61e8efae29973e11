/** `wirediff serve` from the bundle: the parse worker beside it, and the write token printed at start (issue 22, items 18 and 20). */
import { spawn, type ChildProcess } from "node:child_process";
import { Worker } from "node:worker_threads";
import { afterEach, describe, expect, it } from "vitest";
import { tempCorpus } from "../server/helpers.ts";
import { nestedDivs } from "../server/hostile-inputs.ts";
import type { ParseReply } from "../../src/server/parse-pool.ts";

const running: { child: ChildProcess; cleanup: () => void }[] = [];
afterEach(() => { for (const r of running.splice(0)) { r.child.kill(); r.cleanup(); } });

/** Start the bundled server on a free port; resolves with its address and what it printed once it says it listens. */
function serve(args: string[], env: Record<string, string> = {}): Promise<{ base: string; out: string }> {
  const t = tempCorpus();
  const child = spawn(process.execPath, ["bin/wirediff.mjs", "serve", "--port", "0", "--corpus", t.dir, ...args],
    { env: { ...process.env, WIREDIFF_TOKEN: "", ...env }, stdio: ["ignore", "pipe", "pipe"] });
  running.push({ child, cleanup: t.cleanup });
  return new Promise((resolve, reject) => {
    let out = "";
    child.stdout!.setEncoding("utf8").on("data", (d: string) => {
      out += d;
      const m = /at (http:\/\/\S+)\n/.exec(out);
      // the token line is written right after this one
      if (m) setTimeout(() => resolve({ base: m[1]!.replace("0.0.0.0", "127.0.0.1"), out }), 200);
    });
    child.on("exit", (code) => reject(new Error(`serve exited ${code}: ${out}`)));
  });
}

describe("wirediff serve", () => {
  it("the bundle's parse worker (dist/parse-worker.mjs) parses on its own", async () => {
    const worker = new Worker("./dist/parse-worker.mjs");
    const replies: ParseReply[] = [];
    await new Promise<void>((resolve) => worker.on("message", (m: ParseReply) => {
      replies.push(m);
      if (m === "ready") worker.postMessage({ id: "w", format: "html", text: nestedDivs(1000) });
      else resolve();
    }));
    await worker.terminate();
    const reply = replies[1] as { article: { warnings: string[]; paragraphs: { text: string }[] } };
    expect(reply.article.paragraphs.map((p) => p.text)).toEqual(["Deep text here."]);
    expect(reply.article.warnings.join()).toMatch(/nested deeper than 128 levels/);
  });

  it("with WIREDIFF_TOKEN set, prints how to use it and takes uploads only with it", async () => {
    const { base, out } = await serve([], { WIREDIFF_TOKEN: "t0ken-from-env" });
    expect(out).toContain(`/?token=t0ken-from-env once in the browser, or send the header "X-Wirediff-Token: t0ken-from-env"`);
    const upload = (headers: Record<string, string>) => {
      const form = new FormData();
      form.set("file", new Blob([nestedDivs(1000)]), "deep.html");
      return fetch(base + "/api/articles", { method: "POST", body: form, headers: { origin: base, ...headers } });
    };
    expect((await upload({})).status).toBe(403);
    const r = await upload({ "x-wirediff-token": "t0ken-from-env" });
    expect(r.status).toBe(201);
    expect(((await r.json()) as { warnings: string[] }).warnings.join()).toMatch(/nested deeper than 128 levels/);
  });

  it("bound to every interface, makes a token and prints it", async () => {
    const { base, out } = await serve(["--host", "0.0.0.0"]);
    const token = /\?token=([\w-]{20,}) once/.exec(out)?.[1];
    expect(token).toBeDefined();
    const body = JSON.stringify({ text: "Token\n\nA line." });
    const post = (headers: Record<string, string>) =>
      fetch(base + "/api/articles", { method: "POST", body, headers: { "content-type": "application/json", ...headers } });
    expect((await post({})).status).toBe(403);
    expect((await post({ "x-wirediff-token": token! })).status).toBe(201);
  });
});
