/** @module Runs a cac CLI and maps every error to one message on stderr and a non-zero exit code. */
import type { CAC } from "cac";
import { CliError } from "./errors.ts";
import { spellBooleanFlags } from "./boolean-flags.ts";

export async function runCli(cli: CAC, argv: string[]): Promise<void> {
  try {
    cli.parse(spellBooleanFlags(cli, argv), { run: false });
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
    // cac's own errors (missing or unused arguments, unknown flags) are usage errors: 2
    const code = err instanceof CliError ? err.exitCode : err instanceof Error && err.name === "CACError" ? 2 : 1;
    const msg = err instanceof Error ? err.message : String(err);
    process.stderr.write(`wirediff: ${msg}\n`);
    process.exitCode = code;
  }
}
