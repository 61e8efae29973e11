/** Run the command line as a user does; never throws: the exit code, stdout and stderr come back. */
import { execFileSync } from "node:child_process";

export function runWirediff(args: string[]): { code: number; out: string; err: string } {
  try {
    return { code: 0, out: execFileSync(process.execPath, ["bin/wirediff.mjs", ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] }), err: "" };
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    return { code: x.status, out: x.stdout, err: x.stderr };
  }
}
