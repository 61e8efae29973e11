/**
 * @module Terminal colours for the commands' text output: on only when standard output is a terminal
 * (or FORCE_COLOR is set), and never with NO_COLOR. picocolors' own test also turns colour on whenever
 * `CI` is set, which put escape codes into piped output and files on CI machines.
 */
import pc from "picocolors";

const env = process.env;
export const colorEnabled =
  !("NO_COLOR" in env) && ("FORCE_COLOR" in env || (Boolean(process.stdout.isTTY) && env.TERM !== "dumb"));

const colors: ReturnType<typeof pc.createColors> = pc.createColors(colorEnabled);
export default colors;
