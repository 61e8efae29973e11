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
      text: new TextDecoder("windows-1252").decode(body),
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
