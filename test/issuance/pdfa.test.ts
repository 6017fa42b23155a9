import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseDocument } from "../../src/model/parse.js";
import { renderPdfDetailed } from "../../src/writers/pdf/index.js";
import { deref, dictOf, exampleFiles, qpdfObjects, readJson, root, streamBytes, tempDir, text, type QpdfObject } from "./support.js";

/**
 * PDF/A-2b / -3b (ISO 19005-2, -3), one requirement at a time, read back from the file's objects
 * through qpdf (no validator is reachable from here). Section numbers are those of ISO 19005-2.
 */

const xmpValue = (xmp: string, tag: string): string | undefined => {
  const m = new RegExp(`<${tag}>([\\s\\S]*?)</${tag}>`).exec(xmp)?.[1];
  if (m === undefined) return undefined;
  const li = /<rdf:li[^>]*>([\s\S]*?)<\/rdf:li>/.exec(m)?.[1];
  return (li ?? m).replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&quot;/g, '"').replace(/&amp;/g, "&");
};

function objectsOf(bytes: Uint8Array) {
  const { objects, trailer } = qpdfObjects(bytes);
  const catalog = dictOf(deref(objects, trailer["/Root"]));
  return { objects, trailer, catalog, info: dictOf(deref(objects, trailer["/Info"])) };
}

describe.each(exampleFiles)("issue 13 PDF/A: %s", (file) => {
  const doc = parseDocument(readJson(file));
  const { bytes, layout } = renderPdfDetailed(doc, { pdfa: true });
  const { objects, trailer, catalog, info } = objectsOf(bytes);
  const metadata = deref(objects, catalog["/Metadata"]);
  const xmp = streamBytes(metadata).toString("utf8");

  it("6.6.2: an XMP metadata stream, unfiltered, identifying PDF/A-2 conformance B", () => {
    expect(metadata.stream!.dict["/Type"]).toBe("/Metadata");
    expect(metadata.stream!.dict["/Subtype"]).toBe("/XML");
    expect(metadata.stream!.dict["/Filter"]).toBeUndefined();
    expect(xmp.startsWith('<?xpacket begin="\uFEFF"')).toBe(true);
    expect(xmpValue(xmp, "pdfaid:part")).toBe("2");
    expect(xmpValue(xmp, "pdfaid:conformance")).toBe("B");
  });

  it("6.6.3: Info entries and their XMP twins are equal (title, author, subject, keywords, creator, producer, date)", () => {
    const twins: [string, string][] = [
      ["/Title", "dc:title"],
      ["/Author", "dc:creator"],
      ["/Subject", "dc:description"],
      ["/Keywords", "pdf:Keywords"],
      ["/Creator", "xmp:CreatorTool"],
      ["/Producer", "pdf:Producer"],
    ];
    for (const [key, tag] of twins) {
      if (info[key] === undefined) expect(xmpValue(xmp, tag), tag).toBeUndefined();
      else expect(xmpValue(xmp, tag), tag).toBe(text(info[key]));
    }
    expect(info["/Title"]).toBeDefined();
    for (const v of Object.values(info)) expect(text(v)).not.toBe(""); // no empty entry without a twin
    const d = /^D:(\d{4})(\d{2})(\d{2})(\d{2})(\d{2})(\d{2})Z$/.exec(text(info["/CreationDate"]))!;
    expect(xmpValue(xmp, "xmp:CreateDate")).toBe(`${d[1]}-${d[2]}-${d[3]}T${d[4]}:${d[5]}:${d[6]}Z`);
    // The date is the document's own, so the bytes stay the same from one run to the next.
    expect(xmpValue(xmp, "xmp:CreateDate")!.slice(0, 10)).toBe(layout.metadata.creationDate.slice(0, 10));
    expect(xmp).not.toContain("ModifyDate");
  });

  it("6.2.3: an sRGB output intent (GTS_PDFA1) with the vendored ICC profile, 3 components, RGB, display class", () => {
    const intents = catalog["/OutputIntents"] as string[];
    expect(intents).toHaveLength(1);
    const intent = dictOf(deref(objects, intents[0]));
    expect(intent["/S"]).toBe("/GTS_PDFA1");
    expect(text(intent["/OutputConditionIdentifier"])).toContain("sRGB");
    const profile = deref(objects, intent["/DestOutputProfile"]);
    expect(profile.stream!.dict["/N"]).toBe(3);
    const icc = streamBytes(profile);
    expect(icc.equals(readFileSync(join(root, "assets/icc/sRGB.icc")))).toBe(true);
    expect(icc.subarray(36, 40).toString("latin1")).toBe("acsp");
    expect(icc.subarray(16, 20).toString("latin1")).toBe("RGB ");
    expect(icc.subarray(12, 16).toString("latin1")).toBe("mntr");
    expect(icc[8]).toBeLessThanOrEqual(4); // ICC v2 or v4, both allowed by 6.2.3
  });

  it("6.2.11: every font is embedded (FontFile2) and has a ToUnicode map", () => {
    const fonts = Object.values(objects)
      .map((o: QpdfObject) => (o.value && typeof o.value === "object" ? (o.value as Record<string, unknown>) : undefined))
      .filter((d): d is Record<string, unknown> => d?.["/Type"] === "/Font" && d["/Subtype"] === "/Type0");
    expect(fonts.length).toBeGreaterThan(0);
    for (const f of fonts) {
      expect(deref(objects, f["/ToUnicode"]).stream).toBeDefined();
      const cid = dictOf(deref(objects, (f["/DescendantFonts"] as string[])[0]));
      expect(cid["/CIDToGIDMap"]).toBe("/Identity");
      const descriptor = dictOf(deref(objects, cid["/FontDescriptor"]));
      expect(streamBytes(deref(objects, descriptor["/FontFile2"])).length).toBeGreaterThan(1000);
    }
  });

  it("6.1.3 / 6.1.2: no encryption, a file /ID of two 16-byte strings, a binary header comment; 6.3.2: widgets printable with an appearance", () => {
    expect(trailer["/Encrypt"]).toBeUndefined();
    const id = trailer["/ID"] as string[];
    expect(id).toHaveLength(2);
    for (const s of id) expect(s).toMatch(/^b:[0-9a-f]{32}$/);
    expect(Buffer.from(bytes.subarray(0, 9)).toString("latin1")).toBe("%PDF-1.7\n");
    expect([...bytes.subarray(10, 14)].every((b) => b > 127)).toBe(true);
    const form = dictOf(deref(objects, catalog["/AcroForm"]));
    expect(form["/NeedAppearances"]).toBeUndefined();
    for (const r of form["/Fields"] as string[]) {
      const w = dictOf(deref(objects, r));
      expect(Number(w["/F"]) & 4).toBe(4);
      expect(Object.keys(w["/AP"] as object)).toEqual(["/N"]);
    }
    // 6.8: no embedded file in PDF/A-2 (the source makes it PDF/A-3).
    expect(catalog["/Names"]).toBeUndefined();
  });
});

