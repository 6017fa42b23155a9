// What the model grew for the layout (issue 8, item 3): annexes, secrecy stamps, the draft mark,
// a Quyết định's authority line; and the named regions of Pages (item 2).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Document } from "../../src/model/document.js";
import { fixture, laidOut, layoutFindings, linesOf, MM, root, text } from "./support.js";

const example = (): Document => JSON.parse(readFileSync(join(root, "examples", "nd30-quyet-dinh-phu-luc.json"), "utf8")) as Document;

describe("annexes (R-APX-1, R-PGNUM-2)", () => {
  test("two annexes: 'Phụ lục I', 'Phụ lục II', each on new pages numbered from 1, the second landscape", () => {
    const { pages, findings } = laidOut(example());
    expect(layoutFindings(findings)).toEqual([]);
    const labels = pages.pages.flatMap((p) => p.lines.filter((l) => l.role === "annexLabel").map((l) => ({ page: p, text: text(l) })));
    expect(labels.map((l) => l.text)).toEqual(["Phụ lục I", "Phụ lục II"]);
    for (const { page } of labels) {
      expect(page.number, "an annex's first page shows no number").toBeNull();
      expect(page.lines.find((l) => l.role === "annexLabel")!.spans[0]!.face).toBe("bold");
    }
    expect(labels[0]!.page.section).toBe("annex-1");
    expect(labels[1]!.page.orientation).toBe("landscape");
    expect(labels[1]!.page.width).toBeCloseTo(297 * MM, 1);
    const attached = labels[0]!.page.lines.filter((l) => l.role === "annexAttached").map(text).join(" ");
    expect(attached).toBe("(Kèm theo Quyết định số 215/QĐ-SNV ngày 14 tháng 5 năm 2024 của SỞ NỘI VỤ)");
  });

  test("an annex's pages restart at 1 (R-PGNUM-2): its second page shows 2", () => {
    const doc = fixture("union-minimal.json");
    doc.annexes = [{ title: "Danh sách", attached: "(Kèm theo Hướng dẫn số 60/HD-LĐLĐ)", body: Array.from({ length: 40 }, (_, i) => ({ type: "paragraph" as const, content: `Nội dung thứ ${i + 1} của phụ lục, đủ dài để cần nhiều hơn một trang giấy khổ A4 khi in ra.` })) }];
    const { pages, findings } = laidOut(doc);
    expect(layoutFindings(findings)).toEqual([]);
    const annex = pages.pages.filter((p) => p.section === "annex-1");
    expect(annex.length).toBeGreaterThan(1);
    expect(annex.map((p) => p.number)).toEqual([null, ...annex.slice(1).map((_, i) => String(i + 2))]);
    const label = annex[0]!.lines.find((l) => l.role === "annexLabel")!;
    expect(text(label), "one annex: 'Phụ lục' alone").toBe("Phụ lục");
  });
});

