/** @module Runs a cac CLI and maps every error to one message on stderr and a non-zero exit code. */
import type { CAC } from "cac";
import { CliError } from "./errors.ts";

export async function runCli(cli: CAC, argv: string[]): Promise<void> {
  try {
    cli.parse(argv, { run: false });
    if (!cli.matchedCommand) {
      // An unknown command fails even with --help, so scripts can probe which commands exist.
      const name = cli.args[0];
      if (name) throw new CliError(`unknown command "${name}" (see wirediff --help)`, 2);
      if (cli.options.help || cli.options.version) return;
      cli.outputHelp();
      return;
    }
    if (cli.options.help) return;
    await cli.runMatchedCommand();
  } catch (err) {
    const code = err instanceof CliError ? err.exitCode : 1; // InputError and the rest: 1
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`wirediff: ${msg}\n`);
    process.exitCode = code;
  }
}
