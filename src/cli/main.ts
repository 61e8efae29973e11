/** @module The `wirediff` command line: each command lives in ./commands and registers itself in build-cli.ts. */
import { buildCli } from "./build-cli.ts";
import { runCli } from "./run.ts";

// `wirediff ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

await runCli(buildCli(), process.argv);