describe("issue 13 PDF/A: the file as a whole", () => {
  const doc = parseDocument(readJson(exampleFiles[0]!));

  it("is deterministic, passes qpdf --check, and without pdfa carries none of it", () => {
    const a = renderPdfDetailed(doc, { pdfa: true }).bytes;
    expect(Buffer.from(renderPdfDetailed(doc, { pdfa: true }).bytes).equals(Buffer.from(a))).toBe(true);
    const file = join(tempDir(), "a.pdf");
    writeFileSync(file, a);
    expect(execFileSync("qpdf", ["--check", file], { encoding: "utf8" })).toMatch(/No syntax or stream encoding errors/);
    const plain = Buffer.from(renderPdfDetailed(doc).bytes).toString("latin1");
    expect(plain).not.toContain("/Metadata");
    expect(plain).not.toContain("/OutputIntents");
  });

  it("PDF/A-3b with the source: part 3 in XMP, the file specification with /AF, /AFRelationship, /UF, MIME type and /ModDate (ISO 19005-3 6.8)", () => {
    const { objects, catalog } = objectsOf(renderPdfDetailed(doc, { pdfa: true, embedSource: true }).bytes);
    expect(xmpValue(streamBytes(deref(objects, catalog["/Metadata"])).toString("utf8"), "pdfaid:part")).toBe("3");
    const af = catalog["/AF"] as string[];
    expect(af).toHaveLength(1);
    const names = ((catalog["/Names"] as Record<string, Record<string, unknown>>)["/EmbeddedFiles"]!["/Names"] as string[]);
    expect(names).toEqual(["u:vanban-document.json", af[0]]);
    const spec = dictOf(deref(objects, af[0]));
    expect(spec["/Type"]).toBe("/Filespec");
    expect(spec["/AFRelationship"]).toBe("/Source");
    expect(text(spec["/F"])).toBe("vanban-document.json");
    expect(text(spec["/UF"])).toBe("vanban-document.json");
    const ef = deref(objects, (spec["/EF"] as Record<string, unknown>)["/F"]);
    expect(ef.stream!.dict["/Type"]).toBe("/EmbeddedFile");
    expect(ef.stream!.dict["/Subtype"]).toBe("/application/json");
    expect((ef.stream!.dict["/Params"] as Record<string, unknown>)["/ModDate"]).toMatch(/^u:D:\d{14}Z$/);
  });
});
