/**
 * tsx compiles with esbuild's keepNames (the command line, npm start and the bench now run from
 * bundles built without it, scripts/bundle.mjs; tsx still runs `npm run eval` and the command line
 * on a read-only install): a named closure made inside a function (`const at = (k) => ...`) is
 * wrapped in `__name(...)`, an Object.defineProperty call each time the closure is made. Made once per
 * link, per diff range or per quotation, that cost a 10,000-word comparison 16% of its time. So the
 * modules that run per link or per token make no named closures inside functions; what they need is
 * a module-level function. (Per-comparison code, the aligner's included, may: a few calls per comparison.)
 */
import { readFileSync } from "node:fs";
import { transformSync } from "esbuild";
import { describe, expect, it } from "vitest";

const HOT = [
  "diff/classify.ts", "diff/cleanup.ts", "diff/diff-link.ts", "diff/diff-words.ts", "diff/edit-counts.ts", "diff/edit-tokens.ts",
  "diff/myers.ts", "diff/numbers.ts", "diff/quote-fates.ts", "diff/unit-diff.ts", "text/intern.ts", "text/quotes.ts", "text/spelling.ts", "text/tokenize.ts", "text/word-runs.ts",
  "align/tokenize-unit.ts",
];

describe("per-link modules under keepNames", () => {
  for (const file of HOT) {
    it(`${file} names no closure inside a function`, () => {
      const source = readFileSync(new URL(`../../src/core/${file}`, import.meta.url), "utf8");
      const { code } = transformSync(source, { loader: "ts", format: "esm", keepNames: true });
      // top-level wrappers run once; an indented one runs on every call of the function around it
      const inner = code.split("\n").filter((l) => /^\s+.*__name\(/.test(l) && !/__name\(this,/.test(l));
      expect(inner).toEqual([]);
    });
  }
});
