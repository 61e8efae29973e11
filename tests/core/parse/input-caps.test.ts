/** Input caps before linkedom, Readability and marked (issue 22, item 18: one small upload froze the server). */
import { readFileSync } from "node:fs";
import fc from "fast-check";
import { parseHTML } from "linkedom";
import { describe, expect, it } from "vitest";
import { capHtml } from "../../../src/core/parse/cap-html.ts";
import { markdownOverLimits } from "../../../src/core/parse/cap-markdown.ts";
import { HTML_MAX_DEPTH, MARKDOWN_MAX_DEPTH } from "../../../src/core/parse/defaults.ts";
import { parseArticle } from "../../../src/core/parse/parse-article.ts";
import { InputError } from "../../../src/core/errors.ts";

const fixture = (f: string) => readFileSync(`tests/fixtures/parse/${f}`, "utf8");
import { nestedDivs } from "../../server/hostile-inputs.ts";

/** Deepest element of a page as linkedom builds it (html = 1). */
function depthOf(html: string): number {
  const { document } = parseHTML(html);
  let max = 0;
  const stack: [Element, number][] = [[document.documentElement, 1]];
  while (stack.length) {
    const [el, d] = stack.pop()!;
    max = Math.max(max, d);
    for (const c of el.children) stack.push([c, d + 1]);
  }
  return max;
}
const textOf = (html: string) => parseHTML(html).document.documentElement.textContent;
const timed = <T>(f: () => T): [T, number] => { const s = performance.now(); const r = f(); return [r, performance.now() - s]; };

describe("capHtml", () => {
  it("regression: 1,000 and 2,000 nested divs took 10 s and 136 s to parse; cut to the cap, text kept, in well under 5 s", () => {
    for (const n of [1000, 2000]) {
      const [a, ms] = timed(() => parseArticle({ id: "deep", format: "html", text: nestedDivs(n) }));
      expect(ms).toBeLessThan(5000);
      expect(a.paragraphs.map((p) => p.text)).toEqual(["Deep text here."]);
      const cut = new RegExp(`nested deeper than ${HTML_MAX_DEPTH} levels: [\\d,]+ elements below that were unwrapped`);
      expect(a.warnings.join()).toMatch(cut);
    }
  });

  it("leaves a page within the limits untouched", () => {
    const page = fixture("article.html");
    expect(capHtml(page)).toEqual({ html: page, warnings: [] });
    expect(parseArticle({ id: "h", format: "html", text: page }).warnings).toEqual([]);
  });

  it("nests no deeper than the cap and keeps every character of text", () => {
    const page = nestedDivs(300).replace("<p>", "<p>a &amp; b <span><b>bold</b></span> <!-- x --><script>if (a<b) {}</script>");
    const { html } = capHtml(page, { maxDepth: 20 });
    expect(depthOf(page)).toBe(305); // html, body, 300 divs, p, span, b
    expect(depthOf(html)).toBe(21); // the script, kept whole below the cap
    expect(textOf(html)).toBe(textOf(page));
  });

  it("unwraps only what linkedom would nest too deep, for any mix of tags (implied closes, void, svg, stray ends)", () => {
    const piece = fc.oneof(
      fc.constantFrom("<div>", "</div>", "<p>", "</p>", "<li>", "<ul>", "</ul>", "<span>", "</span>", "<br>", "<img src=x>",
        "<svg><path/>", "</svg>", "<table><tr><td>", "</table>", "<h2>", "</h2>", "<textarea><div></textarea>", "<b/>", "</br>"),
      fc.constantFrom("text", "a < b", "&amp;", " "));
    fc.assert(fc.property(fc.array(piece, { maxLength: 60 }), fc.integer({ min: 2, max: 12 }), (parts, maxDepth) => {
      const page = `<html><body>${parts.join("")}</body></html>`;
      const { html, warnings } = capHtml(page, { maxDepth });
      const before = depthOf(page), after = depthOf(html);
      expect(after).toBeLessThanOrEqual(maxDepth + 1); // + 1: a raw-text element is kept whole
      expect(after).toBeGreaterThanOrEqual(Math.min(before, maxDepth)); // nothing within the cap unwrapped
      expect(textOf(html)).toBe(textOf(page));
      if (before <= maxDepth) expect([html, warnings]).toEqual([page, []]);
    }), { numRuns: 400 });
  });

  it("refuses a page with more elements than the limit, with a typed error", () => {
    const page = `<html><body>${"<p>x</p>".repeat(50)}</body></html>`;
    expect(() => capHtml(page, { maxElements: 40 })).toThrow(InputError);
    expect(() => capHtml(page, { maxElements: 40 })).toThrow(/more than 40 elements/);
    expect(capHtml(page, { maxElements: 60 }).html).toBe(page);
    try { capHtml(page, { maxElements: 40 }); } catch (e) { expect((e as InputError).code).toBe("too-large"); }
  });

  it("is linear: a megabyte of unclosed divs is refused at once", () => {
    const [, ms] = timed(() => expect(() => capHtml("<div>".repeat(200_000))).toThrow(/elements/));
    expect(ms).toBeLessThan(1000);
  });
});

