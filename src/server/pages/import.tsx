/**
 * @module Import: paste text or upload a file, with optional metadata; errors are answered in the form,
 * and an import is followed by the story it joined.
 */
import { Layout } from "./layout.tsx";

export interface ImportValues { text?: string; title?: string; outlet?: string; date?: string; url?: string; format?: string }

/** An article just imported (or found already imported), and the other versions of the story it joined. */
export interface ImportDone {
  id: string;
  title: string | null;
  duplicate: boolean;
  warnings: string[];
  /** The story's source and its other versions, source first; empty when the article matched no story. */
  others: { id: string; title: string | null; source: boolean }[];
  storyId: string;
}

/** What the file picker offers: every single-article extension the store reads (store.ts FORMAT_OF_EXT). */
const ACCEPT = ".txt,.text,.md,.markdown,.html,.htm";

/** Compare links offered after an import; the story page lists the rest. */
const MAX_OFFERS = 8;

export interface ImportPageProps { values?: ImportValues; error?: string; done?: ImportDone; readOnly?: string }

export function ImportPage({ values = {}, error, done, readOnly }: ImportPageProps) {
  return (
    <Layout title="Import an article">
      <h1>Import an article</h1>
      {done ? <Done done={done} /> : null}
      {readOnly ? <p class="wd-error" id="wd-import-readonly">{readOnly}</p> : null}
      {error ? <p class="wd-error" role="alert" id="wd-import-error">{error}</p> : null}
      <form method="post" action="/import" enctype="multipart/form-data" class="wd-form">
        <label>Paste the text<textarea name="text" rows={14} cols={80}>{values.text ?? ""}</textarea></label>
        <label>or upload a file (.txt, .md, .html) <input type="file" name="file" accept={ACCEPT} /></label>
        <p class="wd-where">A JSON Lines export holds many articles: put it in the corpus folder, or serve it
          with <code>wirediff serve --corpus FILE</code>.</p>
        <label>Pasted text is <select name="format">{(["txt", "md", "html"] as const).map((f) => <option value={f} selected={values.format === f}>{f === "txt" ? "plain text" : f === "md" ? "Markdown" : "HTML page"}</option>)}</select></label>
        <fieldset><legend>Metadata (optional)</legend>
          <label>Title <input name="title" value={values.title ?? ""} /></label>
          <label>Outlet <input name="outlet" value={values.outlet ?? ""} /></label>
          <label>Date <input name="date" type="date" value={values.date ?? ""} /></label>
          <label>URL <input name="url" type="url" value={values.url ?? ""} /></label>
        </fieldset>
        <button type="submit" id="wd-import" disabled={readOnly ? true : undefined}>Import</button>
      </form>
    </Layout>
  );
}

function Done({ done }: { done: ImportDone }) {
  const name = done.title ?? done.id;
  const article = <a href={`/article/${encodeURIComponent(done.id)}`}>{name}</a>;
  const pair = (a: string, b: string) => `/compare?a=${encodeURIComponent(a)}&b=${encodeURIComponent(b)}`;
  const story = `/story/${encodeURIComponent(done.storyId)}`;
  return (
    <section class="wd-notice" id="wd-import-done">
      <p>{done.duplicate
        ? <>Already in the corpus: {article} (<code>{done.id}</code>). Nothing was imported again.</>
        : <>Imported {article} as <code>{done.id}</code>.</>}</p>
      {done.warnings.map((w) => <p class="wd-error">{w}</p>)}
      {done.others.length ? (
        <>
          <p>It is one of {done.others.length + 1} versions of <a href={story}>a story</a>:</p>
          <ul id="wd-import-offers">
            {done.others.slice(0, MAX_OFFERS).map((o) => (
              <li>
                <a href={o.source ? pair(o.id, done.id) : pair(done.id, o.id)}>Compare with {o.title ?? o.id}</a>
                {o.source ? " (the story's source)" : ""}
              </li>
            ))}
            {done.others.length > MAX_OFFERS
              ? <li><a href={story}>{done.others.length - MAX_OFFERS} more versions on the story page</a></li> : null}
          </ul>
        </>
      ) : <p>No other article in the corpus is a version of its story yet.</p>}
    </section>
  );
}
