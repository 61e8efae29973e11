/** @module One article as parsed: metadata and every paragraph with its role and reason. */
import type { Article } from "../../core/article.ts";
import { ArticleMeta } from "../../views/summary.tsx";
import { Layout } from "./layout.tsx";

export function ArticlePage({ article }: { article: Article }) {
  return (
    <Layout title={article.title ?? article.id}>
      <ArticleMeta article={article} side="A" />
      {article.warnings.map((w) => <p class="wd-error">{w}</p>)}
      <table class="wd-table">
        <tr><th>¶</th><th>role</th><th>text</th></tr>
        {article.paragraphs.map((p) => <tr class={`wd-role-${p.role}`}><td>{p.index}</td><td>{p.role}{p.reason ? <div class="wd-where">{p.reason}</div> : null}</td><td>{p.text}</td></tr>)}
      </table>
      <p><a href={`/api/articles/${encodeURIComponent(article.id)}`}>JSON</a></p>
    </Layout>
  );
}
