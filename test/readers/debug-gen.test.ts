import fc from "fast-check";
import { test } from "vitest";
import { extractFile, importFile } from "../../src/readers/registry.js";
import { renderPdf } from "../../src/writers/pdf/index.js";
import { documentArbitrary } from "./generate.js";
test("debug", { timeout: 60000 }, async () => {
  const docs = fc.sample(documentArbitrary, { numRuns: 200, seed: 9 });
  for (const i of (process.env.IDX ?? "9").split(",").map(Number)) {
    const pdf = await renderPdf(docs[i]!);
    const ex = await extractFile(pdf, "pdf");
    console.log(ex.text.split("\n").slice(0, 14).map((l) => l.slice(0, 120)).join("\n"));
    const r = await importFile(pdf, { type: "pdf" });
    const d = docs[i]!;
    for (const k of ["place", "date", "subject", "kinhGui"] as const) if (JSON.stringify(d[k]) !== JSON.stringify(r.document[k])) console.log(k, JSON.stringify(d[k]), "GOT", JSON.stringify(r.document[k]));
    const a = d.body, b = r.document.body ?? [];
    for (let j = 0; j < Math.max(a.length, b.length); j++) if (JSON.stringify(a[j]) !== JSON.stringify(b[j])) { console.log(j, JSON.stringify(a[j])?.slice(0, 300)); console.log("  GOT", JSON.stringify(b[j])?.slice(0, 300)); break; }
  }
});
