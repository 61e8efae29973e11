/** @module One link's edits as inline HTML: equal text, <del> and <ins> with their class and tags. Text is escaped by hono/jsx. */
import type { Edit } from "../core/article.ts";
import { shownTags, type ShownTag } from "./edit-tags.ts";

/** Split on paragraph breaks so merged paragraphs stay visibly apart inside one row. */
function Text({ text }: { text: string }) {
  const parts = text.split("\n\n");
  return <>{parts.map((p, i) => (i === 0 ? p : <><span class="wd-break" aria-hidden="true">¶</span><br /><br />{p}</>))}</>;
}

function cls(e: Exclude<Edit, { op: "equal" }>): string {
  return e.class === "style" ? "wd-style" : "wd-subst";
}

/**
 * Small labels with the tag words after an edit ("number", "quote"): text, so a screen reader reads
 * them and they show without hover or colour. Not selectable, so copied text stays the article's.
 */
export function TagLabels({ tags, style = false }: { tags: ShownTag[]; /** Beside a house-style edit (hidden with it). */ style?: boolean }) {
  if (!tags.length) return null;
  return <span class={style ? "wd-tags wd-tags-style" : "wd-tags"}>{tags.map((t) => <span class={`wd-tag wd-tag-${t}`}>{t}</span>)}</span>;
}

/** side: "a" renders A's text (deletions shown), "b" B's (insertions shown), "both" the inline view (both shown in place). */
export function EditText({ edits, side }: { edits: Edit[]; side: "a" | "b" | "both" }) {
  return (
    <>
      {edits.map((e) => {
        if (e.op === "equal") return <Text text={side === "b" ? e.b : e.a} />;
        const title = `${e.class}${e.tags.length ? ": " + e.tags.join(", ") : ""}`;
        const del = e.a && side !== "b" ? <del class={cls(e)} data-tags={e.tags.join(" ")} title={title}><Text text={e.a} /></del> : null;
        const ins = e.b && side !== "a" ? <ins class={cls(e)} data-tags={e.tags.join(" ")} title={title}><Text text={e.b} /></ins> : null;
        const labels = del || ins ? <TagLabels tags={shownTags(e)} style={e.class === "style"} /> : null;
        return <>{del}{ins}{labels}</>;
      })}
    </>
  );
}
