/**
 * Speed work on the aligner must not change a single link: this holds align JSON (evidence
 * included) and compare JSON on the bench's synthetic pairs and the bundled corpus pairs to a
 * snapshot of their hashes. A change meant to alter results updates it (`npx vitest run -u`) and
 * says so in its commit.
 */
import { createHash } from "node:crypto";
import { readdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { alignArticles } from "../../../src/core/align/align-articles.ts";
import { compareArticles } from "../../../src/core/compare.ts";
import { readArticleFile } from "../../../src/corpus/store.ts";
import { synthPair } from "../../../bench/lib/synth.ts";

const root = fileURLToPath(new URL("../../../", import.meta.url));
const hash = (x: unknown) => createHash("sha1").update(JSON.stringify(x)).digest("hex").slice(0, 16);

describe("align and compare results stay byte-identical", () => {
  it("on the bench's synthetic pairs (1,000 and 10,000 words at 1%, 10%, 50% edits)", () => {
    const out: Record<string, string> = {};
    for (const words of [1_000, 10_000]) for (const editRate of [0.01, 0.1, 0.5]) {
      const { a, b } = synthPair({ words, editRate });
      out[`${words} ${editRate} align`] = hash(alignArticles(a, b));
      out[`${words} ${editRate} compare`] = hash(compareArticles(a, b));
    }
    expect(out).toMatchSnapshot();
  });

  it("on the bundled corpus pairs", async () => {
    const files = readdirSync(root + "corpus/").filter((f) => /^00[0-4]_[0-9a-f]{16}\.txt$/.test(f)).sort();
    const docs = await Promise.all(files.map(async (f) => (await readArticleFile(root + "corpus/" + f))[0]!));
    const out: Record<string, string> = {};
    for (let i = 0; i < docs.length; i++) for (let j = i + 1; j < docs.length; j++) {
      out[`${i} ${j} align`] = hash(alignArticles(docs[i]!, docs[j]!));
      out[`${i} ${j} compare`] = hash(compareArticles(docs[i]!, docs[j]!));
    }
    expect(out).toMatchSnapshot();
  });
});
