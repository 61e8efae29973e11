/** Run the command line as a user does; never throws: the exit code, stdout and stderr come back. */
import { spawnSync } from "node:child_process";

export function runWirediff(args: string[], env?: NodeJS.ProcessEnv): { code: number; out: string; err: string } {
  const r = spawnSync(process.execPath, ["bin/wirediff.mjs", ...args], {
    encoding: "utf8",
    stdio: ["ignore", "pipe", "pipe"],
    maxBuffer: 64 * 1024 * 1024,
    env: env ?? process.env,
  });
  return { code: r.status ?? 1, out: r.stdout, err: r.stderr };
}
