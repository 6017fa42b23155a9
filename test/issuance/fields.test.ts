import { execFileSync } from "node:child_process";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { getDocument } from "pdfjs-dist/legacy/build/pdf.mjs";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/model/parse.js";
import { renderPdfDetailed } from "../../src/writers/pdf/index.js";
import { signatureFields } from "../../src/writers/pdf/issuance/fields.js";
import { deref, dictOf, exampleFiles, pdfsig, qpdfObjects, readJson, tempDir } from "./support.js";

interface Annotation {
  fieldType?: string;
  fieldName?: string;
  rect: number[];
}

async function annotations(bytes: Uint8Array): Promise<{ page: number; a: Annotation }[]> {
  const pdf = await getDocument({ data: bytes.slice(), verbosity: 0 }).promise;
  const out: { page: number; a: Annotation }[] = [];
  for (let i = 1; i <= pdf.numPages; i++) {
    for (const a of (await (await pdf.getPage(i)).getAnnotations()) as Annotation[]) out.push({ page: i - 1, a });
  }
  await pdf.destroy();
  return out;
}

describe.each(exampleFiles)("issue 13 signature fields: %s", (file) => {
  const doc = parseDocument(readJson(file));
  const rendered = renderPdfDetailed(doc);
  const fields = signatureFields(rendered.layout);

  it("the signer's field is ô 7c and the organisation's ô 8, on the page of the closing band", () => {
    expect(fields.map((f) => f.name)).toEqual(["signer", "organisation"]);
    const page = rendered.layout.pages[fields[0]!.page]!;
    expect(page.regions.some((r) => r.name === "band")).toBe(true);
    for (const f of fields) {
      expect(f.page).toBe(page.index);
      const region = page.regions.find((r) => r.name === f.region)!;
      expect([f.x, f.y, f.w, f.h]).toEqual([region.x, region.y, region.w, region.h]);
      // The PDF rectangle is the same box measured from the bottom-left.
      expect(f.rect).toEqual([region.x, page.height - region.y - region.h, region.x + region.w, page.height - region.y]);
    }
  });

  it("the PDF carries them as empty /Sig widgets at exactly those rectangles (pdf.js), and pdfsig lists them unsigned", async () => {
    const read = (await annotations(rendered.bytes)).filter((x) => x.a.fieldType === "Sig");
    expect(read.map((x) => x.a.fieldName)).toEqual(["signer", "organisation"]);
    read.forEach((x, i) => {
      expect(x.page).toBe(fields[i]!.page);
      x.a.rect.forEach((v, k) => expect(v).toBeCloseTo(fields[i]!.rect[k]!, 2));
    });
    const dir = tempDir();
    writeFileSync(join(dir, "f.pdf"), rendered.bytes);
    const out = pdfsig(join(dir, "f.pdf"));
    expect(out).toMatch(/Signature Field Name: signer\s+The signature form field is not signed/);
    expect(out).toMatch(/Signature Field Name: organisation\s+The signature form field is not signed/);
  });
});

describe("issue 13 signature fields: the file around them", () => {
  const doc = parseDocument(readJson(exampleFiles[0]!));

  it("each widget is printable, knows its page, has an (empty) appearance, and the form lists both; qpdf --check is clean", () => {
    const { bytes, layout } = renderPdfDetailed(doc);
    const { objects, trailer } = qpdfObjects(bytes);
    const catalog = dictOf(deref(objects, trailer["/Root"]));
    const form = dictOf(deref(objects, catalog["/AcroForm"]));
    const widgets = (form["/Fields"] as string[]).map((r) => dictOf(deref(objects, r)));
    const kids = dictOf(deref(objects, catalog["/Pages"]))["/Kids"] as string[];
    const page = signatureFields(layout)[0]!.page;
    for (const w of widgets) {
      expect(w["/FT"]).toBe("/Sig");
      expect(w["/Subtype"]).toBe("/Widget");
      expect(Number(w["/F"]) & 4).toBe(4); // Print
      expect(Number(w["/F"]) & (1 | 2 | 32)).toBe(0); // not Invisible, Hidden, NoView
      expect(w["/P"]).toBe(kids[page]);
      expect(w["/V"]).toBeUndefined();
      const ap = deref(objects, (w["/AP"] as Record<string, unknown>)["/N"]);
      expect(ap.stream?.dict["/Subtype"]).toBe("/Form");
    }
    expect((dictOf(deref(objects, kids[page])) as Record<string, unknown>)["/Annots"]).toEqual(form["/Fields"]);
    const dir = tempDir();
    writeFileSync(join(dir, "f.pdf"), bytes);
    expect(execFileSync("qpdf", ["--check", join(dir, "f.pdf")], { encoding: "utf8" })).toMatch(/No syntax or stream encoding errors/);
  });

  it("fields on by default keep the output deterministic; signatureFields: false leaves them out", () => {
    const a = renderPdfDetailed(doc).bytes;
    expect(Buffer.from(renderPdfDetailed(doc).bytes).equals(Buffer.from(a))).toBe(true);
    const without = renderPdfDetailed(doc, { signatureFields: false }).bytes;
    const text = Buffer.from(without).toString("latin1");
    expect(text).not.toContain("/AcroForm");
    expect(text).not.toContain("/Annots");
    expect(Buffer.from(a).toString("latin1")).toContain("/AcroForm");
  });

  it("a document laid out without a signature block gets no field rather than a misplaced one", () => {
    const { layout } = renderPdfDetailed(doc);
    const stripped = { ...layout, pages: layout.pages.map((p) => ({ ...p, regions: p.regions.filter((r) => r.name !== "signatureImage" && r.name !== "seal") })) };
    expect(signatureFields(stripped)).toEqual([]);
  });
});
