/**
 * @module US/UK/Commonwealth spelling variants: `canonicalSpelling` maps every variant of a word to
 * one lowercase form, so "defence"/"defense" or "neighbouring"/"neighboring" compare equal.
 *
 * Two layers: a curated table of irregular pairs (spelling-table.ts) checked first, then
 * conservative suffix rules for the regular families (-ise/-ize, -yse/-yze, -our/-or, -re/-er,
 * -ence/-ense, -ogue/-og, doubled l, ae/oe), each limited to curated stems or guarded by exception
 * lists so ordinary words ("prize", "motor", "acre", "four") are never folded together.
 * The canonical form leans US; callers only compare canonical forms, never show them.
 */
import { AE_OE_STEMS, DOUBLE_L_STEMS, IRREGULAR_PAIRS, ISE_EXCEPTIONS, OGUE_STEMS, OUR_STEMS, RE_STEMS } from "./spelling-table.ts";

const irregular = new Map<string, string>();
const ourSet = new Set(OUR_STEMS);
const reSet = new Set(RE_STEMS);
const iseExceptions = new Set(ISE_EXCEPTIONS);
const doubleL = new Set(DOUBLE_L_STEMS);
const ogueSet = new Set(OGUE_STEMS);
const aeoe = AE_OE_STEMS;
/** Bounded memo: the aligner and classifier ask for the same words over and over. */
const memo = new Map<string, string>();
const MEMO_MAX = 50_000;

for (const [us, uk] of IRREGULAR_PAIRS) {
  irregular.set(us, us);
  irregular.set(uk, us);
}

/** Lowercase, with curly/acute apostrophes straightened, so table lookups see one form. */
function fold(word: string): string {
  return word.toLowerCase().replace(/[\u2019\u2018\u00b4\u02bc`]/g, "'");
}

/** Canonical (US-leaning) lowercase form of a word; words outside every family come back lowercased. */
export function canonicalSpelling(word: string): string {
  const cached = memo.get(word);
  if (cached !== undefined) return cached;
  const w = fold(word);
  let out = w;
  if (w.length >= 2) {
    // possessive 's keeps its stem's canonical form: "neighbour's" -> "neighbor's"
    const poss = /^(.+)('s|s')$/.exec(w);
    if (poss && w.length > 4) out = canonicalBare(poss[1]!) + poss[2];
    else out = canonicalBare(w);
  }
  if (memo.size >= MEMO_MAX) memo.clear();
  memo.set(word, out);
  return out;
}

/** True when a and b are different spellings (not just different case) of the same word. */
export function isSpellingVariant(a: string, b: string): boolean {
  if (fold(a) === fold(b)) return false;
  return canonicalSpelling(a) === canonicalSpelling(b);
}

function canonicalBare(w: string): string {
  const hit = irregular.get(w);
  if (hit !== undefined) return hit;
  if (w.length < 4) return w;
  // hyphenated compounds: canonicalize each part ("self-defence", "colour-coded")
  if (w.includes("-")) return w.split("-").map(canonicalBare).join("-");
  return applyRules(w);
}

function applyRules(w: string): string {
  // ae/oe: curated prefixes only (paediatric, oestrogen, manoeuvre handled as irregular)
  if (w.includes("ae") || w.includes("oe")) {
    for (const [uk, us] of aeoe) if (w.startsWith(uk)) return applyRules(us + w.slice(uk.length));
  }
  // -our -> -or on curated stems: colourful, honourable, neighbourhood, favourites
  const our = w.indexOf("our");
  if (our > 0 && ourSet.has(w.slice(0, our))) return w.slice(0, our) + "or" + w.slice(our + 3);
  // -re -> -er on curated stems: centre(s|d), centring, theatre, kilometre
  const re = /^(.+?)(re|res|red|ring)$/.exec(w);
  if (re && reSet.has(re[1]!)) {
    const suffix = re[2] === "re" ? "er" : re[2] === "res" ? "ers" : re[2] === "red" ? "ered" : "ering";
    return re[1] + suffix;
  }
  // -ogue -> -og: catalogue(s|d), dialogue
  const og = /^(.+?)ogue(s|d)?$/.exec(w);
  if (og && ogueSet.has(og[1]!)) return og[1] + "og" + (og[2] === "d" ? "ged" : og[2] ?? "");
  // doubled l before a suffix: travelled, cancelling, modeller, counsellor, marvellous
  const dl = /^(.+)ll(ed|ing|er|ers|or|ors|ery|ation|ations|ous|ously|en|y|ist|ists)$/.exec(w);
  if (dl && doubleL.has(dl[1] + "l")) return dl[1] + "l" + dl[2];
  // -yse -> -yze: analyse, paralysed, catalysing
  const yse = /^(.*(?:anal|paral|catal|electrol|hydrol|dial|breathal))ys(e|es|ed|ing|er|ers)$/.exec(w);
  if (yse) return yse[1] + "yz" + yse[2];
  // -ise -> -ize (and -isation): general, minus words that are -ise in every English
  const ise = /^(.+)is(e|es|ed|ing|er|ers|ation|ations|ational)$/.exec(w);
  if (ise && ise[1]!.length >= 3 && !isIseException(ise[1] + "ise")) return ise[1] + "iz" + ise[2];
  // -ence -> -ense: defence, offence, pretence, licence (noun)
  const ence = /^(def|off|pret|lic)enc(e|es|eless)$/.exec(w);
  if (ence) return ence[1] + "ens" + ence[2];
  return w;
}

const ISE_PREFIXES = ["", "re", "un", "dis", "mis", "over", "pre", "self-", "counter", "super", "sub", "co", "non", "non-", "ex", "under", "up"];
function isIseException(base: string): boolean {
  // vowel + "ise" (noise, poise, cruise, raise, expertise excluded by list) is never the -ize family
  if (/[aeiou]ise$/.test(base)) return true;
  for (const p of ISE_PREFIXES) if (base.startsWith(p) && iseExceptions.has(base.slice(p.length))) return true;
  return false;
}
