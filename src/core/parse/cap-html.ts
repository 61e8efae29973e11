/**
 * @module capHtml: bound a saved page's nesting and element count before linkedom and Readability
 * read it. Readability over linkedom costs about the cube of the nesting depth (a chain of 1,000
 * divs took 10 s), so elements below HTML_MAX_DEPTH are unwrapped (their tags removed, their text
 * kept) and a page with more than HTML_MAX_ELEMENTS elements is refused.
 */
import { Tokenizer } from "htmlparser2";
import { InputError } from "../errors.ts";
import { HTML_MAX_DEPTH, HTML_MAX_ELEMENTS } from "./defaults.ts";

export interface HtmlLimits {
  /** Deepest element kept (html is depth 1). @default HTML_MAX_DEPTH */
  maxDepth?: number;
  /** Most elements read (void ones included). @default HTML_MAX_ELEMENTS */
  maxElements?: number;
}

export interface CappedHtml {
  /** The page, unchanged when within the limits. */
  html: string;
  /** What was cut, for the article's warnings. */
  warnings: string[];
}

// The tree rules of htmlparser2's Parser (which linkedom uses), so depths here are linkedom's depths.
const P = ["p"];
const FORM = ["input", "option", "optgroup", "select", "button", "datalist", "textarea"];
const IMPLIES_CLOSE_LISTS: [string, string[]][] = [
  ["tr", ["tr", "th", "td"]], ["th", ["th"]], ["td", ["thead", "th", "td"]], ["body", ["head", "link", "script"]],
  ["li", ["li"]], ["option", ["option"]], ["optgroup", ["optgroup", "option"]],
  ["dd", ["dd", "dt"]], ["dt", ["dd", "dt"]],
  ["rt", ["rt", "rp"]], ["rp", ["rt", "rp"]], ["tbody", ["thead", "tbody"]], ["tfoot", ["thead", "tbody"]],
  ...["select", "input", "output", "button", "datalist", "textarea"].map((t): [string, string[]] => [t, FORM]),
  ...["h1", "h2", "h3", "h4", "h5", "h6", "p", "address", "article", "aside", "blockquote", "details", "div", "dl",
    "fieldset", "figcaption", "figure", "footer", "form", "header", "hr", "main", "nav", "ol", "pre", "section",
    "table", "ul"].map((t): [string, string[]] => [t, P]),
];
/** Opening the key closes the open element on top when it is one of these (htmlparser2's openImpliesClose). */
const IMPLIES_CLOSE = new Map(IMPLIES_CLOSE_LISTS.map(([k, v]) => [k, new Set(v)]));
const VOID = new Set(["area", "base", "basefont", "br", "col", "command", "embed", "frame", "hr", "img", "input",
  "isindex", "keygen", "link", "meta", "param", "source", "track", "wbr"]);
const FOREIGN = new Set(["math", "svg"]);
/** Elements whose content the tokenizer reads as text: unwrapping one would turn that text into markup. */
const RAW_TEXT = new Set(["script", "style", "title", "textarea", "xmp"]);
const INTEGRATION = new Set(["mi", "mo", "mn", "ms", "mtext", "annotation-xml", "foreignobject", "desc", "title"]);

/**
 * The page with every element deeper than `maxDepth` unwrapped, or unchanged when none is. Raw-text
 * elements (script, style, title, textarea, xmp) are never unwrapped, so the result may nest one
 * level deeper than `maxDepth` where one of them sits below it.
 * Throws InputError("too-large") past `maxElements`. Linear in the input: htmlparser2's own
 * Parser is not (its stack grows at the front), so this walks its Tokenizer with a stack of its own.
 */
export function capHtml(html: string, limits: HtmlLimits = {}): CappedHtml {
  const maxDepth = limits.maxDepth ?? HTML_MAX_DEPTH, maxElements = limits.maxElements ?? HTML_MAX_ELEMENTS;
  const names: string[] = [];          // open elements, innermost last
  const deep: boolean[] = [];          // whether each was unwrapped
  const open = new Map<string, number>(); // name -> how many are open: a close tag pops only when its name is open
  const foreign: boolean[] = [false];  // svg and math, where <x/> closes itself (as in htmlparser2)
  const cuts: number[] = [];           // [start, end) source ranges to remove, in order
  let elements = 0, unwrapped = 0;
  let tag = "", tagStart = 0;

  const count = () => {
    if (++elements > maxElements) {
      const limit = maxElements.toLocaleString("en");
      const advice = "save only the article, or paste its text";
      throw new InputError("too-large", `the HTML page has more than ${limit} elements (the limit): ${advice}`);
    }
  };
  const pop = (): boolean => {
    const name = names.pop()!;
    open.set(name, open.get(name)! - 1);
    return deep.pop()!;
  };
  const push = (name: string) => {
    names.push(name);
    const cut = names.length > maxDepth && !RAW_TEXT.has(name);
    deep.push(cut);
    open.set(name, (open.get(name) ?? 0) + 1);
    if (cut) unwrapped++;
    return cut;
  };
  let cutOpen = false;
  const endOpen = (end: number) => {
    if (cutOpen) cuts.push(tagStart, end + 1);
    cutOpen = false;
  };

  const tokenizer = new Tokenizer({ xmlMode: false, decodeEntities: true }, {
    onopentagname(start, end) {
      tag = html.slice(start, end).toLowerCase();
      tagStart = html.lastIndexOf("<", start);
      count();
      const closes = IMPLIES_CLOSE.get(tag);
      if (closes) while (names.length && closes.has(names[names.length - 1]!)) pop();
      cutOpen = false;
      if (VOID.has(tag)) return;
      if (FOREIGN.has(tag)) foreign.push(true);
      else if (INTEGRATION.has(tag)) foreign.push(false);
      cutOpen = push(tag);
    },
    onopentagend: endOpen,
    onselfclosingtag(end) {
      endOpen(end);
      if (foreign[foreign.length - 1] && names[names.length - 1] === tag) pop();
    },
    onclosetag(start, end) {
      const name = html.slice(start, end).toLowerCase();
      if (FOREIGN.has(name) || INTEGRATION.has(name)) foreign.pop();
      if (VOID.has(name)) { if (name === "br") count(); return; }
      if (open.get(name)) {
        let cut = false;
        for (let top = ""; top !== name; ) { top = names[names.length - 1]!; cut = pop(); }
        if (cut) cuts.push(html.lastIndexOf("<", start), end + 1);
      } else if (name === "p") {
        count(); // htmlparser2 reads a stray </p> as an empty paragraph
        if (names.length + 1 > maxDepth) cuts.push(html.lastIndexOf("<", start), end + 1);
      }
    },
    onattribdata() {}, onattribentity() {}, onattribend() {}, onattribname() {}, oncdata() {}, oncomment() {},
    ondeclaration() {}, onend() {}, onprocessinginstruction() {}, ontext() {}, ontextentity() {},
  });
  tokenizer.write(html);
  tokenizer.end();
  if (cuts.length === 0) return { html, warnings: [] };
  let out = "", at = 0;
  for (let k = 0; k < cuts.length; k += 2) { out += html.slice(at, cuts[k]); at = cuts[k + 1]!; }
  out += html.slice(at);
  return {
    html: out,
    warnings: [`the HTML is nested deeper than ${maxDepth} levels: `
      + `${unwrapped.toLocaleString("en")} elements below that were unwrapped (their text kept)`],
  };
}
