import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseCsv } from "csv-parse/sync";
import { parquetReadObjects } from "hyparquet";
import { openCorpus } from "../../src/corpus/bulk.ts";
import { corpusStories } from "../../src/corpus/story-index.ts";
import { compareArticles } from "../../src/core/compare.ts";
import { EDIT_COLUMNS, PAIR_COLUMNS, TAGS } from "../../src/report/figures/columns.ts";
import { corpusFigures } from "../../src/report/figures/corpus-figures.ts";
import { figureLines } from "../../src/report/figures/figure-lines.ts";
import { lagDays } from "../../src/report/figures/figure-rows.ts";
import { neutralizeCsvCell } from "../../src/report/csv-table.ts";
import { runWirediff as run } from "../cli/run-wirediff.ts";

const A = "000_7a2837495db10dad",
  B = "001_bd0859deabb9f25c";
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "wd-figures-"));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const PARA =
  "Officials in the capital said on Monday that the talks over the border dispute " +
  "would resume next week after a pause of several months.";
/** A story of a source and two versions; one version opens with a formula and drops the last paragraph. */
function storyExport(): string {
  const src = [
    PARA,
    "The delegation of 12 ministers will travel by train, a spokesman said.",
    "Observers expect no agreement before the summer recess of parliament begins.",
  ];
  const rows = [
    { id: "src", outlet: "Wire", agency: "AFP", date: "2024-05-01", text: src.join("\n\n") },
    {
      id: "v1",
      outlet: '=HYPERLINK("http://x")',
      date: "2024-05-03",
      text: ["=1+2 " + PARA, src[1]!.replace("12", "15")].join("\n\n"),
    },
    { id: "v2", outlet: "Gazette", date: "2024-05-02", text: src.join("\n\n") },
  ];
  return rows.map((r) => JSON.stringify(r)).join("\n") + "\n";
}

describe("figures: one row per (source, version) pair", () => {
  it("carries the compare stats, cut profile and edit counts of each pair, columns in documented order", async () => {
    const corpus = await openCorpus("corpus");
    const g = corpusStories(corpus);
    const t = corpusFigures(g.stories, corpus.byId);
    const rows = [...t.rows];
    expect(t.pairs).toBe(1);
    expect(rows).toHaveLength(1);
    const r = rows[0]!;
    expect(Object.keys(r).sort()).toEqual(PAIR_COLUMNS.map((c) => c.name).sort());
    const c = compareArticles(corpus.byId.get(A)!, corpus.byId.get(B)!);
    expect(r).toMatchObject({
      story_id: A,
      source_id: A,
      version_id: B,
      a_words: c.stats.aWords,
      verbatim: c.stats.verbatim,
      style_only: c.stats.styleOnly,
      new_in_b: c.stats.newInB,
      style_edits: c.stats.styleEdits,
      altered_quotes: c.stats.alteredQuotes,
    });
    const edits = c.links.flatMap((l) => l.edits.flatMap((e) => (e.op === "equal" ? [] : [e])));
    expect((r.edits_insert as number) + (r.edits_delete as number) + (r.edits_replace as number)).toBe(edits.length);
    expect(r.tag_compound).toBe(edits.filter((e) => e.tags.includes("compound")).length);
    expect(r.links).toBe(c.links.length);
    expect(r.quotes).toBe(c.quotes.length);
  });

  it("computes the time lag in days, and leaves it empty when a date is unknown", () => {
    expect(lagDays("2024-05-01", "2024-05-03")).toBe(2);
    expect(lagDays("2024-02-28", "2024-03-01")).toBe(2);
    expect(lagDays("2024-05-03", "2024-05-01")).toBe(-2);
    expect(lagDays(null, "2024-05-01")).toBeNull();
    expect(lagDays("not a date", "2024-05-01")).toBeNull();
  });

  it("compares lazily: the first row comes before the other pairs are compared (flat memory)", async () => {
    const file = join(dir, "lazy.jsonl");
    writeFileSync(file, storyExport());
    const corpus = await openCorpus(file);
    const g = corpusStories(corpus);
    let compared = 0;
    const t = corpusFigures(g.stories, corpus.byId, {
      progress: (done) => {
        compared = done;
      },
    });
    expect(t.pairs).toBe(2);
    expect(t.rows.next().done).toBe(false);
    expect(compared).toBe(0);
    t.rows.next();
    expect(compared).toBe(1);
  });
});

