import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { parseArticle } from "../../../src/core/parse/parse-article.ts";
import { parseJsonl } from "../../../src/core/parse/parse-jsonl.ts";
import { decodeText } from "../../../src/core/text/decode.ts";
import { InputError } from "../../../src/core/errors.ts";

const fixture = (f: string) => readFileSync(`tests/fixtures/parse/${f}`, "utf8");

describe("formats", () => {
  it("Markdown: front matter is metadata, each lexer block (each list item) is one block, headings get their role", () => {
    const a = parseArticle({ id: "md", format: "md", text: fixture("article.md") });
    expect([a.title, a.outlet, a.date, a.url, a.dateline, a.agency]).toEqual(["Storm hits the coast", "Example Gazette", "2024-05-02", "https://example.org/storm", "LISBON", "Reuters"]);
    expect(a.paragraphs.map((p) => [p.text, p.role])).toEqual([
      ["LISBON (Reuters) - A storm hit the coast on Thursday, officials said.", "body"],
      ["Damage", "heading"],
      ["Roofs were torn off in **three** towns.", "body"],
      ["Power was cut", "body"],
      ["Schools closed", "body"],
    ]);
  });
  it("HTML: Readability's main content, block elements in order, page furniture outside it left out", () => {
    const a = parseArticle({ id: "h", format: "html", text: fixture("article.html") });
    expect(a.outlet).toBe("Example Gazette");
    expect(a.title).toBe("Storm hits the coast");
    expect(a.byline).toBe("Ana Costa");
    expect(a.date).toBe("2024-05-02");
    expect(a.url).toBe("https://example.org/storm");
    const texts = a.paragraphs.map((p) => p.text);
    expect(texts.some((t) => t.startsWith("LISBON (Reuters)"))).toBe(true);
    expect(texts.some((t) => /All rights reserved|Home World/.test(t))).toBe(false);
    expect(a.paragraphs.find((p) => p.text.startsWith("Waves break"))?.role).toBe("caption");
    expect(a.dateline).toBe("LISBON");
  });
  it("JSON Lines: one article a row with its metadata; text by the plain-text rule", () => {
    const arts = parseJsonl(fixture("articles.jsonl"));
    expect(arts.map((a) => a.id)).toEqual(["one", "two"]);
    expect(arts[0]).toMatchObject({ title: "First", outlet: "Wire Daily", date: "2024-01-02", url: "https://example.org/1", format: "jsonl", agency: "AFP", dateline: "PARIS" });
    expect(arts[0]!.paragraphs.map((p) => p.text)).toEqual(["PARIS (AFP) - First paragraph of the story.", "Second paragraph, with detail."]);
    expect(arts[1]!.paragraphs).toHaveLength(2);
  });
  it("JSON Lines: a bad row is an error naming its line", () => {
    expect(() => parseJsonl('{"id":"a","text":"x"}\n{oops}\n')).toThrow(/line 2/);
    expect(() => parseJsonl('{"id":"a"}\n')).toThrow(/no "text"/);
  });
});

describe("bad input", () => {
  it("an empty file is a clear error", () => {
    expect(() => parseArticle({ id: "e", format: "txt", text: " \n\t\n" })).toThrow(InputError);
  });
  it("a binary file is refused", () => {
    const bytes = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 13, 1, 2, 3]);
    expect(() => decodeText(bytes)).toThrow(/binary/);
  });
  it("Latin-1 is decoded with a warning", () => {
    const bytes = Uint8Array.from([...Buffer.from("Caf\u00e9 au lait co\u00fbte 2 ", "latin1"), 0x80, 0x0a]);
    const d = decodeText(bytes);
    expect(d.text).toContain("Café au lait coûte");
    expect(d.text).toContain("€");
    expect(d.warnings[0]).toMatch(/Latin-1/);
  });
  it("UTF-8 with a BOM and CRLF", () => {
    const d = decodeText(Buffer.from("\uFEFFTitle here\r\n\r\nBody text.\r\n"));
    expect(d.warnings).toEqual([]);
    expect(parseArticle({ id: "b", format: "txt", text: d.text }).paragraphs.map((p) => p.text)).toEqual(["Title here", "Body text."]);
  });
  it("a 20 MB file parses", () => {
    const para = "The committee met again on Tuesday and said that talks would continue next week in the capital.";
    const text = Array.from({ length: 210_000 }, (_, i) => `${para} ${i}`).join("\n\n");
    expect(text.length).toBeGreaterThan(20e6);
    const a = parseArticle({ id: "big", format: "txt", text });
    expect(a.paragraphs).toHaveLength(210_000);
  });
  it("one 50,000-word paragraph parses as one body paragraph", () => {
    const text = Array.from({ length: 50_000 }, (_, i) => (i % 17 === 16 ? "word." : "word")).join(" ");
    const a = parseArticle({ id: "long", format: "txt", text });
    expect(a.paragraphs).toHaveLength(1);
    expect(a.paragraphs[0]!.role).toBe("body");
  });
  it("a file of nothing but boilerplate keeps every block, none as body", () => {
    const a = parseArticle({ id: "bp", format: "txt", text: "READ MORE: Other story\n\nComments 3\n\nSign up to our newsletter\n\nW460" });
    expect(a.paragraphs).toHaveLength(4);
    expect(a.paragraphs.every((p) => p.role !== "body")).toBe(true);
  });
  it("a file of one line", () => {
    const a = parseArticle({ id: "one", format: "txt", text: "Just one sentence of news." });
    expect(a.paragraphs).toEqual([{ index: 0, text: "Just one sentence of news.", role: "body" }]);
  });
  it("bad YAML front matter is a clear error", () => {
    expect(() => parseArticle({ id: "m", format: "md", text: "---\ntitle: [unclosed\n---\n\nText." })).toThrow(/front matter/);
  });
});
