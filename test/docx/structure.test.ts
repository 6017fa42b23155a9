import { readFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseDocument } from "../../src/model/parse.js";
import type { Document } from "../../src/model/document.js";
import { DocumentError } from "../../src/model/errors.js";
import { renderDocx, readDocxSource } from "../../src/writers/docx/index.js";

const root = new URL("../../", import.meta.url).pathname;
const load = (path: string): Document => parseDocument(JSON.parse(readFileSync(join(root, path), "utf8")));
const part = async (bytes: Uint8Array, name: string) => (await JSZip.loadAsync(bytes)).file(name)!.async("string");

describe("the .docx package", () => {
  test("tables repeat their header rows and rows cannot split (L-TABLE-1); annexes are sections numbered from 1 (R-PGNUM-2)", async () => {
    const doc = load("examples/nd30-quyet-dinh-phu-luc.json");
    const xml = await part(await renderDocx(doc), "word/document.xml");
    expect(xml).toContain("<w:tblHeader/>");
    expect(xml.match(/<w:cantSplit\/>/g)!.length).toBeGreaterThan(3);
    const sections = xml.match(/<w:sectPr[\s\S]*?<\/w:sectPr>/g)!;
    expect(sections).toHaveLength(1 + doc.annexes!.length);
    for (const s of sections) {
      expect(s).toContain("<w:titlePg/>"); // R-PGNUM-1: no number on a section's first page
      expect(s).toMatch(/<w:pgNumType w:start="1"\/>/);
    }
    // The annex marked landscape (or whose table needs it, L-TABLE-2) is a landscape section.
    expect(sections.filter((s) => s.includes('w:orient="landscape"')).length).toBeGreaterThanOrEqual(doc.annexes!.filter((a) => a.orientation === "landscape").length);
    expect(sections.some((s) => s.includes('w:orient="landscape"'))).toBe(true);
  });

  test("page size and margins from the profile, Times New Roman named with the bundled font as its alternate", async () => {
    const bytes = await renderDocx(load("test/fixtures/union-minimal.json"));
    const xml = await part(bytes, "word/document.xml");
    // A4 (11906 × 16838 twips), margins 20/20/30/15 mm (union), page number 10 mm from the top.
    expect(xml).toMatch(/<w:pgSz w:w="11906" w:h="16838"/);
    expect(xml).toMatch(/<w:pgMar w:top="1134" w:right="850" w:bottom="1134" w:left="1701" w:header="567"/);
    expect(await part(bytes, "word/styles.xml")).toContain('w:ascii="Times New Roman"');
    expect(await part(bytes, "word/fontTable.xml")).toMatch(/<w:font w:name="Times New Roman"><w:altName w:val="Liberation Serif"\/>/);
  });

  test("hyphens inside a token are Word's non-breaking hyphen, a spaced dash is not (L-TOKEN-1)", async () => {
    const doc = load("test/fixtures/union-minimal.json");
    const body = [{ type: "paragraph", content: "Theo Kế hoạch số 24-KH/TU - nay thực hiện." }] as Document["body"];
    const xml = await part(await renderDocx({ ...doc, body }), "word/document.xml");
    expect(xml).toMatch(/Kế hoạch số 24<\/w:t><w:noBreakHyphen\/><w:t[^>]*>KH\/TU - nay/);
  });

  test("the same document gives the same bytes; another date gives other package dates", async () => {
    const doc = load("test/fixtures/union-minimal.json");
    const a = await renderDocx(doc);
    expect(Buffer.from(a).equals(Buffer.from(await renderDocx(doc)))).toBe(true);
    expect(await part(await renderDocx({ ...doc, date: "2024-12-31" }), "docProps/core.xml")).toContain("2024-12-31T00:00:00Z");
  });
});

describe("readDocxSource", () => {
  test("any text of the body survives the round trip exactly (XML specials, ]]>, quotes, astral characters)", async () => {
    const doc = load("test/fixtures/union-minimal.json");
    const text = fc.oneof(fc.string({ minLength: 1, maxLength: 40, unit: "grapheme" }), fc.constantFrom("]]>&<>\"'", "a &amp; b", "\u{1F600} \u00a0 x", "<source xmlns=\"urn:vanban:source:1\">"));
    await fc.assert(
      fc.asyncProperty(fc.array(text, { minLength: 1, maxLength: 4 }), async (parts) => {
        let input: Document;
        try {
          input = parseDocument({ ...doc, body: parts.map((content) => ({ type: "paragraph", content })) });
        } catch {
          return; // not a valid document: nothing to render
        }
        expect(await readDocxSource(await renderDocx(input))).toEqual(input);
      }),
      { numRuns: 15 },
    );
  });

  test("a file that is not a .docx, or a .docx without vanban's part: a bilingual error", async () => {
    await expect(readDocxSource(new Uint8Array([1, 2, 3]))).rejects.toThrow(/không phải tệp \.docx.*not a valid \.docx/s);
    const zip = await JSZip.loadAsync(await renderDocx(load("test/fixtures/union-minimal.json")));
    for (const name of Object.keys(zip.files)) if (name.startsWith("customXml/")) zip.remove(name);
    const stripped = await zip.generateAsync({ type: "uint8array" });
    const error = await readDocxSource(stripped).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).issues[0]).toMatchObject({ path: "customXml", en: expect.stringContaining("holds no vanban source") });
  });

  test("an invalid document is refused with the model's bilingual error, and no file is made", async () => {
    const doc = load("test/fixtures/union-minimal.json");
    await expect(renderDocx({ ...doc, date: "2023-02-31" })).rejects.toThrow(/date: ngày không có thật/);
  });
});
