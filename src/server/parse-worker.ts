/**
 * @module The parse worker: a thread that parses uploads one at a time for ParsePool
 * (parse-pool.ts), so a slow parse never holds the server's thread. Built into dist/parse-worker.mjs
 * beside the command line's bundle; run from source under tsx.
 */
import { parentPort } from "node:worker_threads";
import { InputError } from "../core/errors.ts";
import { parseArticle, type ParseInput } from "../core/parse/parse-article.ts";
import type { ParseReply } from "./parse-pool.ts";

const port = parentPort;
if (!port) throw new Error("parse-worker.ts runs as a worker thread (see parse-pool.ts)");

port.on("message", (input: ParseInput) => {
  let reply: ParseReply;
  try {
    reply = { article: parseArticle(input) };
  } catch (err) {
    // a parser's own failure (a RangeError deep in a library) is still about this input: say so
    const message = err instanceof InputError ? err.message
      : `the ${input.format} could not be parsed: ${(err as Error).message ?? err}`;
    reply = { error: { code: err instanceof InputError ? err.code : "malformed", message } };
  }
  port.postMessage(reply);
});
port.postMessage("ready" satisfies ParseReply);
