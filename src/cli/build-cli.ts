/** @module The `wirediff` command set: every command of ./commands on one cac instance, ready to parse. */
import { cac, type CAC } from "cac";
import pkg from "../../package.json" with { type: "json" };
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
import { registerIndex } from "./commands/index-cmd.ts";

export function buildCli(): CAC {
  const cli = cac("wirediff");
  const commands = [registerInspect, registerAlign, registerCompare, registerDiff, registerServe, registerReport,
    registerStories, registerFigures, registerOutlets, registerTimeline, registerImportArchive, registerIndex];
  for (const register of commands) register(cli);
  // cac gives a `--no-x` flag the default `true` and prints it as "(default: true)" beside the
  // flag that turns it off; the commands read only `false` (flag given) or absent.
  for (const command of [cli.globalCommand, ...cli.commands]) {
    for (const option of command.options) if (option.negated) option.config.default = undefined;
  }
  cli.help();
  cli.version(pkg.version);
  return cli;
}
