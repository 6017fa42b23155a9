import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { DocumentError } from "../../src/model/errors.js";
import { parseDocument } from "../../src/model/parse.js";
import { renderPdf, renderPdfDetailed } from "../../src/writers/pdf/index.js";
import { signatureFields, type SignatureField } from "../../src/writers/pdf/issuance/fields.js";
import { signPdf } from "../../src/writers/pdf/issuance/sign.js";
import { readEmbeddedSource } from "../../src/writers/pdf/issuance/source.js";
import { discPng, exampleFiles, pdfsig, pixelBox, rasterPage, readJson, tempDir, throwAwayP12 } from "./support.js";

const PASSWORD = "throw-away pass";
const DPI = 144;
const doc = parseDocument(readJson(exampleFiles.find((f) => f.includes("nd30-cong-van"))!));
const red = (r: number, g: number, b: number) => r > 200 && g < 60 && b < 60;
const blue = (r: number, g: number, b: number) => b > 200 && r < 60 && g < 60;
const green = (r: number, g: number, b: number) => g > 200 && r < 80 && b < 80;

let dir: string;
let signerP12: string;
let orgP12: string;
let fields: SignatureField[];
let signature: Buffer;
let seal: Buffer;

beforeAll(() => {
  dir = tempDir();
  signerP12 = throwAwayP12(dir, "Nguyen Van A", PASSWORD);
  orgP12 = throwAwayP12(dir, "So Noi vu", PASSWORD);
  fields = signatureFields(renderPdfDetailed(doc).layout);
  signature = discPng(240, 120, [230, 0, 0]);
  seal = discPng(200, 200, [0, 0, 230]);
});

const save = (name: string, bytes: Uint8Array): string => {
  const file = join(dir, name);
  writeFileSync(file, bytes);
  return file;
};

/** pdfsig's report of one field: everything from its "Signature Field Name" to the next. */
const sigBlock = (report: string, field: string): string => report.split(/Signature #\d+:/).find((b) => b.includes(`Signature Field Name: ${field}\n`)) ?? "";

describe("issue 13: signing with a PKCS#12 (throw-away certificate, checked by pdfsig)", () => {
  it("the signer's signature is valid and covers the whole file", async () => {
    const bytes = await renderPdf(doc, { sign: { p12: signerP12, password: PASSWORD, field: "signer" } });
    const report = pdfsig(save("signer.pdf", bytes));
    const block = sigBlock(report, "signer");
    expect(block).toContain("Signer Certificate Common Name: Nguyen Van A");
    expect(block).toContain("Signature Validation: Signature is Valid.");
    expect(block).toContain("Total document signed");
    expect(block).not.toContain("Not total document signed");
    // The ranges end where the file ends.
    const ranges = [...block.matchAll(/\[(\d+) - (\d+)\]/g)].map((m) => [Number(m[1]), Number(m[2])]);
    expect(ranges[0]![0]).toBe(0);
    expect(ranges[ranges.length - 1]![1]).toBe(bytes.length);
    expect(sigBlock(report, "organisation")).toContain("not signed");
  });

  it("then the organisation signs incrementally: both signatures valid, the later one covering the whole file", async () => {
    const first = await renderPdf(doc, { sign: { p12: signerP12, password: PASSWORD, field: "signer", image: signature } });
    const second = await signPdf(first, { p12: orgP12, password: PASSWORD, field: "organisation", image: seal, reason: "Đóng dấu", location: "Hà Nội" });
    // The first revision is kept byte for byte.
    expect(Buffer.from(second.subarray(0, first.length - 1)).equals(Buffer.from(first.subarray(0, first.length - 1)))).toBe(true);
    const report = pdfsig(save("both.pdf", second));
    const signer = sigBlock(report, "signer");
    const org = sigBlock(report, "organisation");
    expect(signer).toContain("Signature Validation: Signature is Valid.");
    expect(signer).toContain("Not total document signed");
    expect(org).toContain("Signer Certificate Common Name: So Noi vu");
    expect(org).toContain("Signature Validation: Signature is Valid.");
    expect(org).toContain("Total document signed");
    expect(org).not.toContain("Not total");
  });

  it("the signature image lands in ô 7c and the seal in ô 8, transparency kept (the page rendered by poppler)", async () => {
    const bytes = await renderPdf(doc, {
      sign: [
        { p12: signerP12, password: PASSWORD, field: "signer", image: signature },
        { p12: orgP12, password: PASSWORD, field: "organisation", image: seal },
      ],
    });
    const [f7c, f8] = fields as [SignatureField, SignatureField];
    const png = rasterPage(save("images.pdf", bytes), f7c.page, DPI);
    const px = 72 / DPI;
    const within = (box: { x1: number; y1: number; x2: number; y2: number }, f: SignatureField) => {
      expect(box.x1).toBeGreaterThanOrEqual(f.x - px);
      expect(box.y1).toBeGreaterThanOrEqual(f.y - px);
      expect(box.x2).toBeLessThanOrEqual(f.x + f.w + px);
      expect(box.y2).toBeLessThanOrEqual(f.y + f.h + px);
    };
    // The seal is drawn over the signature (ô 8 over the left third of ô 7c), so red shows right of it.
    const reds = pixelBox(png, DPI, red)!;
    const blues = pixelBox(png, DPI, blue)!;
    within(reds, f7c);
    within(blues, f8);
    // Fitted and centred: the 2:1 disc image spans the field's height, centred on its middle.
    expect((reds.y1 + reds.y2) / 2).toBeCloseTo(f7c.y + f7c.h / 2, 0);
    expect(reds.y2 - reds.y1).toBeGreaterThan(f7c.h * 0.9);
    expect((blues.x1 + blues.x2) / 2).toBeCloseTo(f8.x + f8.w / 2, 0);
    expect((blues.y1 + blues.y2) / 2).toBeCloseTo(f8.y + f8.h / 2, 0);
    // The images' transparent corners hide green: none may show.
    expect(pixelBox(png, DPI, green)).toBeNull();
  });

  it("the embedded source survives signing; a field signed twice, an unknown field, a wrong password are refused", async () => {
    const base = renderPdfDetailed(doc, { embedSource: true }).bytes;
    const once = await signPdf(base, { p12: signerP12, password: PASSWORD });
    expect(readEmbeddedSource(once)).toEqual(readJson(exampleFiles.find((f) => f.includes("nd30-cong-van"))!));
    await expect(signPdf(once, { p12: signerP12, password: PASSWORD, field: "signer" })).rejects.toThrow(/already signed/);
    await expect(signPdf(base, { p12: signerP12, password: PASSWORD, field: "witness" as "signer" })).rejects.toBeInstanceOf(DocumentError);
    const noFields = renderPdfDetailed(doc, { signatureFields: false }).bytes;
    await expect(signPdf(noFields, { p12: signerP12, password: PASSWORD })).rejects.toThrow(/no signature fields/);
    await expect(signPdf(base, { p12: signerP12, password: "sai" })).rejects.toThrow(/wrong password/);
    await expect(signPdf(base, { p12: signerP12, password: "mật khẩu" })).rejects.toThrow(/non-ASCII/);
    await expect(signPdf(base, { p12: signerP12, password: PASSWORD, image: Buffer.from("not a png") })).rejects.toThrow(/PNG/);
  });
});
