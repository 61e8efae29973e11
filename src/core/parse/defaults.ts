/**
 * @module Cue lists and thresholds for metadata and role detection, in one place.
 * Chosen by reading the seed articles and common wire/outlet page furniture (AP, AFP, Reuters,
 * tabloid and regional sites); each rule is general: none names a seed's string.
 */

/** Wire agencies, as a dateline or credit names them; value is the canonical name recorded in `agency`. */
export const AGENCIES: Record<string, string> = {
  afp: "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
  ap: "AP", "associated press": "AP", "the associated press": "AP",
  reuters: "Reuters", pa: "PA", "pa media": "PA", "press association": "PA",
  aap: "AAP", dpa: "dpa", ani: "ANI", pti: "PTI", ians: "IANS", upi: "UPI", xinhua: "Xinhua",
  efe: "EFE", ansa: "ANSA", kyodo: "Kyodo", yonhap: "Yonhap", bloomberg: "Bloomberg", "bernama": "Bernama",
  "anadolu": "Anadolu", "tass": "TASS", "wam": "WAM", "spa": "SPA", "cp": "CP", "the canadian press": "CP",
};
export const AGENCY_PATTERN =
  "AFP|AP|Reuters|PA|AAP|dpa|DPA|ANI|PTI|IANS|UPI|Xinhua|EFE|ANSA|Kyodo|Yonhap|Bloomberg|Bernama|Anadolu|TASS|WAM|SPA|CP";

/** A first block this short (words) without a closing full stop is the title. Headlines rarely pass 20 words. */
export const TITLE_MAX_WORDS = 22;
/** Lines up to this many words may be headline-like furniture (related links, labels, subheadings). */
export const SHORT_LINE_MAX_WORDS = 20;
/** An unpunctuated line inside the body with at least this many words reads as a headline (a related-article link); shorter ones as a subheading or label. */
export const HEADLINE_MIN_WORDS = 6;
/** Consecutive headline-like lines that make a related-headlines list. */
export const RELATED_RUN_MIN = 3;
/** A caption label ("Mike Pompeo") above a caption is at most this many words. */
export const LABEL_MAX_WORDS = 8;
/** How far ahead (blocks) a pull quote's repeated paragraph is looked for: bounded so that a huge file stays linear. */
export const PULL_QUOTE_WINDOW = 12;
/** Share of a pull quote's word bigrams found in the later paragraph (pull quotes often drop an aside: "... by them, or their proxies ..."). */
export const PULL_QUOTE_MIN_SHARE = 0.7;
/**
 * An HTML list item with less than this share of its text in links is story text (a key-points list);
 * at or above it, a link list (related articles) left to the role rules. Readability's own cut-off for
 * a link-heavy block is 0.5 (its _cleanConditionally); a story item rarely links more than a name.
 */
export const LIST_MAX_LINK_DENSITY = 0.5;
/** Corpus evidence: a block seen verbatim in this many articles of one outlet is furniture. */
export const CORPUS_RECUR_MIN = 3;
/** Corpus evidence applies only to blocks up to this many words (long shared blocks are story text, e.g. a re-run wire paragraph). */
export const CORPUS_RECUR_MAX_WORDS = 60;

/** Promo blocks: a block starting with one of these is page furniture. */
export const PROMO_START =
  /^(?:read more|read also|also read|related(?: articles?| stories| content| coverage)?|more on this|more from|don[’']?t miss|must read|recommended|trending|most read|watch(?: now)?|listen|continue reading(?: on)?|click here|tap here|see also|you may also like|you might also like|advertisement|sponsored|top stories|latest news)\b\s*[:|\-–—]?/i;
/** Newsletter, notification and social prompts (checked on short blocks only). */
export const PROMPT_CUE =
  /\b(?:newsletters?|sign up|subscribe|notifications?|follow us|like us on|download (?:our|the) app|get the app|enable javascript|cookies?|share this (?:article|story)|share on (?:facebook|twitter|whatsapp)|all rights reserved|copyright ©|©\s?\d{4})\b/i;
/** Comment counters: "Comments 0", "0 Comments", "Comments (12)", "View comments". */
export const COMMENT_COUNTER = /^(?:comments?\s*\(?\d*\)?|\d+\s+comments?|view comments|show comments|join the conversation|leave a comment)$/i;
/** Photo-caption credits at the end of a block, or caption prefixes. */
export const CAPTION_END =
  /(?:\((?:image|images|photo|photos|picture|pictures|pic|credit|source|video|file photo|illustration)s?\s*:[^)]*\)|\b(?:via|for) (?:AP|AFP|Reuters|Getty Images|Getty|EPA|Shutterstock)|\b(?:AP Photo|AFP Photo|EPA-EFE)(?:\s*\/[^.]{0,60})?|\bREUTERS\/[^.]{2,60}|\(\s*(?:Getty Images|AFP|AP|Reuters|EPA|Shutterstock|PA)\s*\)|\bCamera Icon\b.*)\s*[).]?\s*$/i;
