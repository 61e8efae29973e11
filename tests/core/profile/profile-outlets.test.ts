import { beforeAll, describe, expect, it } from "vitest";
import type { Comparison } from "../../../src/core/article.ts";
import { compareArticles } from "../../../src/core/compare.ts";
import { profileOutlets } from "../../../src/core/profile/profile-outlets.ts";
import type { OutletProfile } from "../../../src/core/profile/profile-types.ts";
import { ledeFate } from "../../../src/core/profile/lede-fate.ts";
import { styleForms } from "../../../src/core/profile/style-form.ts";
import { openCorpus } from "../../../src/corpus/bulk.ts";
import { corpusOutletProfiles } from "../../../src/corpus/outlet-profiles.ts";
import { corpusStories } from "../../../src/corpus/story-index.ts";
import { comparisonRows } from "../../../src/views/rows.ts";

const FIXTURE = "tests/fixtures/outlets/corpus.jsonl";
let comparisons: Comparison[], echo: OutletProfile, ledger: OutletProfile;

beforeAll(async () => {
  const corpus = await openCorpus(FIXTURE);
  const get = (id: string) => corpus.byId.get(id)!;
  comparisons = ["harbors", "museums"].flatMap((s) =>
    ["echo", "ledger"].map((o) => compareArticles(get(`wire-${s}`), get(`${o}-${s}`))),
  );
  const profiles = profileOutlets(comparisons);
  expect(profiles.map((p) => p.outlet).sort()).toEqual(["Daily Ledger", "Northern Echo"]);
  echo = profiles.find((p) => p.outlet === "Northern Echo")!;
  ledger = profiles.find((p) => p.outlet === "Daily Ledger")!;
});

describe("outlet profile (hand-checked fixture: tests/fixtures/outlets/README.md)", () => {
  it("weights the shares by the sources' words", () => {
    const mine = comparisons.filter((c) => c.b.outlet === "Northern Echo");
    const words = mine.reduce((n, c) => n + c.stats.aWords, 0);
    const cut = mine.reduce((n, c) => n + c.stats.cut * c.stats.aWords, 0) / words;
    expect(echo.shares.cut).toBeCloseTo(cut, 4);
    expect(echo.sourceWords).toBe(words);
    expect([echo.pairs, echo.stories]).toEqual([2, 2]);
    expect(ledger.shares.added).toBeGreaterThan(0);
    expect(echo.shares.added).toBe(0);
  });

  it("finds the Echo's house style: UK spellings word by word, curly quotes, its dateline form", () => {
    const forms = (tag: string) =>
      new Map(echo.style.find((h) => h.tag === tag)?.forms.map((f) => [f.form, f.count]));
    expect(forms("spelling")).toEqual(
      new Map([
        ["harbors → harbours", 2],
        ["program → programme", 2],
        ["favor → favour", 1],
        ["modernize → modernise", 1],
        ["travelers → travellers", 1],
      ]),
    );
    expect(forms("quotemarks")).toEqual(
      new Map([
        ['" → “', 2],
        ['" → ”', 2],
      ]),
    );
    expect(forms("dateline")).toEqual(new Map([["(AFP) - → :", 2]]));
    expect(ledger.style).toEqual([]);
  });

  it("says where each outlet cuts: the Echo from the bottom, the Ledger from the middle", () => {
    expect(echo.cutProfiles).toEqual({ none: 0, bottom: 2, middle: 0, "bottom and middle": 0 });
    expect(ledger.cutProfiles).toEqual({ none: 0, bottom: 0, middle: 2, "bottom and middle": 0 });
    const half = echo.cutBands.length / 2;
    expect(echo.cutBands.slice(0, half).reduce((n, b) => n + b.cut, 0)).toBe(0);
    expect(echo.cutBands.slice(half).reduce((n, b) => n + b.cut, 0)).toBe(3);
    expect(echo.cutBands.reduce((n, b) => n + b.paragraphs, 0)).toBe(12);
  });

  it("tells a kept lede from a reworded one and from an outlet's own opening", () => {
    expect(echo.lede).toMatchObject({ kept: 0, style: 2, reworded: 0, replaced: 0 });
    expect(ledger.lede).toMatchObject({ replaced: 1, reworded: 1, kept: 0 });
  });

  it("lists each changed number and altered quotation with a link to its row", () => {
    expect(echo.numbers.changed).toBe(0);
    expect(ledger.numbers.changed).toBe(2);
    expect(ledger.numbers.cases.map((n) => [n.version, n.a, n.b])).toEqual([
      ["ledger-harbors", "65", "75"],
      ["ledger-museums", "30,000", "40,000"],
    ]);
    expect(ledger.quotes).toMatchObject({ total: 2, altered: 1, truncated: 0 });
    expect(ledger.quotes.cases[0]).toMatchObject({ version: "ledger-harbors", status: "altered" });
    expect(ledger.quotes.cases[0]!.text).toContain("We will not let");
    for (const k of [...ledger.numbers.cases, ...ledger.quotes.cases]) {
      const c = comparisons.find((x) => x.a.id === k.source && x.b.id === k.version)!;
      const row = comparisonRows(c).find((r) => r.anchor === k.anchor)!;
      const text = row.b.map((p) => p.text).join(" ");
      expect(text).toMatch("b" in k ? (k as { b: string }).b : "never let");
    }
  });

  it("keeps at most maxCases cases, with exact counts", () => {
    const [l] = profileOutlets(
      comparisons.filter((c) => c.b.outlet === "Daily Ledger"),
      { maxCases: 1 },
    );
    expect(l!.numbers.changed).toBe(2);
    expect(l!.numbers.cases).toHaveLength(1);
  });
});

