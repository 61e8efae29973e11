/** @module `wirediff report --story ID`: group the corpus, compare every version with the source, write the story report. */
import { writeFile } from "node:fs/promises";
import { compareArticles } from "../core/compare.ts";
import { storyMatrix } from "../core/story/story-matrix.ts";
import type { Corpus } from "../corpus/store.ts";
import { corpusStories } from "../corpus/story-index.ts";
import { CliError } from "../cli/errors.ts";
import type { ReportFormat } from "./report-info.ts";
import { renderStoryReport } from "./story-report.tsx";
import { inputHash, reportCss, reportInfo } from "./write-report.ts";

export async function writeStoryReport(id: string, format: ReportFormat, corpus: Corpus, out?: string): Promise<void> {
  const g = corpusStories(corpus);
  const story = g.stories.find((s) => s.id === id) ?? g.stories.find((s) => s.versions.includes(id));
  if (!story) throw new CliError(`no story or article "${id}" in ${corpus.dir}`);
  const source = corpus.byId.get(story.source)!;
  const comparisons = story.versions.filter((v) => v !== story.source).map((v) => compareArticles(source, corpus.byId.get(v)!));
  const inputs = await Promise.all(story.versions.map(async (v) => ({ id: v, sha256: await inputHash({ dir: corpus.dir, id: v }) })));
  const text = await renderStoryReport(story, storyMatrix(source, comparisons), format, reportInfo(inputs), await reportCss());
  if (out) await writeFile(out, text); else process.stdout.write(text);
}
