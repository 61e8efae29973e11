/**
 * @module `npm run bench`: runs every bench in turn (or those named on the command line, e.g.
 * `npm run bench -- compare`). npm runs it from dist/bench.mjs, an esbuild bundle under plain Node
 * (scripts/bundle.mjs says why), so every contender, the peers included, is timed in the same
 * process as the command line and the server run the code.
 */
import align from "./align.bench.ts";
import archive from "./archive.bench.ts";
import compare from "./compare.bench.ts";
import figures from "./figures.bench.ts";
import outlets from "./outlets.bench.ts";
import importing from "./import.bench.ts";
import parse from "./parse.bench.ts";
import server from "./server.bench.ts";
import stories from "./stories.bench.ts";
import timeline from "./timeline.bench.ts";

const BENCHES: Record<string, () => Promise<void>> = {
  align, archive, compare, figures, import: importing, outlets, parse, server, stories, timeline,
};

// BENCH_DETACH=1 detaches one ArrayBuffer first, as tsx's loader does when it preparses a CommonJS
// package (or any transfer of a buffer): V8 then checks every typed-array access for a detached
// buffer for the rest of the process. It shows what compare costs in such a process.
if (process.env.BENCH_DETACH) {
  const buffer = new ArrayBuffer(8);
  structuredClone(buffer, { transfer: [buffer] });
  console.log("(BENCH_DETACH: an ArrayBuffer was detached before the benches ran)");
}

const only = process.argv.slice(2);
const names = Object.keys(BENCHES);
const unknown = only.filter((o) => !names.some((name) => name.includes(o)));
if (unknown.length > 0) {
  process.stderr.write(`bench: no bench named ${unknown.join(", ")} (there are: ${names.join(", ")})\n`);
  process.exit(2);
}
for (const name of names.filter((n) => only.length === 0 || only.some((o) => n.includes(o)))) {
  const run = BENCHES[name]!;
  console.log(`\n## ${name}\n`);
  await run();
}
