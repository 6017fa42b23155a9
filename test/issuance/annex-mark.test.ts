import { describe, expect, it } from "vitest";
import { DocumentError } from "../../src/model/errors.js";
import { parseDocument } from "../../src/model/parse.js";
import { loadProfile } from "../../src/layout/load.js";
import { mm, pageBox } from "../../src/layout/geometry.js";
import { vietnamTime } from "../../src/layout/annex-mark.js";
import { renderPdfDetailed } from "../../src/writers/pdf/index.js";
import { checkPages } from "../../src/check/page/index.js";
import { layoutPrinted } from "../../src/layout/layout-document.js";
import { realize } from "../../src/realize/index.js";
import { bundledFonts } from "../../src/fonts/fonts.js";
import { inspectPdf } from "../support/pdf-inspect.js";
import { signatureFields } from "../../src/writers/pdf/issuance/fields.js";
import { signPdf } from "../../src/writers/pdf/issuance/sign.js";
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { exampleFiles, pdfsig, readJson, tempDir, throwAwayP12 } from "./support.js";

const doc = parseDocument(readJson(exampleFiles.find((f) => f.includes("phu-luc"))!));
const SIGNED_AT = "2025-02-03T09:15:30+07:00";

describe("issue 13: ô 14, the organisation's signature information on an annex issued as its own file", () => {
  it("prints the number and symbol and the ISO 8601 time (+07:00), 10 pt upright, top right of each annex's first page only", async () => {
    const { bytes, layout } = renderPdfDetailed(doc, { annexMark: { signedAt: SIGNED_AT } });
    expect(doc.annexes?.length).toBeGreaterThan(0);
    const { pages } = await inspectPdf(bytes);
    const profile = loadProfile(doc.profile);
    const numberLine = layout.pages[0]!.lines.find((l) => l.role === "number")!.spans.map((s) => s.text).join("");
    const firsts = layout.pages.filter((p, i) => p.section.startsWith("annex-") && layout.pages[i - 1]?.section !== p.section);
    expect(firsts.length).toBe(doc.annexes!.length);
    for (const page of layout.pages) {
      const marks = page.lines.filter((l) => l.role === "annexMark");
      if (!firsts.includes(page)) {
        expect(marks).toEqual([]);
        continue;
      }
      const box = pageBox(profile, page.orientation);
      const read = pages[page.index]!;
      const items = read.items.filter((i) => i.y < box.top);
      expect(items.map((i) => i.str)).toEqual([numberLine, SIGNED_AT]);
      for (const i of items) {
        expect(i.size).toBeCloseTo(10, 1);
        expect(i.italic).toBe(false);
        expect(i.bold).toBe(false);
        expect(i.x + i.width).toBeCloseTo(box.left + box.textWidth, 1); // flush with the right margin
        expect(i.y).toBeGreaterThan(mm(profile.pageNumber.topMm));
      }
      expect(page.regions.some((r) => r.name === "annexMark")).toBe(true);
    }
  });

  it("L-MARGIN-1 lets the mark sit in the top margin: the page checks find nothing more than without it", () => {
    const printed = realize(doc, loadProfile(doc.profile));
    const plain = checkPages(layoutPrinted(printed, bundledFonts()), printed);
    const marked = checkPages(layoutPrinted(printed, bundledFonts(), undefined, { annexMark: { signedAt: SIGNED_AT } }), printed);
    expect(marked).toEqual(plain);
  });

  it("without the option nothing is added; the main text never carries it", () => {
    const { layout } = renderPdfDetailed(doc);
    expect(layout.pages.flatMap((p) => p.lines).filter((l) => l.role === "annexMark")).toEqual([]);
    const marked = renderPdfDetailed(doc, { annexMark: { signedAt: SIGNED_AT } }).layout;
    expect(marked.pages.filter((p) => p.section === "main").flatMap((p) => p.lines).filter((l) => l.role === "annexMark")).toEqual([]);
  });

  it("a Date is written in Vietnam time; a time without +07:00 is refused in Vietnamese and English", () => {
    expect(vietnamTime(new Date("2025-02-03T02:15:30Z"))).toBe("2025-02-03T09:15:30+07:00");
    expect(vietnamTime(new Date("2025-12-31T20:00:00Z"))).toBe("2026-01-01T03:00:00+07:00");
    for (const bad of ["2025-02-03T09:15:30Z", "2025-02-03 09:15:30+07:00", "2025-02-03T09:15+07:00"]) {
      try {
        renderPdfDetailed(doc, { annexMark: { signedAt: bad } });
        expect.unreachable();
      } catch (e) {
        expect(e).toBeInstanceOf(DocumentError);
        expect((e as DocumentError).issues[0]).toMatchObject({ path: "annexMark.signedAt", vi: expect.stringContaining("+07:00"), en: expect.stringContaining("+07:00") });
      }
    }
  });

  it("an annex alone, as its own file: the same pages as in the full render, the mark, and the organisation's field over it, signed valid", async () => {
    const full = renderPdfDetailed(doc).layout;
    const { bytes, layout } = renderPdfDetailed(doc, { annex: 1, annexMark: { signedAt: SIGNED_AT } });
    const inFull = full.pages.filter((p) => p.section === "annex-1");
    expect(layout.pages.map((p) => p.section)).toEqual(inFull.map(() => "annex-1"));
    layout.pages.forEach((p, i) => {
      expect(p.lines.filter((l) => l.role !== "annexMark")).toEqual(inFull[i]!.lines);
      expect(p.number).toBe(inFull[i]!.number);
    });
    const fields = signatureFields(layout);
    const mark = layout.pages[0]!.regions.find((r) => r.name === "annexMark")!;
    expect(fields).toHaveLength(1);
    expect(fields[0]).toMatchObject({ name: "organisation", region: "annexMark", page: 0, x: mark.x, y: mark.y, w: mark.w, h: mark.h });
    const dir = tempDir();
    const p12 = throwAwayP12(dir, "Van thu", "pw");
    const file = join(dir, "annex.pdf");
    writeFileSync(file, await signPdf(bytes, { p12, password: "pw", field: "organisation" }));
    const report = pdfsig(file);
    expect(report).toContain("Signature Field Name: organisation");
    expect(report).toContain("Signature is Valid.");
    expect(report).toContain("- Total document signed");
    expect(() => renderPdfDetailed(doc, { annex: doc.annexes!.length + 1 })).toThrow(/no annex/);
  });
});
