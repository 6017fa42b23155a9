import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { DocumentError } from "../../src/model/errors.js";
import { bundledFonts, renderPdf, renderPdfDetailed } from "../../src/writers/pdf/index.js";
import { writePdf } from "../../src/writers/pdf/emit/index.js";
import { readEmbeddedSource } from "../../src/writers/pdf/issuance/source.js";
import type { Document } from "../../src/model/document.js";
import { validateDocument } from "../../src/model/parse.js";
import { exampleFiles, tempDir } from "./support.js";

describe.each(exampleFiles)("issue 13 embedded source: %s", (file) => {
  it("the JSON inside the PDF (and inside its PDF/A-3 form) is the document exactly", async () => {
    const doc = JSON.parse(readFileSync(file, "utf8")) as Document;
    for (const pdfa of [false, true]) {
      const back = readEmbeddedSource(await renderPdf(doc, { embedSource: true, pdfa }));
      expect(back).toEqual(doc);
      expect(JSON.stringify(back)).toBe(JSON.stringify(doc));
    }
  });
});

describe("issue 13 embedded source: reading it back", () => {
  const doc = JSON.parse(readFileSync(exampleFiles[0]!, "utf8")) as Document;

  it("any text in the document comes back exactly (fast-check: any UTF-16, lone surrogates and controls included)", () => {
    const { layout } = renderPdfDetailed(doc);
    const fonts = bundledFonts();
    fc.assert(
      fc.property(fc.string({ unit: "binary", maxLength: 300 }), fc.string({ unit: "grapheme", maxLength: 50 }), (subject, name) => {
        const changed = { ...doc, subject, signature: { ...doc.signature, name } } as Document;
        fc.pre(validateDocument(changed).ok); // e.g. an empty subject is not a document
        const back = readEmbeddedSource(writePdf(layout, fonts, { source: JSON.stringify(changed), signatureFields: false }));
        expect(back).toEqual(changed);
        expect(JSON.stringify(back)).toBe(JSON.stringify(changed));
      }),
      { numRuns: 60 },
    );
  });

  it("a PDF without a source gives null", () => {
    expect(readEmbeddedSource(renderPdfDetailed(doc).bytes)).toBeNull();
  });

  it("survives another tool rewriting the file (qpdf with object streams)", () => {
    const dir = tempDir();
    writeFileSync(join(dir, "in.pdf"), renderPdfDetailed(doc, { embedSource: true }).bytes);
    execFileSync("qpdf", ["--object-streams=generate", join(dir, "in.pdf"), join(dir, "out.pdf")]);
    expect(readEmbeddedSource(readFileSync(join(dir, "out.pdf")))).toEqual(doc);
  });

  it("a damaged or foreign attachment is an error naming it, in Vietnamese and English", () => {
    const bytes = Buffer.from(renderPdfDetailed(doc, { embedSource: true, signatureFields: false }).bytes);
    const at = bytes.indexOf("/CheckSum <") + "/CheckSum <".length;
    const damaged = Buffer.from(bytes);
    damaged.write(damaged[at] === 0x30 ? "1" : "0", at, "latin1");
    const err = (() => {
      try {
        readEmbeddedSource(damaged);
      } catch (e) {
        return e;
      }
    })() as DocumentError;
    expect(err).toBeInstanceOf(DocumentError);
    expect(err.issues[0]).toMatchObject({ path: "vanban-document.json", en: expect.stringMatching(/checksum/), vi: expect.stringMatching(/MD5/) });
    // A source that is JSON but not a document (the writer embeds whatever it is given).
    const { layout } = renderPdfDetailed(doc);
    const foreign = writePdf(layout, bundledFonts(), { source: JSON.stringify({ ...doc, profile: "khác" }) });
    expect(() => readEmbeddedSource(foreign)).toThrow(/not a valid document/);
    expect(() => readEmbeddedSource(writePdf(layout, bundledFonts(), { source: "{ not json" }))).toThrow(/not a valid JSON/);
  });
});

describe("issue 13: the public API", () => {
  it("exports the issuance functions from the package entry", async () => {
    const api = await import("../../src/index.js");
    for (const name of ["signatureFields", "signPdf", "readEmbeddedSource"] as const) expect(typeof api[name]).toBe("function");
    expect(api.SOURCE_FILE_NAME).toBe("vanban-document.json");
  });
});
