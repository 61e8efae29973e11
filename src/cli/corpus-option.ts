/** @module The --corpus option of the commands that read articles, and the corpus it names. */
import type { Command } from "cac";
import { openCorpus } from "../corpus/bulk.ts";
import type { Corpus } from "../corpus/store.ts";

export const CORPUS_OPTION_HELP = "Corpus folder or .jsonl/.csv export: its articles carry the corpus evidence "
  + "the server applies (a block recurring in different stories of one outlet is boilerplate), and A and B may be "
  + "its article ids";

export function withCorpusOption(command: Command): Command {
  return command.option("--corpus <path>", CORPUS_OPTION_HELP);
}

/** The corpus --corpus names, or null without it. */
export async function corpusOption(path: string | undefined): Promise<Corpus | null> {
  return path ? openCorpus(path) : null;
}
