import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { bundledFonts } from "../../src/fonts/fonts.js";
import { writePdf } from "../../src/writers/pdf/emit/index.js";
import { pdfmakeDefinition, pdfmakeFontContainer, renderWithPdfmake } from "../../src/writers/pdfmake/index.js";
import { inspectPdf, type PageInfo } from "../support/pdf-inspect.js";
import { samplePages } from "./fixture.js";
import { expectLinesAt, expectRulesAndFrames, itemsOfLine, lineText, readLine, TOLERANCE, tool } from "./support.js";

const fonts = bundledFonts();
const pages = samplePages(fonts);
let pdfmakeBytes: Uint8Array;
let viaPdfmake: { pages: PageInfo[]; info: Record<string, unknown> };
let viaEmit: { pages: PageInfo[]; info: Record<string, unknown> };

beforeAll(async () => {
  pdfmakeBytes = await renderWithPdfmake(pages, fonts);
  viaPdfmake = await inspectPdf(pdfmakeBytes);
  viaEmit = await inspectPdf(writePdf(pages, fonts));
});

/** The pages rasterised in grey at 72 dpi by poppler (pdftoppm): one PGM (P5) pixel buffer per page. */
function raster(bytes: Uint8Array): Buffer[] {
  const dir = mkdtempSync(join(tmpdir(), "vanban-raster-"));
  try {
    writeFileSync(join(dir, "in.pdf"), bytes);
    tool("pdftoppm", ["-r", "72", "-gray", join(dir, "in.pdf"), join(dir, "p")]);
    return readdirSync(dir)
      .filter((f) => f.endsWith(".pgm"))
      .sort()
      .map((f) => readFileSync(join(dir, f)));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

describe("pdfmakeDefinition: the same page through pdfmake", () => {
  it("gives one page per page, each with its own size and orientation", () => {
    expect(viaPdfmake.pages.map((p) => [p.width, p.height])).toEqual(pages.pages.map((p) => [p.width, p.height]));
    const def = pdfmakeDefinition(pages, fonts);
    expect(def.content).toHaveLength(pages.pages.length);
    expect((def.content as { pageOrientation: string }[]).map((s) => s.pageOrientation)).toEqual(["portrait", "portrait", "landscape"]);
  });

  it("keeps a page with nothing on it as a page of its own, in both writers", async () => {
    const withBlank = structuredClone(pages);
    withBlank.pages.splice(1, 0, { ...withBlank.pages[1]!, lines: [], rules: [], frames: [] });
    withBlank.pages.forEach((p, i) => (p.index = i));
    const a = await inspectPdf(await renderWithPdfmake(withBlank, fonts));
    const b = await inspectPdf(writePdf(withBlank, fonts));
    expect(a.pages).toHaveLength(4);
    expect(b.pages).toHaveLength(4);
    expect(a.pages[1]!.items).toHaveLength(0);
    expect(a.pages[2]!.text).toBe(viaPdfmake.pages[1]!.text);
  });

  it("draws every line where Pages says, in its face and size, reading as its spans (within 0.1 mm)", () => {
    expectLinesAt(viaPdfmake.pages, pages, false);
  });

  it("puts each line at the same x and baseline as the PDF writer, with the same text", () => {
    pages.pages.forEach((page, p) => {
      for (const line of page.lines) {
        const a = itemsOfLine(viaPdfmake.pages[p]!, line);
        const b = itemsOfLine(viaEmit.pages[p]!, line);
        expect(Math.abs(a[0]!.x - b[0]!.x), line.source).toBeLessThan(TOLERANCE);
        expect(Math.abs(a[0]!.y - b[0]!.y), line.source).toBeLessThan(TOLERANCE);
        expect(readLine(a), line.source).toBe(readLine(b).trim());
        expect(readLine(a)).toBe(lineText(line).trim());
      }
    });
  });

  it("places every word of a justified line where the word spacing puts it", () => {
    const line = pages.pages[1]!.lines[0]!;
    const span = line.spans[0]!;
    expect(span.wordSpacing).toBeGreaterThan(0);
    const def = pdfmakeDefinition(pages, fonts);
    const nodes = ((def.content as { section: { text?: string; absolutePosition?: { x: number; y: number } }[] }[])[1]!.section).filter(
      (n) => n.text !== undefined && Math.abs(n.absolutePosition!.y - (line.y - (fonts.faces.normal.ascent / fonts.faces.normal.unitsPerEm) * span.size)) < 0.01,
    );
    expect(nodes.map((n) => n.text)).toEqual(span.text.split(" "));
    const right = nodes[nodes.length - 1]!;
    // The last word ends at the line's right end: its x plus its own width.
    const read = viaPdfmake.pages[1]!.items.filter((i) => Math.abs(i.y - line.y) < TOLERANCE);
    expect(Math.abs(Math.max(...read.map((i) => i.x + i.width)) - (line.x + line.width))).toBeLessThan(TOLERANCE);
    expect(right.absolutePosition!.x).toBeGreaterThan(line.x + line.width / 2);
  });

  it("looks the same as the PDF writer's page: rasterised, no pixel differs by more than a quarter of the grey range", () => {
    const a = raster(pdfmakeBytes);
    const b = raster(writePdf(pages, fonts));
    expect(a).toHaveLength(pages.pages.length);
    a.forEach((pa, i) => {
      const pb = b[i]!;
      expect(pa.length).toBe(pb.length);
      let differing = 0;
      let ink = 0;
      for (let k = 0; k < pa.length; k++) {
        if (Math.abs(pa[k]! - pb[k]!) > 64) differing++;
        if (pb[k]! < 128) ink++;
      }
      expect(ink, `page ${i + 1} has text on it`).toBeGreaterThan(1000);
      expect(differing, `page ${i + 1}`).toBe(0);
    });
  });

  it("draws every rule and frame with its width and colour", () => {
    expectRulesAndFrames(viaPdfmake.pages, pages);
  });

  it("carries the metadata", () => {
    expect(viaPdfmake.info).toMatchObject({
      Title: pages.metadata.title,
      Author: pages.metadata.author,
      Subject: pages.metadata.subject,
      Keywords: pages.metadata.keywords,
      Creator: "vanban",
      CreationDate: "D:20240315000000Z",
    });
  });

  it("gives the browser build its fonts: the family's four faces as base64 files under pages.family", () => {
    const container = pdfmakeFontContainer(pages, fonts);
    const files = container.fonts[pages.family]!;
    expect(Object.keys(files).sort()).toEqual(["bold", "bolditalics", "italics", "normal"]);
    for (const face of ["normal", "bold", "italics", "bolditalics"] as const) {
      expect(Buffer.from(container.vfs[files[face]]!, "base64").equals(fonts.bytes[face])).toBe(true);
    }
    expect(pdfmakeDefinition(pages, fonts).defaultStyle).toEqual({ font: pages.family });
  });

  it("refuses a colour it does not know, as the PDF writer does", () => {
    const bad = structuredClone(pages);
    bad.pages[1]!.rules.push({ x1: 0, y1: 0, x2: 10, y2: 0, width: 1, color: "chartreuse", role: "x" });
    expect(() => pdfmakeDefinition(bad, fonts)).toThrow(/pages\[1\]\.rules\[0\]\.color.*"chartreuse"/);
  });
});
