/** ParsePool: uploads parsed in worker threads with a time budget (issue 22, item 18). */
import { afterAll, describe, expect, it } from "vitest";
import { InputError } from "../../src/core/errors.ts";
import { parseArticle } from "../../src/core/parse/parse-article.ts";
import { ParsePool } from "../../src/server/parse-pool.ts";
import { slowPage } from "./hostile-inputs.ts";

/** The longest the event loop stalled while `work` ran (ms), sampled every 5 ms. */
async function longestStall<T>(work: Promise<T>): Promise<{ result: PromiseSettledResult<T>; stall: number }> {
  let last = performance.now(), stall = 0;
  const tick = setInterval(() => { const now = performance.now(); stall = Math.max(stall, now - last); last = now; }, 5);
  const [result] = await Promise.allSettled([work]);
  clearInterval(tick);
  return { result, stall };
}

const pools: ParsePool[] = [];
const pool = (opts?: ConstructorParameters<typeof ParsePool>[0]) => { const p = new ParsePool(opts); pools.push(p); return p; };
afterAll(() => Promise.all(pools.map((p) => p.close())));

describe("ParsePool", () => {
  it("parses in a worker exactly as parseArticle does", async () => {
    const text = "---\ntitle: Floods\n---\nLISBON (Reuters) - Rivers rose.\n\n## Damage\n\n- one\n- two\n";
    const input = { id: "x", format: "md" as const, text };
    expect(await pool().parse(input)).toEqual(parseArticle(input));
  });

  it("passes input errors back typed", async () => {
    const err = await pool().parse({ id: "e", format: "txt", text: "   " }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe("empty");
  });

  it("keeps the calling thread free while a slow page parses", async () => {
    const { result, stall } = await longestStall(pool().parse({ id: "slow", format: "html", text: slowPage }));
    expect(result.status).toBe("fulfilled");
    expect(stall).toBeLessThan(500); // the same parse on this thread stalls it for seconds
  });

  it("stops a parse past its budget with a 413-class error, and the next parse gets a fresh worker", async () => {
    const p = pool({ budgetMs: 400, size: 1 });
    await p.parse({ id: "warm", format: "txt", text: "Warm up." }); // the budget counts from a loaded worker
    const slower = slowPage.repeat(3); // about 20,000 paragraphs: several seconds
    const started = performance.now();
    const err = await p.parse({ id: "slow", format: "html", text: slower }).catch((e: unknown) => e);
    expect(performance.now() - started).toBeLessThan(2000);
    expect(err).toBeInstanceOf(InputError);
    expect((err as InputError).code).toBe("too-large");
    expect((err as Error).message).toMatch(/longer than 0.4 s to parse/);
    expect((await p.parse({ id: "after", format: "txt", text: "Still here." })).paragraphs[0]!.text).toBe("Still here.");
  });

  it("runs uploads side by side up to its size, and queues the rest", async () => {
    const p = pool({ size: 2 });
    const texts = ["One.", "Two.", "Three.", "Four.", "Five."];
    const got = await Promise.all(texts.map((text, i) => p.parse({ id: `q${i}`, format: "txt", text })));
    expect(got.map((a) => a.paragraphs[0]!.text)).toEqual(texts);
  });
});
