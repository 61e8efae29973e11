/** @module Import: paste text or upload a file, with optional metadata; errors are answered in the form. */
import { Layout } from "./layout.tsx";

export interface ImportValues { text?: string; title?: string; outlet?: string; date?: string; url?: string; format?: string }

export function ImportPage({ values = {}, error }: { values?: ImportValues; error?: string }) {
  return (
    <Layout title="Import an article">
      <h1>Import an article</h1>
      {error ? <p class="wd-error" role="alert" id="wd-import-error">{error}</p> : null}
      <form method="post" action="/import" enctype="multipart/form-data" class="wd-form">
        <label>Paste the text<textarea name="text" rows={14} cols={80}>{values.text ?? ""}</textarea></label>
        <label>or upload a file (.txt, .md, .html, .jsonl) <input type="file" name="file" accept=".txt,.md,.markdown,.html,.htm" /></label>
        <label>Pasted text is <select name="format">{(["txt", "md", "html"] as const).map((f) => <option value={f} selected={values.format === f}>{f === "txt" ? "plain text" : f === "md" ? "Markdown" : "HTML page"}</option>)}</select></label>
        <fieldset><legend>Metadata (optional)</legend>
          <label>Title <input name="title" value={values.title ?? ""} /></label>
          <label>Outlet <input name="outlet" value={values.outlet ?? ""} /></label>
          <label>Date <input name="date" type="date" value={values.date ?? ""} /></label>
          <label>URL <input name="url" type="url" value={values.url ?? ""} /></label>
        </fieldset>
        <button type="submit" id="wd-import">Import</button>
      </form>
    </Layout>
  );
}