export const CAPTION_START = /^(?:picture|photo|image|pic|pictured|above|below|left|right|top|file photo|camera icon)\s*[:|\-–—]\s*/i;
export const CAMERA_ICON = /\bcamera icon\b/i;
/** Agency credits: "(With AP inputs)", "(Reporting by ...; Editing by ...)", "-- AFP", "© AFP 2020". */
export const CREDIT =
  /^(?:\(\s*(?:with|additional)\s+(?:[\w.&/,' ]{0,40}\s)?(?:inputs?|reporting)\b[^)]*\)|\(\s*reporting by\b[^)]*\)|(?:reporting|writing|editing)\s+by\b.{0,200}|(?:--|—|–)\s*(?:AFP|AP|Reuters|PA|AAP|dpa)\s*|©\s*(?:AFP|AP|Reuters|PA|AAP|dpa)\b.{0,40}|\((?:AFP|AP|Reuters|PA|AAP|dpa|ANI|PTI|IANS)\)|source\s*:\s*(?:AFP|AP|Reuters|PA|AAP|dpa|ANI|PTI|IANS)\b.{0,40})$/i;
/** Timestamps: "Updated 10:45 GMT", "Published: 16 March 2020", "3 hours ago". */
export const TIMESTAMP =
  /^(?:(?:updated|published|posted|last updated|first published)\s*:?\s*.{0,60}|\d{1,2}[:.]\d{2}\s*(?:am|pm)?(?:\s*(?:gmt|bst|utc|et|edt|est|pt|ist|cet))?(?:,?\s+.{0,40})?|\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?)\s+ago|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\d{1,2}\s+[a-z]{3,9}\.?\s+\d{4}(?:\s+\d{1,2}[:.]\d{2}.{0,12})?|[a-z]{3,9}\.?\s+\d{1,2},\s+\d{4}(?:\s+\d{1,2}[:.]\d{2}.{0,16})?|\d{1,2}\s+[a-z]{3,9}\s+\d{4}(?:\s+\d{1,2}[:.]\d{2}.{0,16})?|\d{4}-\d{2}-\d{2}(?:[t ]\d{2}:\d{2}.{0,10})?)$/i;

/*
 * Input caps, applied before linkedom, Readability and marked see a file (cap-html.ts, cap-markdown.ts):
 * their cost grows with nesting far faster than with size, and one small file could hold a server for
 * minutes. Timed on the 2-core development machine while other work ran (so about twice an idle run).
 */
/**
 * Elements nested deeper than this are unwrapped (text kept). Readability over linkedom took 0.2 s for a
 * chain of 64 divs, 0.45 s for 128, 1.8 s for 256, 10 s for 512 and 10-55 s for 1,000; news pages nest
 * 15-40 levels (Lighthouse flags more than 32; Chromium's own parser stops nesting at 512).
 */
export const HTML_MAX_DEPTH = 128;
/**
 * A page with more elements than this is refused. Readability took about 2 s per 10,000 elements,
 * whatever their nesting under the depth cap (5-11 s for 50,000); a news page holds 1,000-5,000.
 */
export const HTML_MAX_ELEMENTS = 25_000;
/**
 * Markdown whose lists or quotes nest deeper than this is read as plain text. marked recurses once per
 * level (a line of 2,000 "- " overflowed the stack) and costs about items x depth: 10,000 items took
 * 0.1-0.2 s flat, 0.4 s at 16 levels and 1 s at 32; articles nest 1-4 levels.
 */
export const MARKDOWN_MAX_DEPTH = 16;
/** Markdown with more list items than this is read as plain text (500,000 flat items took 3.7 s). */
export const MARKDOWN_MAX_ITEMS = 10_000;
/** A copyright line: "© 2025 Thomson/Reuters. All rights reserved.", "Copyright 2019 The Associated Press." */
export const COPYRIGHT_LINE = /^(?:©|\(c\)|copyright\b)[^\n]{0,120}$|^[^\n]{0,120}\ball rights reserved\.?$/i;
/** A syndication note: "(... this story has not been edited by ... staff and is published from a syndicated feed.)" */
export const SYNDICATION_NOTE = /^\(?[^()]{0,160}\b(?:syndicated feed|has not been edited by)\b[^()]{0,160}\)?\.?$/i;
/** Photo credits and caption markers inside a block: "(Photo by ... /Getty Images)", "(from left)", "In this image made from video ...". */
export const CAPTION_MARK = /\(+\s*(?:photo|picture|image)s?\s+by\b[^)]*\)+\s*$|\((?:from )?(?:left|right|centre|center)(?: to right)?\)|^in this (?:image|photo|picture|file photo)\b/i;
/** The attribution line under an embedded post: "— Vice President Mike Pence (@VP) November 26, 2018". */
export const EMBED_ATTRIBUTION = /^[-–—]\s*[^()]{1,80}\(@\w{1,30}\)\s+\w+ \d{1,2}, \d{4}$/;
