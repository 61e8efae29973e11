/** @module Read an import from a request (a JSON body or a multipart form): whatever the body, bad input is a 4xx. */
import type { Context } from "hono";
import type { ArticleMeta, Format } from "../core/article.ts";
import { InputError } from "../core/errors.ts";
import type { ImportInput } from "../corpus/import-article.ts";
import { FORMAT_OF_EXT } from "../corpus/store.ts";
import { readDate } from "../core/parse/read-date.ts";

export type FormBody = Record<string, string | File | (string | File)[]>;

/** The format of an upload by its name, or of pasted text by the form's choice (plain text by default). */
export function formatOf(value: string | undefined, fileName?: string): Format {
  if (fileName != null) {
    const ext = fileName.includes(".") ? fileName.slice(fileName.lastIndexOf(".")).toLowerCase() : "";
    const f = FORMAT_OF_EXT[ext];
    if (!f) throw new InputError("unsupported", `unsupported file type "${ext || fileName}": use .txt, .md or .html`);
    return f;
  }
  if (value == null || value === "") return "txt";
  if (value === "txt" || value === "md" || value === "html" || value === "jsonl") return value;
  throw new InputError("unsupported", `unsupported format "${value}": use txt, md or html`);
}

const META_KEYS = ["title", "outlet", "date", "url"] as const;
export function metaFrom(get: (k: string) => unknown): ArticleMeta {
  const meta: ArticleMeta = {};
  for (const k of META_KEYS) { const v = get(k); if (typeof v === "string" && v.trim()) meta[k] = v.trim(); }
  if (meta.date && (!/^\d{4}-\d{2}-\d{2}$/.test(meta.date) || !readDate(meta.date).date)) {
    throw new InputError("invalid", `date must be a calendar date written YYYY-MM-DD, not "${meta.date}"`);
  }
  return meta;
}

/** The fields of a multipart or URL-encoded form; a body that does not parse (no or a wrong boundary) is a 400. */
export async function readForm(c: Context): Promise<FormBody> {
  try {
    return await c.req.parseBody();
  } catch {
    throw new InputError("malformed", "the form could not be read: a multipart body needs the boundary its type names");
  }
}

/** An import from form fields: a chosen file (as its bytes) or the pasted text, never both. */
export async function importFromForm(form: FormBody): Promise<ImportInput> {
  const str = (k: string) => (typeof form[k] === "string" ? (form[k] as string) : undefined);
  const file = form.file;
  const meta = metaFrom((k) => form[k]);
  const id = str("id") || undefined;
  // a browser sends an unnamed, empty part when no file was chosen
  if (file instanceof File && file.name !== "") {
    if (str("text")?.trim()) throw new InputError("invalid", "give either pasted text or a file, not both");
    const content = new Uint8Array(await file.arrayBuffer());
    return { format: formatOf(undefined, file.name), content, fileName: file.name, meta, id };
  }
  return { format: formatOf(str("format")), content: str("text") ?? "", meta, id };
}

/** An import from a JSON body: `{ text, format?, title?, outlet?, date?, url?, id? }`. */
export async function importFromJson(c: Context): Promise<ImportInput> {
  let body: unknown;
  try {
    body = await c.req.json();
  } catch {
    throw new InputError("malformed", "the body is not valid JSON");
  }
  if (body === null || typeof body !== "object" || Array.isArray(body)) {
    const shape = '{ "text": "...", "format"?, "title"?, "outlet"?, "date"?, "url"?, "id"? }';
    throw new InputError("invalid", `the JSON body must be an object: ${shape}`);
  }
  const b = body as Record<string, unknown>;
  if (typeof b.text !== "string") throw new InputError("invalid", 'a JSON import needs a "text" string');
  const format = formatOf(typeof b.format === "string" ? b.format : undefined);
  return { format, content: b.text, meta: metaFrom((k) => b[k]), id: typeof b.id === "string" ? b.id : undefined };
}