describe("markdownOverLimits", () => {
  it("regression: a line of 10,000 \"- \" overflowed marked's stack (server 500); read as plain text now", () => {
    const text = "- ".repeat(10_000) + "x\n";
    const [a, ms] = timed(() => parseArticle({ id: "list", format: "md", text }));
    expect(ms).toBeLessThan(2000);
    expect(a.paragraphs).toHaveLength(1);
    expect(a.paragraphs[0]!.text.endsWith("- x")).toBe(true);
    const why = `lists or quotes nested 10,000 levels deep at line 1 (the limit is ${MARKDOWN_MAX_DEPTH})`;
    expect(a.warnings).toEqual([`the Markdown has ${why}: read as plain text`]);
  });

  it("regression: a list nested 2,000 levels by indentation took 210 s and 3 GB; read as plain text now", () => {
    let text = "---\ntitle: Deep list\n---\n";
    for (let i = 0; i < 2000; i++) text += " ".repeat(2 * i) + `- item ${i}\n`;
    const [a, ms] = timed(() => parseArticle({ id: "list", format: "md", text }));
    expect(ms).toBeLessThan(5000);
    expect(a.title).toBe("Deep list");
    expect(a.paragraphs).toHaveLength(2000);
    expect(a.warnings.join()).toMatch(/nested 17 levels deep at line 17 .*read as plain text/);
  });

  it("accepts ordinary Markdown: nested lists, quotes, deep code, thematic breaks", () => {
    expect(markdownOverLimits(fixture("article.md"))).toBeNull();
    const ok = "- a\n  - b\n    - c\n\n> quote\n> > inner\n\n"
      + "```\n" + " ".repeat(80) + "- deep code\n```\n\n" + "- ".repeat(40) + "\n";
    expect(markdownOverLimits(ok)).toBeNull();
    expect(parseArticle({ id: "ok", format: "md", text: ok }).warnings).toEqual([]);
  });

  it("counts nesting by quotes, markers and indentation, and list items", () => {
    expect(markdownOverLimits("> ".repeat(5) + "x", { maxDepth: 4 })).toMatch(/nested 5 levels deep at line 1/);
    expect(markdownOverLimits("1. 2) - x", { maxDepth: 2 })).toMatch(/nested 3 levels/);
    expect(markdownOverLimits("text\n\n        - x", { maxDepth: 4 })).toMatch(/nested 5 levels deep at line 3/);
    expect(markdownOverLimits("- a\n".repeat(11), { maxItems: 10 })).toBe("more than 10 list items (the limit)");
    expect(markdownOverLimits("- a\n".repeat(10), { maxItems: 10 })).toBeNull();
  });
});
