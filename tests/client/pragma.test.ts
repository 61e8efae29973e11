/** Every browser file must compile against jsx-dom, not hono/jsx (a forgotten pragma compiles silently against the wrong runtime). */
import { describe, expect, it } from "vitest";
import { readdirSync, readFileSync } from "node:fs";

describe("client files", () => {
  for (const f of readdirSync("src/client").filter((n) => /\.tsx?$/.test(n))) {
    it(`${f} starts with the jsx-dom pragma`, () => {
      expect(readFileSync(`src/client/${f}`, "utf8").startsWith("/** @jsxImportSource jsx-dom */")).toBe(true);
    });
  }
});
