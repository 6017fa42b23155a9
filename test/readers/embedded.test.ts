// A vanban PDF or .docx that carries its source reads back as that exact document (issues 9, 12, 13).
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { importFile } from "../../src/readers/registry.js";
import { renderPdf } from "../../src/writers/pdf/index.js";
import { renderDocx } from "../../src/writers/docx/index.js";
import { parseDocument } from "../../src/model/parse.js";

const root = join(import.meta.dirname, "..", "..");
const examples = readdirSync(join(root, "examples")).filter((f) => f.endsWith(".json"));

describe("importFile returns the embedded source", () => {
  test.each(examples)("%s: PDF with embedSource and .docx give back the document exactly", async (file) => {
    const doc = parseDocument(JSON.parse(readFileSync(join(root, "examples", file), "utf8")));
    for (const bytes of [await renderPdf(doc, { embedSource: true }), await renderDocx(doc)]) {
      const result = await importFile(bytes);
      expect(result.ok).toBe(true);
      expect(result.warnings.map((w) => w.code)).toEqual(["embedded-source"]);
      expect(result.document).toEqual(doc);
    }
  });

  test("a PDF without its source is read from its text", async () => {
    const doc = parseDocument(JSON.parse(readFileSync(join(root, "examples", examples[0]!), "utf8")));
    const result = await importFile(await renderPdf(doc));
    expect(result.warnings.map((w) => w.code)).not.toContain("embedded-source");
    expect(result.type).toBe("pdf");
  });
});
