import { describe, expect, it } from "vitest";
import { decodeText } from "../../../src/core/text/decode.ts";

const TEXT = "Zürich votes\n\nVoters said “yes” on Sunday — 52% of them.";
const utf16 = (text: string, opts: { be?: boolean; bom?: boolean } = {}) => {
  const body = Buffer.from(text, "utf16le");
  const bytes = opts.bom === false ? body : Buffer.concat([Buffer.from([0xff, 0xfe]), body]);
  return opts.be ? Buffer.from(bytes).swap16() : bytes;
};

describe("decodeText", () => {
  it("UTF-16 with a byte-order mark was refused as binary: it is decoded, both byte orders, without a warning", () => {
    for (const be of [false, true]) expect(decodeText(utf16(TEXT, { be }))).toEqual({ text: TEXT, warnings: [] });
  });
  it("UTF-16 without a byte-order mark is read when the bytes show it, and says so", () => {
    for (const be of [false, true]) {
      const d = decodeText(utf16(TEXT, { be, bom: false }));
      expect(d.text).toBe(TEXT);
      expect(d.warnings[0]).toMatch(be ? /UTF-16BE/ : /UTF-16LE/);
    }
  });
  it("a NUL anywhere is binary, even past the first 8 KB", () => {
    const late = Buffer.from("A line of text.\n".repeat(1000) + "\u0000 and more text.");
    expect(late.length).toBeGreaterThan(8192);
    expect(() => decodeText(late)).toThrow(/NUL/);
  });
  it("UTF-16 that is not valid (a lone surrogate) is refused with the reason", () => {
    const loneSurrogate = Buffer.from([0x00, 0xd8, 0x41, 0x00]);
    const bad = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("ab", "utf16le"), loneSurrogate]);
    expect(() => decodeText(bad)).toThrow(/not valid UTF-16LE/);
  });
  it("Windows-1252 punctuation and letters, with a warning", () => {
    const d = decodeText(Uint8Array.from([
      0x43, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x6f, 0x6b, 0x94, 0x20, 0x96, 0x20, 0x80, 0x35,
    ]));
    expect(d.text).toBe("Café “ok” – €5");
    expect(d.warnings[0]).toMatch(/Windows-1252/);
  });
  it("images and other binary files are refused", () => {
    const png = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(() => decodeText(png)).toThrow(/binary/);
    expect(() => decodeText(Uint8Array.from({ length: 400 }, (_, i) => (i % 7) + 1))).toThrow(/control characters/);
  });
});
