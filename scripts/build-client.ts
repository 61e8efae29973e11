/** @module Bundle the browser client (src/client) into public/build/client.js with esbuild (~30 ms). */
import { build } from "esbuild";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("..", import.meta.url));

export async function buildClient(): Promise<void> {
  await build({
    entryPoints: [root + "src/client/main.tsx"],
    outfile: root + "public/build/client.js",
    bundle: true,
    minify: true,
    format: "iife",
    target: "es2022",
    jsx: "automatic",
    jsxImportSource: "jsx-dom",
    logLevel: "warning",
  });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildClient();
