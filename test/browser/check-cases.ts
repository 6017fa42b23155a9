// What vanban/check is tried on, in Node (check-entry.test.ts) and in a page (browser.test.ts):
// correct documents, documents edited into real mistakes, and archive lines read from the seeds,
// including the forms of another family (P-END-1's "./.", R-NUM-5's "CV-") that the rules read
// across every profile given.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import type { ProfileData } from "../../src/layout/merge.js";
import type { Document } from "../../src/model/document.js";
import type { SourceLines } from "../../src/model/source.js";
import { importText } from "../../src/readers/archive/index.js";
import { edit, nd30Plan, NOW, partyPlan, unionGuide, unionLetter } from "../check/documents.js";

export { NOW };

const root = new URL("../../", import.meta.url).pathname;

/** vanban's profiles as data, as a page imports them from vanban/layouts/*.json. */
export const LAYOUT_DATA: ProfileData[] = readdirSync(join(root, "layouts"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((f) => JSON.parse(readFileSync(join(root, "layouts", f), "utf8")) as ProfileData);

export interface DocumentCase {
  name: string;
  doc: Document;
  /** A profile id to check with instead of the document's. */
  profile?: string;
}

export const DOCUMENT_CASES: DocumentCase[] = [
  { name: "a correct union Hướng dẫn", doc: unionGuide() },
  {
    name: "a union công văn with six mistakes",
    doc: edit(unionLetter(), (d) => {
      d.symbol.typeCode = "CV"; // R-NUM-5
      d.issuer.body = ["LĐLĐ tỉnh Lai Châu"]; // R-HDR-3
      d.date = "2026-06-01"; // R-DATE-3: after NOW
      d.body[1] = { type: "paragraph", content: "Céng hßa x· héi chñ nghÜa ViÖt Nam" }; // R-FONT-2 (TCVN3)
      d.kinhGui = ["- Liên đoàn Lao động các huyện, thành phố;", "Các Công đoàn Ngành."]; // R-KG-2
      d.subject = d.subject.normalize("NFD"); // R-FONT-2 (decomposed)
    }),
  },
  {
    name: 'a Party Kế hoạch ending "./." with a capitalised subject',
    doc: edit(partyPlan(), (d) => {
      d.body[5] = { type: "paragraph", content: "Ban Dân vận Tỉnh ủy theo dõi, báo cáo./." }; // P-END-1: nd30's end mark
      d.subject = "Thực hiện Nghị quyết 02-NQ/TW"; // P-TITLE-1
    }),
  },
  { name: "the same Party Kế hoạch checked with party-2026", doc: edit(partyPlan(), (d) => (d.body[5] = { type: "paragraph", content: "Theo dõi, báo cáo./." })), profile: "party-2026" },
  {
    name: "an nd30 Kế hoạch with a skipped heading level and a lower-case subject",
    doc: edit(nd30Plan(), (d) => {
      d.body[5] = { type: "heading", level: 4, label: "a", content: "Số, ký hiệu;" }; // R-BODY-3: 2 → 4
      d.subject = "tổ chức tập huấn"; // R-TITLE-2
    }),
  },
];

export interface SourceCase {
  name: string;
  source: SourceLines;
  profile: string;
}

/** The verbatim lines of seed `prefix` (test/fixtures/seeds), changed by `change`. */
function seedLines(prefix: string, change: (s: SourceLines) => void = () => {}): { source: SourceLines; profile: string } {
  const dir = join(root, "test/fixtures/seeds");
  const file = readdirSync(dir).find((f) => f.startsWith(prefix))!;
  const result = importText(readFileSync(join(dir, file), "utf8"));
  return { source: edit(result.source, change), profile: result.document.profile! };
}

export const SOURCE_CASES: SourceCase[] = [
  { name: 'seed 000 as written ("Số: 60/HD - LĐLĐ", no "./.")', ...seedLines("000_") },
  { name: 'seed 002 with the cited "CV-" form', ...seedLines("002_", (s) => (s.numberLine = { line: 3, text: "Số: 18/CV-LĐLĐ" })) }, // R-NUM-5: party-2018's "CV"
  { name: 'seed 004 ending "./."', ...seedLines("004_", (s) => (s.lastBodyLine = { ...s.lastBodyLine!, text: `${s.lastBodyLine!.text}/.` })) }, // P-END-1
];
