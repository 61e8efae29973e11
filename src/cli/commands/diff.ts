/**
 * @module The `diff` command: a coloured word diff of two articles in the terminal, like
 * `git diff --word-diff=color`, paragraph by paragraph in A's order, then a one-screen summary.
 * Deleted text is red, inserted green, house-style edits yellow; without colour it uses git's plain
 * markers ([-cut-]{+added+}, and ~style~ pairs as [~a~>b]).
 */
import type { CAC } from "cac";
import pc from "picocolors";
import type { Comparison, Edit } from "../../core/article.ts";
import { compareArticles } from "../../core/compare.ts";
import { summarizeComparison } from "./compare.ts";
import { readOneArticle } from "../read-article.ts";
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

/** The whole word diff as terminal text. */
export function renderWordDiff(cmp: Comparison, o: RenderOptions): string {
  const c = pc.createColors(o.color);
  const byA = new Map(cmp.a.paragraphs.map((p) => [p.index, p]));
  const byB = new Map(cmp.b.paragraphs.map((p) => [p.index, p]));
  const links = [...cmp.links].sort((x, y) => Math.min(...x.a) - Math.min(...y.a));
  const out: string[] = [];
  const pendingB = [...cmp.onlyB];
  const flushB = (upTo: number) => {
    while (pendingB.length && pendingB[0]! < upTo) {
      const i = pendingB.shift()!;
      const p = byB.get(i)!;
      const label = `B¶${i}${p.role !== "body" ? ` (${p.role})` : ""} added`;
      out.push(c.cyan(label) + "\n" + (p.role === "body" ? (o.color ? c.green(p.text) : `{+${p.text}+}`) : c.dim(p.text)));
    }
  };
  const items: Array<{ at: number; render: () => void }> = [];
  for (const l of links) {
    items.push({
      at: Math.min(...l.a),
      render: () => {
        flushB(Math.min(...l.b));
        const roles = l.a.map((i) => byA.get(i)?.role).filter((r) => r !== "body");
        const body = l.edits.map((e) => renderEdit(e, c, o)).join("");
        out.push(c.cyan(`A¶${l.a.join("+")} ~ B¶${l.b.join("+")} ${l.kind}${roles.length ? ` (${roles.join(", ")})` : ""}${l.fallback ? ` [coarse diff: ${l.fallback}]` : ""}`) + "\n" + body);
      },
    });
  }
  for (const i of cmp.onlyA) {
    items.push({
      at: i,
      render: () => {
        const p = byA.get(i)!;
        out.push(c.cyan(`A¶${i}${p.role !== "body" ? ` (${p.role})` : ""} cut`) + "\n" + (p.role === "body" ? (o.color ? c.red(c.strikethrough(p.text)) : `[-${p.text}-]`) : c.dim(p.text)));
      },
    });
  }
  items.sort((x, y) => x.at - y.at).forEach((it) => it.render());
  flushB(Infinity);
  return out.join("\n\n");
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
      const color = opts.color !== false && pc.isColorSupported && !process.env.NO_COLOR;
      const text = renderWordDiff(cmp, { color, substanceOnly: !!opts.substanceOnly });
      process.stdout.write(text + "\n\n" + (color ? pc.bold("summary") : "summary") + "\n" + summarizeComparison(cmp, 10) + "\n");
    });
}
