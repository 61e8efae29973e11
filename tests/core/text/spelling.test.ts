import { describe, expect, it } from "vitest";
import { canonicalSpelling, isSpellingVariant } from "../../../src/core/text/spelling.ts";

const PAIRS: Array<[string, string]> = [
  ["defence", "defense"], ["self-defence", "self-defense"], ["neighbouring", "neighboring"], ["spiralling", "spiraling"],
  ["colourful", "colorful"], ["Honour", "honor"], ["organisation", "organization"], ["realised", "realized"],
  ["authorised", "authorized"], ["prioritising", "prioritizing"], ["centred", "centered"], ["centre", "center"],
  ["theatres", "theaters"], ["kilometres", "kilometers"], ["analysed", "analyzed"], ["paralyse", "paralyze"],
  ["catalogue", "catalog"], ["dialogue", "dialog"], ["paediatrician", "pediatrician"], ["oestrogen", "estrogen"],
  ["anaemia", "anemia"], ["travellers", "travelers"], ["cancelled", "canceled"], ["modelling", "modeling"],
  ["counsellor", "counselor"], ["marvellous", "marvelous"], ["manoeuvres", "maneuvers"], ["grey", "gray"],
  ["programme", "program"], ["sceptical", "skeptical"], ["tyres", "tires"], ["jewellery", "jewelry"],
  ["licence", "license"], ["offence", "offense"], ["pretence", "pretense"], ["judgement", "judgment"],
  ["ageing", "aging"], ["neighbour's", "neighbor's"], ["favourite", "favorite"], ["harbour", "harbor"],
  ["labourers", "laborers"], ["fulfil", "fulfill"], ["enrolment", "enrollment"], ["moustache", "mustache"],
];

const NON_PAIRS: Array<[string, string]> = [
  ["prize", "prise"], ["motor", "motour"], ["four", "for"], ["acre", "acer"], ["advise", "advize"],
  ["surprise", "surprize"], ["raise", "raize"], ["promise", "promize"], ["exercise", "exercize"], ["size", "sise"],
  ["contour", "contor"], ["your", "yor"], ["hour", "hor"], ["massacre", "massacer"], ["lite", "litre"],
  ["seven", "six"], ["said", "claimed"], ["March", "May"], ["defence", "offence"], ["colour", "cooler"],
];

describe("canonicalSpelling / isSpellingVariant", () => {
  it.each(PAIRS)("%s ~ %s", (a, b) => {
    expect(isSpellingVariant(a, b)).toBe(true);
    expect(canonicalSpelling(a)).toBe(canonicalSpelling(b));
  });
  it.each(NON_PAIRS)("%s !~ %s", (a, b) => {
    expect(isSpellingVariant(a, b)).toBe(false);
  });
  it("is not a variant of itself, even in another case", () => {
    expect(isSpellingVariant("Defence", "defence")).toBe(false);
  });
  it("leaves words outside every family alone (lowercased)", () => {
    for (const w of ["Washington", "airstrikes", "tolerate", "president", "rise", "crisis", "noise"]) {
      expect(canonicalSpelling(w)).toBe(w.toLowerCase());
    }
  });
  it("treats curly and acute apostrophes like straight ones", () => {
    expect(canonicalSpelling("Iraq\u00b4s")).toBe(canonicalSpelling("Iraq's"));
  });
});
