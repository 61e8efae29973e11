/**
 * @module Turn input bytes into text: UTF-8 (with or without BOM), UTF-16 (with a BOM, or without one
 * when the bytes show it), else Windows-1252 with a warning; binary is refused. The CLI, the corpus
 * loader and the server's imports all read bytes through this one function.
 */
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
  const d = decodeUtf16(bytes) ?? decode8Bit(bytes);
  const nul = d.text.indexOf("\u0000");
  if (nul >= 0) throw new InputError("binary", `input holds a NUL character (character ${nul + 1}): a binary file, not text`);
  if (mostlyControl(d.text)) throw new InputError("binary", "input is mostly control characters: a binary file");
  return d;
}

function decode8Bit(bytes: Uint8Array): Decoded {
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder("utf-8", { fatal: true }).decode(body), warnings: [] };
  } catch {
    return { text: decodeWindows1252(body), warnings: ["input is not valid UTF-8; decoded as Latin-1 (Windows-1252)"] };
  }
}

/**
 * UTF-16 by its byte-order mark, or without one when the first 8 KB read as UTF-16 text in the Latin
 * range: one byte of each pair NUL and the other not, in at least 90% of the pairs (as the `file`
 * command and uchardet judge it; text in other scripts without a BOM is not told apart reliably).
 */
function decodeUtf16(bytes: Uint8Array): Decoded | null {
  let label: "utf-16le" | "utf-16be" | null = null, start = 0, warnings: string[] = [];
  if (bytes[0] === 0xff && bytes[1] === 0xfe) { label = "utf-16le"; start = 2; }
  else if (bytes[0] === 0xfe && bytes[1] === 0xff) { label = "utf-16be"; start = 2; }
  else {
    label = unmarkedUtf16(bytes);
    if (label) warnings = [`input has no byte-order mark; read as ${label === "utf-16le" ? "UTF-16LE" : "UTF-16BE"}`];
  }
  if (!label) return null;
  try {
    return { text: new TextDecoder(label, { fatal: true }).decode(bytes.subarray(start)), warnings };
  } catch {
    const name = label.toUpperCase();
    throw new InputError("binary", `input starts like ${name} text but is not valid ${name}`);
  }
}

function unmarkedUtf16(bytes: Uint8Array): "utf-16le" | "utf-16be" | null {
  const n = Math.min(bytes.length, 8192) & ~1;
  if (n < 4) return null;
  let le = 0, be = 0;
  for (let i = 0; i < n; i += 2) {
    const lo = bytes[i]!, hi = bytes[i + 1]!;
    if (hi === 0 && lo !== 0) le++;
    else if (lo === 0 && hi !== 0) be++;
  }
  const pairs = n / 2;
  return le >= 0.9 * pairs ? "utf-16le" : be >= 0.9 * pairs ? "utf-16be" : null;
}

/** Many control characters in the first 8 KB mean a binary file (as git and file(1) judge). */
function mostlyControl(text: string): boolean {
  const n = Math.min(text.length, 8192);
  let control = 0;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
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
