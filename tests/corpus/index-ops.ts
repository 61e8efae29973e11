/** Random changes to a corpus folder (four names, outlets in sidecars and JSON Lines rows) for property tests. */
import fc from "fast-check";
import { unlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";

// short blocks that recur across one outlet's stories turn into boilerplate (apply-corpus-roles.ts)
const PARAS = [
  "Storm hits the coast", "Follow our live coverage all day.",
  "Winds reached 120 km/h on Monday along the northern coast, officials said in a statement.",
  "Sign up for our newsletter.", "Schools stay closed until Wednesday, the council said after a meeting.",
  "Power was cut to 4,000 homes overnight and crews were working to restore it by noon.",
];
const NAMES = ["a", "b", "c", "d"];
export const body = (picks: number[]) => picks.map((k) => PARAS[k]!).join("\n\n");

type Op =
  | { kind: "write"; name: number; ext: "txt" | "md"; picks: number[] }
  | { kind: "rows"; name: number; ids: number[]; picks: number[] }
  | { kind: "sidecar"; name: number; outlet: string | null }
  | { kind: "delete"; name: number; ext: "txt" | "md" | "jsonl" };

const paraIndex = fc.integer({ min: 0, max: PARAS.length - 1 });
const picks = fc.tuple(fc.boolean(), fc.array(paraIndex, { minLength: 1, maxLength: 4 }))
  .map(([furniture, more]) => (furniture ? [1, ...more] : more));
const name = fc.integer({ min: 0, max: NAMES.length - 1 });
export const op: fc.Arbitrary<Op> = fc.oneof(
  fc.record({ kind: fc.constant("write" as const), name, ext: fc.constantFrom("txt" as const, "md" as const), picks }),
  fc.record({ kind: fc.constant("rows" as const), name, ids: fc.uniqueArray(name, { minLength: 1, maxLength: 3 }),
    picks }),
  fc.record({ kind: fc.constant("sidecar" as const), name,
    outlet: fc.constantFrom("Gazette", "gazette", "Herald", null) }),
  fc.record({ kind: fc.constant("delete" as const), name,
    ext: fc.constantFrom("txt" as const, "md" as const, "jsonl" as const) }),
);

export function change(dir: string, o: Op): void {
  const base = NAMES[o.name]!;
  switch (o.kind) {
    case "write": writeFileSync(join(dir, `${base}.${o.ext}`), body(o.picks)); return;
    case "rows": {
      const rows = o.ids.map((i) => JSON.stringify({ id: NAMES[i], outlet: "Gazette", text: body(o.picks) }));
      writeFileSync(join(dir, `${base}.jsonl`), rows.join("\n"));
      return;
    }
    case "sidecar":
      if (o.outlet) writeFileSync(join(dir, `${base}.meta.json`), JSON.stringify({ outlet: o.outlet }));
      else try { unlinkSync(join(dir, `${base}.meta.json`)); } catch { /* absent */ }
      return;
    case "delete":
      try { unlinkSync(join(dir, `${base}.${o.ext}`)); } catch { /* absent */ }
  }
}

