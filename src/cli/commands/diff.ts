/**
 * @module The `diff` command: a coloured word diff of two articles in the terminal, like
 * `git diff --word-diff=color`, row by row as the compare page shows them, then a one-screen summary.
 * Deleted text is red, inserted green, house-style edits yellow; without colour it uses git's plain
 * markers ([-cut-]{+added+}, and ~style~ pairs as [~a~>b]).
 */
import type { CAC } from "cac";
import pc from "picocolors";
import { colorEnabled } from "../colors.ts";
import type { Comparison, Edit } from "../../core/article.ts";
import { compareArticles } from "../../core/compare.ts";
import { summarizeComparison } from "./compare.ts";
import { readOneArticle } from "../read-article.ts";
import { comparisonRows, rowKind, rowPlace, type ViewRow } from "../../views/rows.ts";
import { corpusOption, withCorpusOption } from "../corpus-option.ts";

type Colors = ReturnType<typeof pc.createColors>;

export interface RenderOptions {
  color: boolean;
  substanceOnly: boolean;
}

function renderEdit(e: Edit, c: Colors, o: RenderOptions): string {
  if (e.op === "equal") return e.a;
  if (e.class === "style") {
    if (o.substanceOnly) return e.b;
    if (o.color) return (e.a ? c.strikethrough(c.yellow(e.a)) : "") + (e.b ? c.yellow(e.b) : "");
    return `[~${e.a}~>${e.b}]`;
  }
  const del = e.a ? (o.color ? c.red(c.strikethrough(e.a)) : `[-${e.a}-]`) : "";
  const ins = e.b ? (o.color ? c.green(e.b) : `{+${e.b}+}`) : "";
  const tags = e.tags.length ? (o.color ? c.dim(`‹${e.tags.join(",")}›`) : `‹${e.tags.join(",")}›`) : "";
  return del + ins + tags;
}

function renderRow(r: ViewRow, c: Colors, o: RenderOptions): string {
  if (r.edits) {
    const roles = r.title ? [] : r.a.filter((p) => p.role !== "body").map((p) => p.role);
    const fallback = r.link?.fallback ? ` [coarse diff: ${r.link.fallback}]` : "";
    const at = (side: "a" | "b") => { const p = rowPlace(r, side); return p.startsWith("¶") ? p : ` (${p})`; };
    const head = `${r.title ? "headline: " : ""}A${at("a")} ~ B${at("b")} ${rowKind(r)}${roles.length ? ` (${roles.join(", ")})` : ""}${fallback}`;
    return c.cyan(head) + "\n" + r.edits.map((e) => renderEdit(e, c, o)).join("");
  }
  const cut = r.a.length > 0, p = cut ? r.a[0]! : r.b[0]!;
  const head = `${cut ? "A" : "B"}¶${p.index}${p.role !== "body" ? ` (${p.role})` : ""} ${cut ? "cut" : "added"}`;
  const body = p.role !== "body" ? c.dim(p.text) : cut ? (o.color ? c.red(c.strikethrough(p.text)) : `[-${p.text}-]`) : o.color ? c.green(p.text) : `{+${p.text}+}`;
  return c.cyan(head) + "\n" + body;
}

/** The whole word diff as terminal text: the rows of the compare page, in its order. */
export function renderWordDiff(cmp: Comparison, o: RenderOptions): string {
  const c = pc.createColors(o.color);
  return comparisonRows(cmp).map((r) => renderRow(r, c, o)).join("\n\n");
}

interface DiffFlags { color?: boolean; substanceOnly?: boolean; corpus?: string }

export function registerDiff(cli: CAC): void {
  withCorpusOption(cli
    .command("diff <a> <b>", "Coloured word diff of two versions of a story, with a summary"))
    .option("--no-color", "Plain markers instead of colour (also when NO_COLOR is set or output is not a terminal)")
    .option("--substance-only", "Hide house-style edits (show B's form), keep substantive ones")
    .action(async (aPath: string, bPath: string, opts: DiffFlags) => {
      const corpus = await corpusOption(opts.corpus);
      const [a, b] = [await readOneArticle(aPath, corpus), await readOneArticle(bPath, corpus)];
      const cmp = compareArticles(a, b);
      const color = opts.color !== false && colorEnabled;
      const text = renderWordDiff(cmp, { color, substanceOnly: !!opts.substanceOnly });
      process.stdout.write(text + "\n\n" + (color ? pc.bold("summary") : "summary") + "\n" + summarizeComparison(cmp, 10) + "\n");
    });
}
