// Documents for round-trip properties: each generated one mixes the parts of a bundled example
// of one profile (issuer, place, recipients, signature, body blocks) with a generated kind,
// number, date, subject and a generated choice of body blocks.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import type { Block, Document } from "../../src/model/document.js";
import { validateDocument } from "../../src/model/parse.js";

const root = new URL("../../", import.meta.url).pathname;

export const EXAMPLES: { name: string; document: Document }[] = readdirSync(join(root, "examples"))
  .filter((f) => f.endsWith(".json"))
  .sort()
  .map((name) => {
    const v = validateDocument(JSON.parse(readFileSync(join(root, "examples", name), "utf8")));
    if (!v.ok) throw new Error(`example ${name} is invalid`);
    return { name, document: v.document };
  });

const SUBJECTS = EXAMPLES.filter((e) => e.document.kind !== "cong-van").map((e) => e.document.subject);
const KINDS = ["huong-dan", "ke-hoach", "thong-bao", "bao-cao", "to-trinh", "chuong-trinh", "cong-van"] as const;

/** A valid document made from an example's parts; tables are left out (see the PDF reader's notes). */
export const documentArbitrary: fc.Arbitrary<Document> = fc
  .record({
    base: fc.constantFrom(...EXAMPLES.map((e) => e.document)),
    kind: fc.constantFrom(...KINDS),
    number: fc.integer({ min: 1, max: 1999 }),
    date: fc.date({ min: new Date("2010-01-01T00:00:00Z"), max: new Date("2026-12-31T00:00:00Z"), noInvalidDate: true }),
    subject: fc.constantFrom(...SUBJECTS),
    picks: fc.array(fc.nat(), { minLength: 2, maxLength: 12 }),
  })
  .map(({ base, kind, number, date, subject, picks }) => {
    const pool = base.body.filter((b: Block) => b.type !== "table");
    const chosen = [...new Set(picks.map((p) => p % pool.length))].sort((a, b) => a - b).map((i) => pool[i]!);
    const doc: Record<string, unknown> = {
      ...base,
      kind,
      number,
      date: date.toISOString().slice(0, 10),
      subject: kind === "cong-van" ? subject.charAt(0).toLowerCase() + subject.slice(1) : subject,
      body: chosen,
    };
    if (kind !== "cong-van") delete doc.kinhGui;
    // Annexes are not read back from a PDF yet; the authority line belongs to a Quyết định.
    delete doc.annexes;
    delete doc.authority;
    // The end mark "./." follows the last sentence's full stop (a final ":", ";" or none would read
    // back as "."): a finished document's last block ends with one.
    if (!/\.\s*"\}\]?\}?$/u.test(JSON.stringify(chosen.at(-1) ?? {}))) return { ok: false as const };
    return validateDocument(doc);
  })
  .filter((v): v is { ok: true; document: Document } => v.ok)
  .map((v) => v.document);
