/** @module `wirediff stories [--corpus DIR|FILE] [--json]`: the versions of each story and the related articles. */
import type { CAC } from "cac";
import pc from "../colors.ts";
import { openCorpus } from "../../corpus/bulk.ts";
import { corpusStories } from "../../corpus/story-index.ts";
import { storiesJson } from "../../corpus/stories-json.ts";

export function registerStories(cli: CAC): void {
  cli
    .command("stories", "Find the versions of each story in a corpus and choose each story's source")
    .option("--corpus <path>", "Corpus folder, or a .jsonl/.csv export", { default: "corpus" })
    .option("--source <ids>", "Comma-separated article ids to use as the source of their stories")
    .option("--json", "Print JSON: stories (id, source, versions), related pairs (a, b, containmentAB, containmentBA, "
      + "shared, sameStory) and skipped files (file, reason); an article in no multi-version story is a story of "
      + "one version")
    .action(async (opts: { corpus: string; source?: string; json?: boolean }) => {
      const corpus = await openCorpus(opts.corpus);
      const preferred = new Set((opts.source ?? "").split(",").map((s) => s.trim()).filter(Boolean));
      for (const id of preferred) if (!corpus.byId.has(id)) throw new Error(`--source: no article "${id}" in the corpus`);
      // a file that could not be read is in no story: say which and why, with or without --json
      for (const e of corpus.errors) process.stderr.write(`wirediff: skipped ${e.file}: ${e.message}\n`);
      const g = corpusStories(corpus, { preferredSources: preferred, progress: !opts.json });
      if (opts.json) {
        process.stdout.write(JSON.stringify(storiesJson(corpus, g), null, 2) + "\n");
        return;
      }
      const multi = g.stories.filter((s) => s.versions.length > 1);
      const n = (k: number, one: string, many: string) => `${k} ${k === 1 ? one : many}`;
      process.stdout.write(`${n(corpus.articles.length, "article", "articles")}: ${n(multi.length, "story", "stories")} with several versions, ${n(g.stories.length - multi.length, "article", "articles")} standing alone\n\n`);
      for (const s of multi) {
        process.stdout.write(`${pc.bold(s.id)}  ${s.versions.length} versions\n`);
        for (const v of s.versions) {
          const a = corpus.byId.get(v)!;
          process.stdout.write(`  ${v === s.source ? pc.green("source ") : "       "}${v}  ${pc.dim([a.outlet, a.agency, a.date].filter(Boolean).join(" · "))}  ${a.title ?? ""}\n`);
        }
      }
      const rel = g.related.filter((r) => g.storyOf.get(r.a) !== g.storyOf.get(r.b));
      if (rel.length) {
        process.stdout.write(`\nrelated, not versions (share of A in B / of B in A):\n`);
        for (const r of rel) process.stdout.write(`  ${r.a}  ${r.b}  ${r.containmentAB.toFixed(2)} / ${r.containmentBA.toFixed(2)}\n`);
      }
    });
}
