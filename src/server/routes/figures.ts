/** @module GET /figures/download: the same table as `wirediff figures`, streamed one pair at a time. */
import { Hono } from "hono";
import { InputError } from "../../core/errors.ts";
import { corpusFigures } from "../../report/figures/corpus-figures.ts";
import {
  FIGURE_CONTENT_TYPE,
  FIGURE_FORMATS,
  figureLines,
  isFigureFormat,
} from "../../report/figures/figure-lines.ts";
import type { CorpusState } from "../corpus-state.ts";

/** A byte stream pulled line by line: each pull compares one pair, so the server stays responsive and memory flat. */
function pulledStream(lines: Iterator<string>): ReadableStream<Uint8Array> {
  const enc = new TextEncoder();
  return new ReadableStream({
    pull(ctrl) {
      const next = lines.next();
      if (next.done) ctrl.close();
      else ctrl.enqueue(enc.encode(next.value));
    },
    cancel() {
      lines.return?.(undefined);
    },
  });
}

export function figuresRoutes(state: CorpusState): Hono {
  const app = new Hono();
  app.get("/download", (c) => {
    const format = c.req.query("format") ?? "csv";
    if (!isFigureFormat(format)) throw new InputError("invalid", `format must be ${FIGURE_FORMATS.join(" or ")}`);
    const edits = c.req.query("edits") === "1";
    const g = state.storyGroups();
    const t = corpusFigures(g.stories, state.corpus.byId, { edits });
    const name = `wirediff-figures${edits ? "-edits" : ""}.${format}`;
    return c.body(pulledStream(figureLines(t.rows, t.columns, format)), 200, {
      "Content-Type": FIGURE_CONTENT_TYPE[format],
      "Content-Disposition": `attachment; filename="${name}"`,
    });
  });
  return app;
}
