/** @module The plain-text block rule of DESIGN.md ("Paragraph blocks"): total, and linear in the input. */

/**
 * Split plain text into blocks. Line ends are normalised; a line of only spaces or tabs is blank;
 * blank lines at the start and end are ignored. If a blank line separates two non-empty lines, the
 * blocks are the runs of non-empty lines between blank lines; otherwise every non-empty line is a block.
 * Each block is returned with inner line breaks and white-space runs collapsed and outer white space trimmed.
 */
export function splitTextBlocks(text: string): string[] {
  const lines = text.replace(/^\uFEFF/, "").replace(/\r\n?/g, "\n").split("\n");
  const blank = (l: string) => /^[ \t]*$/.test(l);
  let first = 0;
  let last = lines.length - 1;
  while (first <= last && blank(lines[first]!)) first++;
  while (last >= first && blank(lines[last]!)) last--;
  let hasBlank = false;
  for (let i = first; i <= last; i++) if (blank(lines[i]!)) { hasBlank = true; break; }
  const blocks: string[] = [];
  if (!hasBlank) {
    for (let i = first; i <= last; i++) blocks.push(collapse(lines[i]!));
    return blocks;
  }
  let cur: string[] = [];
  for (let i = first; i <= last; i++) {
    const l = lines[i]!;
    if (blank(l)) {
      if (cur.length) blocks.push(collapse(cur.join("\n")));
      cur = [];
    } else cur.push(l);
  }
  if (cur.length) blocks.push(collapse(cur.join("\n")));
  return blocks;
}

/** Inner line breaks and runs of white space become single spaces; outer white space is trimmed. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}