describe("profiling a corpus", () => {
  it("gives the event loop a turn between pairs, so a server answers meanwhile", async () => {
    const corpus = await openCorpus(FIXTURE);
    let turns = 0,
      done = false;
    const tick = () => {
      if (!done) {
        turns++;
        setImmediate(tick);
      }
    };
    setImmediate(tick);
    const profiles = await corpusOutletProfiles(corpus, corpusStories(corpus), undefined, 1);
    done = true;
    expect(turns).toBeGreaterThanOrEqual(3);
    expect(profiles).toEqual(profileOutlets(comparisons));
  });
});

describe("style forms", () => {
  it("splits a multi-word spelling edit into one form per word", () => {
    expect(styleForms("spelling", "program to modernize", "programme to modernise")).toEqual([
      "program → programme",
      "modernize → modernise",
    ]);
  });
  it("reduces a dateline or credit to its shape, so one habit counts once across places", () => {
    expect(styleForms("dateline", "Washington (AFP) - ", "WASHINGTON: ")).toEqual(["Place (AFP) - → PLACE:"]);
    expect(styleForms("dateline", "SUEZ, Egypt (AFP) -", "Suez:")).toEqual(["PLACE (AFP) - → Place:"]);
  });
  it("shows the characters that changed, and white space visibly", () => {
    expect(styleForms("quotemarks", "Iraq's", "Iraq’s")).toEqual(["' → ’"]);
    expect(styleForms("spacing", "\n\n", " ")).toEqual(["¶¶ → ␣"]);
    expect(styleForms("punctuation", "", ",")).toEqual(["∅ → ,"]);
    // one form: the break shown, not split
    expect(styleForms("case", ".\n\nHowever,", ", however")).toEqual([". ¶ However, → , however"]);
  });
});

describe("lede fate", () => {
  it("is none when the source has no body paragraph", () => {
    const c = comparisons[0]!;
    expect(
      ledeFate({ ...c, a: { ...c.a, paragraphs: c.a.paragraphs.map((p) => ({ ...p, role: "meta" as const })) } }),
    ).toBe("none");
  });
});
