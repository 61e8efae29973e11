import { describe, expect, it } from "vitest";
import { splitTextBlocks } from "../../../src/core/parse/text-blocks.ts";

describe("splitTextBlocks (the DESIGN.md block rule)", () => {
  it("uses blank-line runs when a blank line separates two non-empty lines", () => {
    expect(splitTextBlocks("a\nb\n\n\n\nc  d\n")).toEqual(["a b", "c d"]);
  });
  it("takes every non-empty line as a block when no blank line separates lines", () => {
    expect(splitTextBlocks("\n\none\ntwo\nthree\n\n")).toEqual(["one", "two", "three"]);
  });
  it("treats lines of spaces and tabs as blank, and normalises CRLF and BOM", () => {
    expect(splitTextBlocks("\uFEFFa\r\n \t \r\nb\r\n")).toEqual(["a", "b"]);
  });
  it("ignores blank lines at the start and end", () => {
    expect(splitTextBlocks("  \n\nonly\n\n \n")).toEqual(["only"]);
  });
});
