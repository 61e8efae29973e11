/** @module The story view: every version against the source. */
import type { StoryMatrix } from "../../core/story/story-matrix.ts";
import { StoryMatrixView } from "../../views/story-matrix.tsx";
import { Layout } from "./layout.tsx";

export function StoryPage({ id, versions, matrix }: { id: string; versions: string[]; matrix: StoryMatrix }) {
  const dl = (f: string) => `/story/${encodeURIComponent(id)}/download?format=${f}&source=${encodeURIComponent(matrix.source.id)}`;
  return (
    <Layout title={`Story: ${matrix.source.title ?? matrix.source.id}`} wide>
      <h1>Story: {matrix.source.title ?? matrix.source.id}</h1>
      <form method="get" class="wd-toolbar">
        <label>Source <select name="source">{versions.map((v) => <option value={v} selected={v === matrix.source.id}>{v}</option>)}</select></label>
        <button type="submit">Use as source</button>
        <span class="wd-seg">Download: <a href={dl("html")}>HTML</a> · <a href={dl("md")}>Markdown</a> · <a href={dl("json")}>JSON</a> · <a href={dl("csv")}>CSV</a></span>
      </form>
      {matrix.versions.length === 0 ? <p>This article is the only version of its story in the corpus.</p> : <StoryMatrixView matrix={matrix} linkBase="/compare" />}
    </Layout>
  );
}
