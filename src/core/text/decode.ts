/** @module Turn input bytes into text: UTF-8 (with or without BOM), else Windows-1252 with a warning; binary is refused. */
import { InputError } from "../errors.ts";

/** Largest input read (bytes). Well above any article; guards memory on a mistaken upload. */
export const MAX_INPUT_BYTES = 50 * 1024 * 1024;

export interface Decoded {
  text: string;
  warnings: string[];
}

/** Decode bytes as an article's text. Throws InputError("binary" | "too-large"). */
export function decodeText(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_INPUT_BYTES) {
    throw new InputError("too-large", `input is ${(bytes.length / 1048576).toFixed(1)} MB; the limit is ${MAX_INPUT_BYTES / 1048576} MB`);
  }
  if (looksBinary(bytes)) throw new InputError("binary", "input looks like a binary file, not text");
  let start = 0;
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) start = 3;
  const body = bytes.subarray(start);
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), warnings: [] };
  } catch {
    return {
      text: decodeWindows1252(body),
      warnings: ["input is not valid UTF-8; decoded as Latin-1 (Windows-1252)"],
    };
  }
}

/** NUL bytes, or many control characters in the first 8 KB, mean a binary file (as git and file(1) judge). */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = bytes[i]!;
    if (c === 0) return true;
    if (c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) control++;
  }
  return n > 0 && control / n > 0.1;
}

// Node's TextDecoder("windows-1252") decodes as ISO-8859-1 (0x80 stays U+0080), so map the
// 0x80-0x9F range of Windows-1252 (where it differs from Latin-1) by hand.
const CP1252_HIGH = "\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178";

function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  const CHUNK = 8192;
  for (let i = 0; i < bytes.length; i += CHUNK) {
    const part = bytes.subarray(i, i + CHUNK);
    const codes = new Array<number>(part.length);
    for (let k = 0; k < part.length; k++) {
      const b = part[k]!;
      codes[k] = b >= 0x80 && b <= 0x9f ? CP1252_HIGH.charCodeAt(b - 0x80) : b;
    }
    out += String.fromCharCode(...codes);
  }
  return out;
}
