/**
 * @module Write figure rows as a Parquet file with hyparquet-writer: rows are gathered into column
 * batches of ROW_GROUP rows, each written out as one row group, so memory holds one batch at a time.
 * Tags are one string joined by ";", as in the CSV (a Parquet LIST column would need nested writing).
 */
import { ParquetWriter, fileWriter, type SchemaElement } from "hyparquet-writer";
import type { FigureColumn } from "./columns.ts";
import type { Cell, FigureRow } from "./figure-rows.ts";

/** Rows per row group: large enough that a group compresses well, small enough to stay a few MB. */
const ROW_GROUP = 10_000;

function schemaOf(columns: readonly FigureColumn[]): SchemaElement[] {
  const el = (c: FigureColumn): SchemaElement =>
    c.type === "integer"
      ? { name: c.name, type: "INT32", repetition_type: "OPTIONAL" }
      : c.type === "number"
        ? { name: c.name, type: "DOUBLE", repetition_type: "OPTIONAL" }
        : { name: c.name, type: "BYTE_ARRAY", converted_type: "UTF8", repetition_type: "OPTIONAL" };
  return [{ name: "root", num_children: columns.length }, ...columns.map(el)];
}

const cell = (v: Cell | undefined) => (v == null ? null : Array.isArray(v) ? v.join(";") : v);

/** Write `rows` to `file` (created or replaced). Returns the number of rows written. */
export async function writeFiguresParquet(
  rows: Iterable<FigureRow>,
  columns: readonly FigureColumn[],
  file: string,
): Promise<number> {
  const writer = new ParquetWriter({ writer: fileWriter(file), schema: schemaOf(columns), createdBy: "wirediff" });
  let batch: FigureRow[] = [],
    total = 0;
  const flush = async () => {
    if (!batch.length) return;
    const columnData = columns.map((c) => ({ name: c.name, data: batch.map((r) => cell(r[c.name])) }));
    await writer.write({ columnData, rowGroupSize: batch.length });
    total += batch.length;
    batch = [];
  };
  for (const r of rows) {
    batch.push(r);
    if (batch.length === ROW_GROUP) await flush();
  }
  await flush();
  writer.finish();
  return total;
}
