/**
 * @module One pass over an article's body text gives what both the shingles and the sentence sets
 * need: each word's hash, the hash of its first letters (its crude stem) and where sentences end.
 */
import type { Article } from "../article.ts";
import { isUnspaced } from "../text/unspaced-words.ts";

const FNV_OFFSET = 0x811c9dc5, FNV_PRIME = 0x01000193;

/** FNV-1a over a word's first `stemChars` letters, lowercased (as the scan hashes them). */
export function stemHash(word: string, stemChars: number): number {
  let h = FNV_OFFSET;
  for (let i = 0; i < Math.min(word.length, stemChars); i++) h = Math.imul(h ^ word.toLowerCase().charCodeAt(i), FNV_PRIME);
  return h >>> 0;
}

const isEnd = (c: number) => c === 46 || c === 33 || c === 63; // . ! ?
const isFullWidthEnd = (c: number) => c === 0x3002 || c === 0xff01 || c === 0xff1f; // 。！？ need no space after
const isSpace = (c: number) => c === 32 || c === 9 || c === 10 || c === 13 || c === 0xa0;
const isCloser = (c: number) => c === 34 || c === 39 || c === 0x201d || c === 0x2019 || c === 41; // " ' ” ’ )

/** The words of the texts added so far, in order; its arrays are reused by the next `reset`. */
export class WordScan {
  /** FNV-1a of the whole word, lowercased, letters and digits only. */
  full = new Uint32Array(1024);
  /** FNV-1a of its first `stemChars` letters, or 0 for a word of fewer than four letters. */
  stem = new Uint32Array(1024);
  /** 1 where a sentence (or a paragraph) ends after the word. */
  end = new Uint8Array(1024);
  length = 0;

  constructor(readonly stemChars: number) {}

  reset(): this {
    this.length = 0;
    return this;
  }

  /** The body paragraphs of an article, read as one word sequence. */
  addBody(a: Article): this {
    for (const p of a.paragraphs) if (p.role === "body") this.add(p.text);
    return this;
  }

  add(text: string): this {
    let h = FNV_OFFSET, s = FNV_OFFSET, len = 0;
    for (let i = 0; i <= text.length; i++) {
      let c = i < text.length ? text.charCodeAt(i) : 32;
      // a Chinese or Japanese char is a word of its own (char shingles, as near-duplicate detection reads
      // those scripts); 。！？ end a sentence
      if (c >= 0x3005 && isUnspaced(c)) {
        if (len > 0) this.push(h >>> 0, len >= 4 ? s >>> 0 : 0);
        this.push(Math.imul(FNV_OFFSET ^ c, FNV_PRIME) >>> 0, 0);
        h = s = FNV_OFFSET; len = 0;
        continue;
      }
      const isUpper = c >= 65 && c <= 90;
      const wordish = (c >= 48 && c <= 57) || isUpper || (c >= 97 && c <= 122) || (c >= 0xc0 && c !== 0xd7 && c !== 0xf7 && c < 0x2000);
      if (wordish) {
        if (isUpper) c += 32;
        else if (c >= 0xc0) c = text[i]!.toLowerCase().charCodeAt(0);
        h = Math.imul(h ^ c, FNV_PRIME);
        if (len < this.stemChars) s = Math.imul(s ^ c, FNV_PRIME);
        len++;
        continue;
      }
      // apostrophes (straight, curly, acute) do not split a word: "Iraq's" = "Iraq´s"
      if (c === 39 || c === 0x2019 || c === 0xb4) continue;
      if (len > 0) this.push(h >>> 0, len >= 4 ? s >>> 0 : 0);
      h = s = FNV_OFFSET; len = 0;
      if (isFullWidthEnd(c) && this.length > 0) this.end[this.length - 1] = 1;
      else if (isEnd(c) && this.length > 0) {
        let k = i + 1;
        while (k < text.length && isCloser(text.charCodeAt(k))) k++;
        if (k >= text.length || isSpace(text.charCodeAt(k))) this.end[this.length - 1] = 1;
      }
    }
    if (this.length > 0) this.end[this.length - 1] = 1;
    return this;
  }

  private push(full: number, stem: number): void {
    if (this.length === this.full.length) {
      const grow = <T extends Uint32Array | Uint8Array>(a: T, b: T) => (b.set(a), b);
      this.full = grow(this.full, new Uint32Array(this.length * 2));
      this.stem = grow(this.stem, new Uint32Array(this.length * 2));
      this.end = grow(this.end, new Uint8Array(this.length * 2));
    }
    this.full[this.length] = full;
    this.stem[this.length] = stem;
    this.end[this.length++] = 0;
  }
}
