import { beforeAll, describe, expect, it } from "vitest";
import { bundledFonts } from "../../src/fonts/fonts.js";
import { writePdf } from "../../src/writers/pdf/emit/index.js";
import { pdfmakeDefinition, renderWithPdfmake } from "../../src/writers/pdfmake/index.js";
import { inspectPdf, type PageInfo } from "../support/pdf-inspect.js";
import { samplePages } from "./fixture.js";
import { expectLinesAt, expectRulesAndFrames, itemsOfLine, lineText, readLine, TOLERANCE } from "./support.js";

const fonts = bundledFonts();
const pages = samplePages(fonts);
let viaPdfmake: { pages: PageInfo[]; info: Record<string, unknown> };
let viaEmit: { pages: PageInfo[]; info: Record<string, unknown> };

beforeAll(async () => {
  viaPdfmake = await inspectPdf(await renderWithPdfmake(pages, fonts));
  viaEmit = await inspectPdf(writePdf(pages, fonts));
});

describe("pdfmakeDefinition: the same page through pdfmake", () => {
  it("gives one page per page, each with its own size and orientation", () => {
    expect(viaPdfmake.pages.map((p) => [p.width, p.height])).toEqual(pages.pages.map((p) => [p.width, p.height]));
    const def = pdfmakeDefinition(pages, fonts);
    expect(def.content).toHaveLength(pages.pages.length);
    expect((def.content as { pageOrientation: string }[]).map((s) => s.pageOrientation)).toEqual(["portrait", "portrait", "landscape"]);
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

  it("refuses a colour it does not know, as the PDF writer does", () => {
    const bad = structuredClone(pages);
    bad.pages[1]!.rules.push({ x1: 0, y1: 0, x2: 10, y2: 0, width: 1, color: "chartreuse", role: "x" });
    expect(() => pdfmakeDefinition(bad, fonts)).toThrow(/pages\[1\]\.rules\[0\]\.color.*"chartreuse"/);
  });
});