describe("figures: CLI, formats and safety", () => {
  it("writes CSV whose text cells cannot run as spreadsheet formulas", () => {
    const file = join(dir, "story.jsonl");
    writeFileSync(file, storyExport());
    const r = run(["figures", "--corpus", file, "--format", "csv"]);
    expect(r.code).toBe(0);
    const rows = parseCsv(r.out, { columns: true }) as Record<string, string>[];
    expect(rows).toHaveLength(2);
    const v1 = rows.find((x) => x.version_id === "v1")!;
    expect(v1.version_outlet).toBe('\'=HYPERLINK("http://x")');
    expect(v1).toMatchObject({
      source_id: "src",
      lag_days: "2",
      cut_profile: "bottom",
      paragraphs_cut: "1",
      tag_number: "2",
    });
    expect(rows.find((x) => x.version_id === "v2")).toMatchObject({
      verbatim: "1",
      lag_days: "1",
      cut_profile: "none",
    });
    const edits = parseCsv(run(["figures", "--corpus", file, "--edits"]).out, { columns: true }) as Record<
      string,
      string
    >[];
    expect(Object.keys(edits[0]!)).toEqual(EDIT_COLUMNS.map((c) => c.name));
    expect(edits.some((e) => e.b_text.startsWith("'=1+2"))).toBe(true);
    expect(edits.find((e) => e.kind === "cut")).toMatchObject({ version_id: "v1", op: "delete", role: "body" });
    expect(edits.find((e) => e.a_text === "12")).toMatchObject({ op: "replace", class: "substance", tags: "number" });
  });

  it("writes JSON Lines with typed values and tags as arrays", () => {
    const file = join(dir, "story.jsonl");
    const out = run(["figures", "--corpus", file, "--format", "jsonl", "--edits"])
      .out.trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(out.find((e) => e.a_text === "12")).toMatchObject({ link: 2, tags: ["number"], b_text: "15" });
    expect(out.find((e) => e.kind === "cut")!.link).toBeNull();
    const pairs = run(["figures", "--corpus", file, "--format", "jsonl"])
      .out.trim()
      .split("\n")
      .map((l) => JSON.parse(l));
    expect(pairs.map((p) => p.lag_days).sort()).toEqual([1, 2]);
    expect(typeof pairs[0].verbatim).toBe("number");
  });

  it("--out replaces the file only when complete; a refused run leaves nothing behind", () => {
    const file = join(dir, "story.jsonl"),
      out = join(dir, "out.csv");
    expect(run(["figures", "--corpus", file, "--out", out]).code).toBe(0);
    expect(readFileSync(out, "utf8").split("\n")[0]).toContain("story_id,");
    const bad = run(["figures", "--corpus", file, "--format", "xlsx", "--out", join(dir, "bad.csv")]);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--format must be csv, jsonl or parquet/);
    expect(run(["figures", "--corpus", join(dir, "missing")]).code).toBe(1);
    expect(existsSync(join(dir, "bad.csv"))).toBe(false);
    expect(readdirSync(dir).filter((n) => n.endsWith(".tmp"))).toEqual([]);
  });
});

describe("figures: Parquet", () => {
  it("holds the same rows as JSON Lines, typed, tags joined by ';'; it needs --out", async () => {
    const file = join(dir, "story.jsonl");
    for (const extra of [[], ["--edits"]]) {
      const out = join(dir, `figures${extra.length}.parquet`);
      expect(run(["figures", "--corpus", file, "--format", "parquet", "--out", out, ...extra]).code).toBe(0);
      const bytes = readFileSync(out);
      const rows = await parquetReadObjects({
        file: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
      });
      const jsonl = run(["figures", "--corpus", file, "--format", "jsonl", ...extra])
        .out.trim()
        .split("\n")
        .map((l) => JSON.parse(l));
      expect(rows).toEqual(
        jsonl.map((r) => ({ ...r, ...(Array.isArray(r.tags) ? { tags: r.tags.join(";") } : {}) })),
      );
    }
    const r = run(["figures", "--corpus", file, "--format", "parquet"]);
    expect([r.code, r.err]).toEqual([2, "wirediff: --format parquet writes a file: give --out FILE\n"]);
  });
});

describe("CSV cell neutralisation", () => {
  it("prefixes text that a spreadsheet would run, and leaves numbers and plain text", () => {
    for (const s of ["=1+1", "+1", "-2+3", "@SUM(A1)", "\t=1", "\r=1"]) expect(neutralizeCsvCell(s)).toBe(`'${s}`);
    expect(neutralizeCsvCell(-3)).toBe(-3);
    expect(neutralizeCsvCell("Talks resume")).toBe("Talks resume");
    expect([...figureLines([{ x: "=cmd" }], [{ name: "x", type: "string", doc: "" }], "csv")].join("")).toBe(
      "x\n'=cmd\n",
    );
  });
});

describe("README data dictionary", () => {
  it("documents every column of both tables", () => {
    const readme = readFileSync("README.md", "utf8");
    for (const c of [...PAIR_COLUMNS, ...EDIT_COLUMNS]) {
      const name = c.name
        .replace(new RegExp(`^tag_(${TAGS.join("|")})$`), "tag_<tag>")
        .replace(/^links_(same|reworded|merged|split|regrouped|moved)$/, "links_<kind>")
        .replace(/^quotes_(verbatim|style|altered|truncated|missing)$/, "quotes_<status>");
      expect(readme, c.name).toContain(`\`${name}\``);
    }
  });
});
