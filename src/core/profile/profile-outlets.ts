/**
 * @module Profile each outlet from the comparisons of its versions with their stories' sources: how
 * much it keeps, restyles, rewords, cuts and adds; its house style; where it cuts; how often it
 * alters quotations and numbers, with a link to each case. Comparisons are folded in one at a time,
 * so a caller can stream them; only counts and a bounded list of cases are kept.
 */
import type { Comparison, StyleTag } from "../article.ts";
import { cutProfile } from "../story/story-matrix.ts";
import { isStyleTag } from "../tags.ts";
import { PROFILE_DEFAULTS, type ProfileOptions } from "./defaults.ts";
import { ledeFate } from "./lede-fate.ts";
import type { CaseLink, OutletProfile, StyleForm } from "./profile-types.ts";
import { styleForms } from "./style-form.ts";

interface Acc {
  p: OutletProfile;
  stories: Set<string>;
  /** share sums weighted by words */
  w: { verbatim: number; styleOnly: number; reworded: number; cut: number; added: number };
  forms: Map<StyleTag, { count: number; forms: Map<string, StyleForm> }>;
}

function newAcc(outlet: string, bands: number): Acc {
  return {
    p: {
      outlet,
      pairs: 0,
      stories: 0,
      sourceWords: 0,
      versionWords: 0,
      shares: { verbatim: 0, styleOnly: 0, reworded: 0, cut: 0, added: 0 },
      cutProfiles: { none: 0, bottom: 0, middle: 0, "bottom and middle": 0 },
      lede: { kept: 0, style: 0, reworded: 0, replaced: 0, cut: 0, none: 0 },
      cutBands: Array.from({ length: bands }, () => ({ paragraphs: 0, cut: 0 })),
      style: [],
      styleEdits: 0,
      substantiveEdits: 0,
      quotes: { total: 0, altered: 0, truncated: 0, cases: [] },
      numbers: { changed: 0, cases: [] },
    },
    stories: new Set(),
    w: { verbatim: 0, styleOnly: 0, reworded: 0, cut: 0, added: 0 },
    forms: new Map(),
  };
}

function add(acc: Acc, c: Comparison, o: ProfileOptions): void {
  const p = acc.p,
    s = c.stats;
  p.pairs++;
  acc.stories.add(c.a.id);
  p.sourceWords += s.aWords;
  p.versionWords += s.bWords;
  acc.w.verbatim += s.verbatim * s.aWords;
  acc.w.styleOnly += s.styleOnly * s.aWords;
  acc.w.reworded += s.reworded * s.aWords;
  acc.w.cut += s.cut * s.aWords;
  acc.w.added += s.newInB * s.bWords;
  p.cutProfiles[cutProfile(c)]++;
  p.lede[ledeFate(c)]++;
  p.styleEdits += s.styleEdits;
  p.substantiveEdits += s.substantiveEdits;

  const body = c.a.paragraphs.filter((q) => q.role === "body").map((q) => q.index);
  const cut = new Set(c.onlyA);
  body.forEach((i, k) => {
    const band = p.cutBands[Math.min(o.cutBands - 1, Math.floor((k / body.length) * o.cutBands))]!;
    band.paragraphs++;
    if (cut.has(i)) band.cut++;
  });

  const links = [...c.links].sort((x, y) => Math.min(...x.a) - Math.min(...y.a));
  const anchorOfA = new Map<number, string>();
  const at = (anchor: string): CaseLink => ({ source: c.a.id, version: c.b.id, anchor });
  links.forEach((l, n) => {
    for (const i of l.a) anchorOfA.set(i, `l${n}`);
    for (const e of l.edits) {
      if (e.op === "equal") continue;
      if (e.class === "substance" && e.tags.includes("number")) {
        p.numbers.changed++;
        if (p.numbers.cases.length < o.maxCases) p.numbers.cases.push({ ...at(`l${n}`), a: e.a, b: e.b });
      }
      if (e.class !== "style") continue;
      for (const t of e.tags) {
        if (!isStyleTag(t)) continue;
        const tag = t;
        let h = acc.forms.get(tag);
        if (!h) acc.forms.set(tag, (h = { count: 0, forms: new Map() }));
        h.count++;
        for (const form of styleForms(tag, e.a, e.b)) {
          const f = h.forms.get(form);
          if (f) f.count++;
          else h.forms.set(form, { form, count: 1, example: { ...at(`l${n}`), a: e.a, b: e.b } });
        }
      }
    }
  });
  for (const i of c.onlyA) anchorOfA.set(i, `a${i}`);
  for (const q of c.quotes) {
    p.quotes.total++;
    if (q.status !== "altered" && q.status !== "truncated") continue;
    p.quotes[q.status]++;
    if (p.quotes.cases.length < o.maxCases)
      p.quotes.cases.push({
        ...at(anchorOfA.get(q.a) ?? `a${q.a}`),
        text: q.text,
        bText: q.bText ?? null,
        status: q.status,
      });
  }
}

function finish(acc: Acc, o: ProfileOptions): OutletProfile {
  const p = acc.p;
  p.stories = acc.stories.size;
  const share = (x: number, of: number) => (of ? Math.round((x / of) * 10000) / 10000 : 0);
  p.shares = {
    verbatim: share(acc.w.verbatim, p.sourceWords),
    styleOnly: share(acc.w.styleOnly, p.sourceWords),
    reworded: share(acc.w.reworded, p.sourceWords),
    cut: share(acc.w.cut, p.sourceWords),
    added: share(acc.w.added, p.versionWords),
  };
  p.style = [...acc.forms]
    .map(([tag, h]) => ({
      tag,
      count: h.count,
      forms: [...h.forms.values()]
        .sort((x, y) => y.count - x.count || (x.form < y.form ? -1 : 1))
        .slice(0, o.maxForms),
    }))
    .sort((x, y) => y.count - x.count || (x.tag < y.tag ? -1 : 1));
  return p;
}

export interface OutletProfiler {
  /** Fold in one comparison: a story's source as A, one of its versions as B; B's outlet is profiled. */
  add(c: Comparison): void;
  /** The profiles so far, the outlets with the most pairs first, then by name. */
  result(): OutletProfile[];
}

/** A profiler to feed comparisons one at a time (a server can yield between them). */
export function outletProfiler(opts: Partial<ProfileOptions> = {}): OutletProfiler {
  const o = { ...PROFILE_DEFAULTS, ...opts };
  const byOutlet = new Map<string, Acc>();
  return {
    add(c) {
      const name = c.b.outlet ?? o.unknownOutlet;
      let acc = byOutlet.get(name);
      if (!acc) byOutlet.set(name, (acc = newAcc(name, o.cutBands)));
      add(acc, c, o);
    },
    result: () =>
      [...byOutlet.values()]
        .map((a) => finish(a, o))
        .sort((x, y) => y.pairs - x.pairs || (x.outlet < y.outlet ? -1 : 1)),
  };
}

/** Profile every outlet of `comparisons` (each a story's source against one of its versions). */
export function profileOutlets(
  comparisons: Iterable<Comparison>,
  opts: Partial<ProfileOptions> = {},
): OutletProfile[] {
  const p = outletProfiler(opts);
  for (const c of comparisons) p.add(c);
  return p.result();
}
