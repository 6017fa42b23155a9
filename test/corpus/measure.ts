// Header-field recovery on the corpus of real documents (issue #9): each document's expected
// fields were written by hand from its text (expected.json) before the importer ran on it.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { loadProfile } from "../../src/layout/load.js";
import type { PartialDocument } from "../../src/readers/archive/types.js";
import { importFile } from "../../src/readers/registry.js";
import { formatSymbol } from "../../src/text/number.js";

const here = new URL(".", import.meta.url).pathname;

export const FIELDS = ["issuer", "superior", "number", "symbol", "place", "date", "kind", "subject", "authority"] as const;
export type Field = (typeof FIELDS)[number];
type Value = string | number | null;

interface CorpusEntry {
  file: string;
  source: string;
  expected: Partial<Record<Field, Value>>;
}

const squeeze = (s: string) => s.normalize("NFC").replace(/\s+/gu, " ").trim();

/** The header fields of an imported document, in the form expected.json writes them. */
export function fieldsOf(doc: PartialDocument): Record<Field, Value> {
  const issuer = doc.issuer ? [...(doc.issuer.superior ?? []), ...(doc.issuer.body ?? [])].filter(Boolean) : [];
  let symbol: string | null = null;
  if (doc.symbol?.issuer && doc.profile) {
    const profile = loadProfile(doc.profile);
    const typeCode = doc.symbol.typeCode ?? (doc.kind ? profile.typeCodes[doc.kind] : undefined) ?? null;
    symbol = formatSymbol({ number: doc.number ?? null, typeCode, issuer: doc.symbol.issuer, unit: doc.symbol.unit }, profile.number.grammar);
  }
  return {
    issuer: issuer.length ? squeeze(issuer.join(" ")) : null,
    superior: doc.issuer?.superior?.length ? squeeze(doc.issuer.superior.join(" ")) : null,
    number: doc.number ?? null,
    symbol,
    place: doc.place ?? null,
    date: doc.date ?? null,
    kind: doc.kind ?? null,
    subject: doc.subject ? squeeze(doc.subject) : null,
    authority: doc.signature?.authority?.length ? squeeze(doc.signature.authority.join(" ")) : null,
  };
}

function same(field: Field, expected: Value, actual: Value): boolean {
  if (expected === null || actual === null) return expected === actual;
  if (field === "subject") return squeeze(String(expected)).toLocaleLowerCase("vi") === String(actual).toLocaleLowerCase("vi");
  if (typeof expected === "string") return squeeze(expected) === actual;
  return expected === actual;
}

export interface FieldTally {
  /** Fields the text holds: recovered exactly, missed (left empty), or wrong (another value). */
  expected: number;
  exact: number;
  missed: number;
  wrong: number;
  /** Fields the text lacks: left empty as it should, or filled with something (a wrong value). */
  absent: number;
  invented: number;
}

export interface Measurement {
  documents: number;
  byField: Record<Field, FieldTally>;
  failures: { file: string; field: Field; expected: Value; actual: Value }[];
}

export async function measureCorpus(): Promise<Measurement> {
  const entries = (JSON.parse(readFileSync(join(here, "expected.json"), "utf8")) as { documents: CorpusEntry[] }).documents;
  const byField = Object.fromEntries(FIELDS.map((f) => [f, { expected: 0, exact: 0, missed: 0, wrong: 0, absent: 0, invented: 0 }])) as Record<Field, FieldTally>;
  const failures: Measurement["failures"] = [];
  for (const entry of entries) {
    const path = join(here, "docs", entry.file);
    const result = await importFile(new Uint8Array(readFileSync(path)), { name: path });
    const actual = fieldsOf(result.document);
    for (const field of FIELDS) {
      if (!(field in entry.expected)) continue;
      const want = entry.expected[field] ?? null;
      const got = actual[field];
      const t = byField[field];
      if (want === null) {
        t.absent++;
        if (got !== null) {
          t.invented++;
          failures.push({ file: entry.file, field, expected: want, actual: got });
        }
        continue;
      }
      t.expected++;
      if (same(field, want, got)) t.exact++;
      else {
        if (got === null) t.missed++;
        else t.wrong++;
        failures.push({ file: entry.file, field, expected: want, actual: got });
      }
    }
  }
  return { documents: entries.length, byField, failures };
}

/** The per-field table, for the report and the test's output. */
export function table(m: Measurement): string {
  const rows = [`corpus: ${m.documents} documents`, "field      exact/expected   missed  wrong  | absent kept empty / absent"];
  let exact = 0;
  let expected = 0;
  for (const f of FIELDS) {
    const t = m.byField[f];
    exact += t.exact;
    expected += t.expected;
    const pct = t.expected ? ((100 * t.exact) / t.expected).toFixed(1) : "-";
    rows.push(`${f.padEnd(10)} ${`${t.exact}/${t.expected}`.padStart(7)} ${`(${pct}%)`.padStart(8)} ${String(t.missed).padStart(6)} ${String(t.wrong).padStart(6)}  | ${t.absent - t.invented}/${t.absent}`);
  }
  rows.push(`all        ${`${exact}/${expected}`.padStart(7)} (${((100 * exact) / expected).toFixed(1)}%)`);
  return rows.join("\n");
}
