/**
 * @module Builds the TypeScript entry points (the CLI, the bench) into single ES modules in dist/
 * with esbuild, and rebuilds one only when a file it may depend on is newer than it, so the
 * command line, the server and `npm run bench` run on plain Node. Plain JavaScript: bin/wirediff.mjs
 * needs it before anything can run TypeScript.
 *
 * Why not run the sources under tsx, as before: tsx adds about 0.35 s to every start, and its
 * loader, when it first reads a sizeable CommonJS package (diff-match-patch, @mozilla/readability),
 * grows a WebAssembly memory. That detaches an ArrayBuffer, which makes V8 give up a fast path for
 * every typed array in the process from then on (the "array buffer detaching protector"), and
 * compare works in typed arrays: 6-8% slower for the rest of the process.
 *
 * A bundle is written beside its final name and renamed into place, so a run that reads it never
 * sees half a file, and two processes that build at once (parallel tests) each leave a whole one.
 * Packages stay external: they load from node_modules as Node resolves them.
 */
import { readdirSync, renameSync, statSync, writeFileSync, mkdirSync, rmSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = fileURLToPath(new URL("..", import.meta.url));
const SOURCE = /\.(ts|tsx|mts|js|mjs|json)$/;

/** Newest modification time (ms) among the files under `dir` and the folders themselves (a deleted file changes its folder). */
function newestUnder(dir) {
  let newest = statSync(dir).mtimeMs;
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) newest = Math.max(newest, newestUnder(p));
    else if (SOURCE.test(e.name)) newest = Math.max(newest, statSync(p).mtimeMs);
  }
  return newest;
}

const mtimeOr = (path, fallback) => { try { return statSync(path).mtimeMs; } catch { return fallback; } };

/**
 * The path of dist/<name>.mjs built from `entry`, (re)built first when missing or older than any
 * file under `inputs` (folders of the project), package.json, tsconfig.json or this builder.
 * `workers` are built beside it as dist/<key>.mjs: entries the bundle starts as worker threads.
 * @param {{ name: string, entry: string, inputs: string[], workers?: Record<string, string>, root?: string }} opts
 *   paths relative to root
 * @returns {Promise<{ file: string, built: boolean }>}
 */
export async function bundled({ name, entry, inputs, workers = {}, root = ROOT }) {
  const file = resolve(root, "dist", name + ".mjs");
  const outputs = [name, ...Object.keys(workers)].map((n) => resolve(root, "dist", n + ".mjs"));
  const built = Math.min(...outputs.map((f) => mtimeOr(f, -1)));
  let newest = Math.max(mtimeOr(join(root, "package.json"), 0), mtimeOr(join(root, "tsconfig.json"), 0), statSync(fileURLToPath(import.meta.url)).mtimeMs);
  for (const dir of inputs) newest = Math.max(newest, newestUnder(resolve(root, dir)));
  if (built >= newest) return { file, built: false };
  const { build } = await import("esbuild");
  const result = await build({
    absWorkingDir: root,
    entryPoints: Object.entries({ [name]: entry, ...workers }).map(([out, src]) => ({ in: resolve(root, src), out })),
    outdir: dirname(file),
    outExtension: { ".js": ".mjs" },
    bundle: true,
    platform: "node",
    format: "esm",
    target: "node20",
    packages: "external",
    sourcemap: "linked",
    write: false,
    logLevel: "silent", // the error it throws carries the messages; the caller says them once
  });
  mkdirSync(dirname(file), { recursive: true });
  // maps first, so a module never points at a map that is not there yet; the workers before the
  // module that starts them
  const order = (path) => (path.endsWith(".map") ? 0 : path === file ? 2 : 1);
  for (const out of [...result.outputFiles].sort((x, y) => order(x.path) - order(y.path))) {
    const tmp = join(dirname(out.path), `.${basename(out.path)}.${process.pid}.tmp`);
    try {
      writeFileSync(tmp, out.contents);
      renameSync(tmp, out.path);
    } catch (err) {
      rmSync(tmp, { force: true });
      throw err;
    }
  }
  return { file, built: true };
}

/** What the project builds: the command line (bin/wirediff.mjs, npm start) and the bench (npm run bench). */
const WORKERS = { "parse-worker": "src/server/parse-worker.ts" };
export const TARGETS = {
  wirediff: { name: "wirediff", entry: "src/cli/main.ts", inputs: ["src", "scripts"], workers: WORKERS },
  bench: { name: "bench", entry: "bench/run.ts", inputs: ["src", "scripts", "bench"], workers: WORKERS },
};

// `node scripts/bundle.mjs <target>`: build dist/<target>.mjs when it is missing or stale
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const target = TARGETS[process.argv[2] ?? ""];
  if (!target) {
    process.stderr.write(`usage: node scripts/bundle.mjs <${Object.keys(TARGETS).join("|")}>\n`);
    process.exit(2);
  }
  try {
    await bundled(target);
  } catch (err) {
    process.stderr.write(`bundle: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(1);
  }
}
