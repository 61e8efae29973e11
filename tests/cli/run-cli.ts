/** Test helper: run the wirediff command line in a child process, with its exit code and both streams. */
import { execFileSync } from "node:child_process";

export function run(args: string[]): { code: number; out: string; err: string } {
  try {
    const out = execFileSync(process.execPath, ["bin/wirediff.mjs", ...args], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
    return { code: 0, out, err: "" };
  } catch (e) {
    const x = e as { status: number; stdout: string; stderr: string };
    return { code: x.status, out: x.stdout, err: x.stderr };
  }
}
