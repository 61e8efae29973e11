/** @module The page frame: doctype is added by the route; assets are served from /static, nothing from another host. */
import type { Child } from "hono/jsx";

export function Layout({ title, children, wide }: { title: string; children: Child; wide?: boolean }) {
  return (
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{title} · wirediff</title>
        <link rel="icon" href="data:," />
        <link rel="stylesheet" href="/static/wirediff.css" />
        <script src="/static/client.js" defer></script>
      </head>
      <body>
        <nav class="wd-topbar"><a class="wd-brand" href="/">wirediff</a><a href="/">Corpus</a><a href="/outlets">Outlets</a><a href="/timelines">Timelines</a><a href="/import">Import</a><a href="/api/articles">API</a></nav>
        <main class={wide ? "wd-page wd-wide" : "wd-page"}>{children}</main>
      </body>
    </html>
  );
}

export function ErrorPage({ status, message }: { status: number; message: string }) {
  return (
    <Layout title={`Error ${status}`}>
      <h1>{status === 404 ? "Not found" : "Something is wrong with this request"}</h1>
      <p class="wd-error">{message}</p>
      <p><a href="/">Back to the corpus</a></p>
    </Layout>
  );
}
