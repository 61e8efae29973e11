/** @module The `wirediff` command line: each command lives in ./commands and registers itself here. */
import { cac } from "cac";
import pkg from "../../package.json" with { type: "json" };
import { runCli } from "./run.ts";
import { registerInspect } from "./commands/inspect.ts";
import { registerAlign } from "./commands/align.ts";
import { registerCompare } from "./commands/compare.ts";
import { registerDiff } from "./commands/diff.ts";
import { registerServe } from "./commands/serve.ts";
import { registerReport } from "./commands/report.ts";
import { registerStories } from "./commands/stories.ts";
import { registerFigures } from "./commands/figures.ts";
import { registerOutlets } from "./commands/outlets.ts";
import { registerTimeline } from "./commands/timeline.ts";
import { registerImportArchive } from "./commands/import-archive.ts";

// `wirediff ... | head` closes the pipe early: that is the reader's choice, not an error.
process.stdout.on("error", (err: NodeJS.ErrnoException) => {
  if (err.code === "EPIPE") process.exit(0);
  throw err;
});

const cli = cac("wirediff");
for (const register of [registerInspect, registerAlign, registerCompare, registerDiff, registerServe, registerReport, registerStories,
  registerFigures, registerOutlets, registerTimeline, registerImportArchive]) {
  register(cli);
}
cli.help();
cli.version(pkg.version);
await runCli(cli, process.argv);
