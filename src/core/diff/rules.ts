/**
 * @module Word lists the classifier reads: reporting verbs (attribution), hedges, date words,
 * agencies (datelines and credits), number words. Lists, not code, so they can grow without touching
 * the rules. Chosen from AP/Reuters style guides' lists of attribution verbs and hedges.
 */

export const REPORTING_VERBS = new Set(
  ("say says said saying tell tells told telling claim claims claimed claiming warn warns warned warning state states stated " +
    "add adds added note notes noted insist insists insisted argue argues argued allege alleges alleged admit admits admitted " +
    "announce announces announced declare declares declared explain explains explained suggest suggests suggested stress stresses " +
    "stressed urge urges urged assert asserts asserted acknowledge acknowledged acknowledges concede conceded concedes contend " +
    "contended contends maintain maintained maintains report reports reported reveal revealed reveals confirm confirmed confirms " +
    "deny denied denies threaten threatened threatens vow vowed vows pledge pledged promise promised boast boasted complain " +
    "complained charge charged accuse accused blast blasted slam slammed according wrote write writes tweeted posted indicated " +
    "remarked observed commented replied responded told demanded demand demands predicted predict predicts estimated estimate").split(" "),
);

export const HEDGES = new Set(
  ("may might could reportedly allegedly apparently possibly probably likely unlikely perhaps purportedly seemingly " +
    "suspected supposedly believed thought appears appear appeared seems seem seemed unconfirmed unverified rumoured rumored " +
    "presumably potentially alleged expected").split(" "),
);

export const WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
export const MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december",
  "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"];
export const RELATIVE_DAYS = ["yesterday", "today", "tomorrow", "tonight", "overnight", "weekend", "earlier", "later", "last", "next", "ago"];
export const DATE_WORDS = new Set([...WEEKDAYS, ...MONTHS.filter((m) => m !== "may" && m !== "mar"), ...RELATIVE_DAYS.slice(0, 5)]);
export const MONTH_RE = new RegExp(`\\b(?:${MONTHS.join("|")})\\.?\\s*$`, "i");

export const AGENCIES = ["AFP", "AP", "Reuters", "PA", "AAP", "DPA", "dpa", "UPI", "Xinhua", "PTI", "IANS", "ANI", "ANSA", "EFE", "Kyodo", "Yonhap", "Bernama", "Anadolu", "TASS", "CNA", "Agencies", "agencies", "AFP-JIJI", "Bloomberg", "NYT", "WAM", "SPA", "KUNA", "APP", "UNI"];
const AGENCY_ALT = AGENCIES.join("|");
/** "(With AP inputs)", "(Reuters)", "- AFP", "With inputs from agencies", "Additional reporting by ..." */
export const CREDIT_RE = new RegExp(
  String.raw`^[\s\p{P}]*(?:(?:with\s+)?(?:inputs?\s+from\s+)?(?:${AGENCY_ALT})(?:\s*(?:,|and|/)\s*(?:${AGENCY_ALT}))*(?:\s+inputs?)?|additional reporting by [^\n]+|reporting by [^\n]+|\(?\s*(?:${AGENCY_ALT})\s*\)?)[\s\p{P}]*$`,
  "iu",
);
/** An agency in parentheses or after a dash, as datelines carry it: "Washington (AFP) -", "LONDON, (Reuters) —". */
export const DATELINE_AGENCY_RE = new RegExp(String.raw`\(\s*(?:${AGENCY_ALT})\s*\)|[-–—]\s*(?:${AGENCY_ALT})\b`, "giu");

export const NUMBER_WORDS: Record<string, number> = {
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20, thirty: 30,
  forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12, dozens: 24, hundreds: 200,
  thousands: 2000, half: 0.5, first: 1, second: 2, third: 3, fourth: 4, fifth: 5, both: 2, single: 1, twice: 2, double: 2, triple: 3,
};
export const MULTIPLIERS: Record<string, number> = {
  thousand: 1e3, k: 1e3, million: 1e6, m: 1e6, mn: 1e6, billion: 1e9, bn: 1e9, b: 1e9, trillion: 1e12, tn: 1e12, trn: 1e12,
};

/** Capitalized words that are not names when they change (sentence furniture, titles, pronouns). */
export const NOT_NAMES = new Set(
  ("the a an he she it they we i you his her its their our this that these those but and or so if in on at of for to by " +
    "with from as after before when while mr mrs ms dr president minister secretary state government officials official " +
    "police army military prime chief general spokesman spokeswoman spokesperson").split(" "),
);