describe("stamps, draft mark, authority line", () => {
  test("R-MARK-1/2: MẬT is a red 20 × 8 mm frame under the number; KHẨN follows it", () => {
    const doc = example();
    doc.urgency = "KHẨN";
    const { pages } = laidOut(doc);
    const page = pages.pages[0]!;
    const number = page.lines.find((l) => l.role === "number")!;
    const frames = page.frames;
    expect(frames.map((f) => f.role)).toEqual(["secrecy", "urgency"]);
    expect(frames[0]!.w).toBeCloseTo(20 * MM, 1);
    expect(frames[0]!.h).toBeCloseTo(8 * MM, 1);
    expect(frames[0]!.color).toBe("red");
    expect(frames[0]!.y).toBeGreaterThan(number.y);
    expect(frames[1]!.y).toBeGreaterThan(frames[0]!.y + frames[0]!.h);
    const mat = page.lines.find((l) => l.source === "secrecy")!;
    expect(mat.spans[0]!.color).toBe("red");
    expect(mat.y).toBeGreaterThan(frames[0]!.y);
    expect(mat.y).toBeLessThan(frames[0]!.y + frames[0]!.h);
  });

  test("the draft mark: framed at the top left, 'DỰ THẢO LẦN 2' for a numbered draft; the header moves down", () => {
    const doc = fixture("union-minimal.json");
    const plain = laidOut(doc).pages.pages[0]!;
    doc.draft = 2;
    const page = laidOut(doc).pages.pages[0]!;
    const mark = page.lines.find((l) => l.source === "draft")!;
    expect(text(mark)).toBe("DỰ THẢO LẦN 2");
    const frame = page.frames.find((f) => f.role === "draft")!;
    expect(frame.x).toBeCloseTo(30 * MM, 1);
    expect(frame.y).toBeCloseTo(20 * MM, 1);
    const issuer = (p: typeof page) => p.lines.find((l) => l.role === "issuer")!.y;
    expect(issuer(page)).toBeGreaterThan(issuer(plain) + frame.h);
  });

  test("a Quyết định's authority line: caps bold, centred, after the subject and before the bases", () => {
    const { pages } = laidOut(example());
    const page = pages.pages[0]!;
    const authority = linesOf(pages, "authority")[0]!.line;
    expect(text(authority)).toBe("GIÁM ĐỐC SỞ NỘI VỤ TỈNH LAI CHÂU");
    expect(authority.spans[0]!.face).toBe("bold");
    const centre = authority.x + authority.width / 2;
    expect(centre).toBeCloseTo((30 * MM + page.width - 15 * MM) / 2, 0);
    const subject = page.lines.find((l) => l.role === "subject")!;
    const basis = page.lines.find((l) => l.role === "basis")!;
    expect(authority.y).toBeGreaterThan(subject.y);
    expect(authority.y).toBeLessThan(basis.y);
  });
});

describe("regions of Pages", () => {
  test("the header, the band and the signature's areas are named where they are drawn", () => {
    const { pages } = laidOut(example());
    const first = pages.pages[0]!;
    const names = first.regions.map((r) => r.name);
    for (const n of ["issuer", "issuerMark", "nationalTitle", "mottoRule", "number", "date", "stamps", "title", "body"]) expect(names, n).toContain(n);
    const bandPage = pages.pages.find((p) => p.regions.some((r) => r.name === "band"))!;
    const region = (n: string) => bandPage.regions.find((r) => r.name === n)!;
    const signature = region("signature");
    const image = region("signatureImage");
    const seal = region("seal");
    const title = bandPage.lines.find((l) => l.role === "signatureTitle")!;
    const name = bandPage.lines.find((l) => l.role === "signerName")!;
    // NĐ 30 ô 7c: between the signer's position line and the name; ô 8: over its left third.
    expect(image.y).toBeGreaterThan(title.y);
    expect(image.y + image.h).toBeLessThan(name.y);
    expect(image.x).toBeGreaterThanOrEqual(signature.x);
    expect(image.x + image.w).toBeLessThanOrEqual(signature.x + signature.w + 0.01);
    expect(seal.x + seal.w / 2).toBeCloseTo(image.x + image.w / 3, 1);
  });
});

describe("the pdfmake definition of a real document (issue 8, item 4)", () => {
  test("rendered through pdfmake, every line of examples/001 and the annex example is where the PDF writer puts it (0.1 mm)", async () => {
    const { renderWithPdfmake } = await import("../../src/writers/pdfmake/index.js");
    const { bundledFonts } = await import("../../src/fonts/fonts.js");
    const { inspectPdf } = await import("../support/pdf-inspect.js");
    const { expectLinesAt } = await import("../writers/support.js");
    const fonts = bundledFonts();
    for (const doc of [JSON.parse(readFileSync(join(root, "examples", "001-ke-hoach-dot-pha.json"), "utf8")) as Document, example()]) {
      const { pages } = laidOut(doc);
      const read = await inspectPdf(await renderWithPdfmake(pages, fonts));
      expect(read.pages).toHaveLength(pages.pages.length);
      expectLinesAt(read.pages, pages, false);
    }
  });
});
