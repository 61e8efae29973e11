/** Issue 22 item 2: an outlet's own updates of one story must not turn its story text into boilerplate. */
import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseArticle } from "../../../src/core/parse/parse-article.ts";
import { applyCorpusRoles } from "../../../src/core/parse/apply-corpus-roles.ts";

const DIR = "tests/fixtures/corpus-roles";
const read = (id: string, outlet = "Gazette") =>
  parseArticle({ id, format: "txt", text: readFileSync(`${DIR}/${id}.txt`, "utf8"), meta: { outlet } });
const FURNITURE = "The Gazette's weather desk contributed to this report.";
const body = (a: ReturnType<typeof read>) => a.paragraphs.filter((p) => p.role === "body").map((p) => p.text);

describe("corpus evidence (regression: three versions of one story made its text boilerplate)", () => {
  it("story text shared by versions of one story stays body", () => {
    const versions = ["x1", "x2", "x3"].map((id) => read(id));
    const out = applyCorpusRoles(versions);
    out.forEach((a, k) => expect(body(a)).toEqual(body(versions[k]!)));
    expect(body(out[0]!).length).toBe(7); // six story paragraphs and the credit line: nothing to tell them apart yet
  });
  it("a block recurring in three different stories of the outlet is furniture, in every article that has it", () => {
    const out = applyCorpusRoles(["x1", "x2", "x3", "y", "z"].map((id) => read(id)));
    for (const a of out) {
      const p = a.paragraphs.find((q) => q.text === FURNITURE)!;
      expect([a.id, p.role]).toEqual([a.id, "boilerplate"]);
      expect(p.reason).toMatch(/recurs in 5 articles of Gazette/);
    }
    expect(body(out[0]!)).toHaveLength(6);
  });
  it("two different stories are not enough, nor the same block at another outlet", () => {
    const two = applyCorpusRoles(["x1", "x2", "x3", "y"].map((id) => read(id)));
    expect(two.every((a) => a.paragraphs.every((p) => p.role !== "boilerplate"))).toBe(true);
    const mixed = applyCorpusRoles([read("x1"), read("y"), read("z", "Courier")]);
    expect(mixed.every((a) => a.paragraphs.every((p) => p.role !== "boilerplate"))).toBe(true);
  });
});
