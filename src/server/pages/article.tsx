/** @module One article as parsed: metadata and every paragraph with its role and reason. */
import type { Article } from "../../core/article.ts";
import { ArticleMeta } from "../../views/summary.tsx";
import { Layout } from "./layout.tsx";

export interface RelatedView { id: string; title: string | null; containmentAB: number; containmentBA: number; sameStory: boolean; passages: { a: number[]; b: number[] } }

export function ArticlePage({ article, related = [] }: { article: Article; related?: RelatedView[] }) {
  return (
    <Layout title={article.title ?? article.id}>
      <ArticleMeta article={article} side="A" />
      {article.warnings.map((w) => <p class="wd-error">{w}</p>)}
      {related.length ? (
        <section><h2>Related articles</h2>
          <div class="wd-scroll"><table class="wd-table">
            <tr><th>article</th><th>share of this in it</th><th>share of it in this</th><th>shared passages (¶ here → ¶ there)</th><th></th></tr>
            {related.map((r) => (
              <tr><td><a href={`/article/${encodeURIComponent(r.id)}`}>{r.title ?? r.id}</a>{r.sameStory ? <span class="wd-where"> same story</span> : null}</td>
                <td>{(r.containmentAB * 100).toFixed(0)}%</td><td>{(r.containmentBA * 100).toFixed(0)}%</td>
                <td>{r.passages.a.join(", ") || "–"} → {r.passages.b.join(", ") || "–"}</td>
                <td><a href={`/compare?a=${encodeURIComponent(article.id)}&b=${encodeURIComponent(r.id)}`}>compare</a></td></tr>
            ))}
          </table></div>
        </section>
      ) : null}
      <h2>Paragraphs</h2>
      <table class="wd-table">
        <tr><th>¶</th><th>role</th><th>text</th></tr>
        {article.paragraphs.map((p) => <tr class={`wd-role-${p.role}`}><td>{p.index}</td><td>{p.role}{p.reason ? <div class="wd-where">{p.reason}</div> : null}</td><td>{p.text}</td></tr>)}
      </table>
      <p><a href={`/api/articles/${encodeURIComponent(article.id)}`}>JSON</a></p>
    </Layout>
  );
}
