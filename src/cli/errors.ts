/** @module The CLI's error type: a message for the user and an exit code (2 = usage, 1 = input or runtime). */
export class CliError extends Error {
  constructor(message: string, readonly exitCode = 1) {
    super(message);
    this.name = "CliError";
  }
}
