import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { bundledFonts, fontSetFromFiles } from "../../src/fonts/fonts.js";
import type { Pages } from "../../src/layout/pages.js";
import { DocumentError } from "../../src/model/errors.js";
import { writePdf } from "../../src/writers/pdf/emit/index.js";
import { faceInfo } from "../../src/writers/pdf/emit/face-info.js";
import { inspectPdf, type PageInfo } from "../support/pdf-inspect.js";
import { lineAt, samplePages, VIETNAMESE } from "./fixture.js";
import { expectLinesAt, expectRulesAndFrames, hex, TOLERANCE, tool } from "./support.js";

const fonts = bundledFonts();
const pages = samplePages(fonts);
let bytes: Uint8Array;
let read: { pages: PageInfo[]; info: Record<string, unknown> };
let dir: string;
let file: string;

beforeAll(async () => {
  bytes = writePdf(pages, fonts);
  read = await inspectPdf(bytes);
  dir = mkdtempSync(join(tmpdir(), "vanban-emit-"));
  file = join(dir, "sample.pdf");
  writeFileSync(file, bytes);
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Pages of one page holding one line of `text`. */
function oneLine(text: string, face: "normal" | "bold" = "normal"): Pages {
  const line = lineAt(fonts, 85, 100, [{ text, face }], 0, "body[0].content");
  return { ...pages, pages: [{ ...pages.pages[0]!, lines: [line], rules: [], frames: [] }] };
}

describe("writePdf: what a reader reads back (pdf.js)", () => {
  it("has one page per page of Pages, each with its own size; the landscape page is wider than tall", () => {
    expect(read.pages.map((p) => [p.width, p.height])).toEqual(pages.pages.map((p) => [p.width, p.height]));
    expect(read.pages[2]!.width).toBeGreaterThan(read.pages[2]!.height);
  });

  it("draws every line at its x and baseline, in its face and size, within 0.1 mm", () => {
    expectLinesAt(read.pages, pages, true);
  });

  it("gives back the text of each line exactly, spaces included, Vietnamese marks and all", () => {
    const all = read.pages.map((p) => p.items.map((i) => i.str).join("")).join("");
    for (const ch of VIETNAMESE.replace(/ /g, "")) expect(all).toContain(ch);
    expect(read.pages[0]!.text).toContain("thành lập, bảo đảm thiết thực, tiết kiệm; Ữ ỹ ậ Đ là những chữ phải hiện");
  });

  it("spreads a justified line to exactly its width with word spacing", () => {
    for (const page of pages.pages) {
      for (const line of page.lines.filter((l) => l.spans.length === 1 && l.spans[0]!.wordSpacing > 0)) {
        const items = read.pages[page.index]!.items.filter((i) => Math.abs(i.y - line.y) < TOLERANCE);
        const right = Math.max(...items.map((i) => i.x + i.width));
        expect(Math.abs(right - (line.x + line.width)), line.source).toBeLessThan(TOLERANCE);
      }
    }
  });

  it("draws every rule and frame with its width and colour (the KHẨN frame red)", () => {
    expectRulesAndFrames(read.pages, pages);
    expect(pages.pages[0]!.frames[0]!.color).toBe("red");
  });

  it("underlines an underlined span along its width, below the baseline by the font's underline position", () => {
    for (const page of pages.pages) {
      for (const line of page.lines) {
        for (const span of line.spans.filter((s) => s.underline)) {
          const info = faceInfo(fonts.faces[span.face]);
          const under = read.pages[page.index]!.strokes.find(
            (s) => Math.abs(s.x1 - span.x) < TOLERANCE && Math.abs(s.x2 - (span.x + span.width)) < TOLERANCE && s.y1 > line.y,
          );
          expect(under, span.text).toBeDefined();
          expect(under!.y1 - line.y).toBeCloseTo(info.underlineOffset * span.size, 2);
          expect(under!.lineWidth).toBeCloseTo(info.underlineThickness * span.size, 2);
        }
      }
    }
  });

  it("paints each span in its colour (black, red, #rrggbb)", () => {
    pages.pages.forEach((page, p) => {
      const expected = page.lines.flatMap((l) => l.spans.filter((s) => s.text !== "").map((s) => hex(s.color)));
      expect(read.pages[p]!.textFills).toEqual(expected);
    });
    expect(read.pages[0]!.textFills).toContain("#ff0000");
    expect(read.pages[0]!.textFills).toContain("#1f4e79");
  });

  it("carries the metadata in the Info dictionary, the date from the document", () => {
    expect(read.info).toMatchObject({
      Title: pages.metadata.title,
      Author: pages.metadata.author,
      Subject: pages.metadata.subject,
      Keywords: pages.metadata.keywords,
      Creator: "vanban",
      Producer: "vanban",
      CreationDate: "D:20240315000000Z",
      PDFFormatVersion: "1.7",
    });
  });
});

describe("writePdf: the file itself", () => {
  it("passes qpdf --check", () => {
    expect(tool("qpdf", ["--check", file])).toContain("No syntax or stream encoding errors found");
  });

  it("embeds each face used as a subset with a ToUnicode map (pdffonts), and no other", () => {
    const rows = tool("pdffonts", [file]).trim().split("\n").slice(2);
    expect(rows).toHaveLength(4);
    for (const row of rows) expect(row).toMatch(/^[A-Z]{6}\+LiberationSerif(-Bold|-Italic|-BoldItalic)?\s+CID TrueType\s+Identity-H\s+yes yes yes/);
    const single = join(dir, "single.pdf");
    writeFileSync(single, writePdf(oneLine("Chỉ một kiểu chữ"), fonts));
    expect(tool("pdffonts", [single]).trim().split("\n").slice(2)).toHaveLength(1);
    expect(tool("qpdf", ["--check", single])).toContain("No syntax or stream encoding errors found");
  });

  it("subsets per document: only the glyphs drawn, with a tag that follows the glyph set", () => {
    const small = writePdf(oneLine("Ba"), fonts);
    const larger = writePdf(oneLine("Ba con cá"), fonts);
    expect(small.length).toBeLessThan(larger.length);
    expect(small.length).toBeLessThan(fonts.bytes.normal.length / 20);
    const tagOf = (pdf: Uint8Array) => /\/BaseFont \/([A-Z]{6})\+/.exec(Buffer.from(pdf).toString("latin1"))![1];
    expect(tagOf(small)).not.toBe(tagOf(larger));
    expect(tagOf(writePdf(oneLine("aB"), fonts))).toBe(tagOf(small)); // same glyphs, same tag
  });

  it("gives the same bytes for the same Pages, also with the fonts parsed afresh", () => {
    expect(Buffer.from(writePdf(pages, fonts)).equals(Buffer.from(bytes))).toBe(true);
    const fresh = fontSetFromFiles(fonts.bytes, fonts.name);
    expect(Buffer.from(writePdf(pages, fresh)).equals(Buffer.from(bytes))).toBe(true);
  });

  it("gives a different /ID when the text differs", () => {
    const id = (pdf: Uint8Array) => /\/ID \[<([0-9a-f]{32})>/.exec(Buffer.from(pdf).toString("latin1"))![1];
    expect(id(writePdf(oneLine("Công văn số 1"), fonts))).not.toBe(id(writePdf(oneLine("Công văn số 2"), fonts)));
    expect(id(bytes)).toBe(id(writePdf(pages, fonts)));
  });
});

describe("writePdf: what it refuses", () => {
  it("names a character the face cannot draw and the line it is on", () => {
    const bad = oneLine("Ký hiệu 中 không có");
    bad.pages[0]!.lines[0]!.source = "recipients.items[2].name";
    expect(() => writePdf(bad, fonts)).toThrow(DocumentError);
    expect(() => writePdf(bad, fonts)).toThrow(/recipients\.items\[2\]\.name.*"中" \(U\+4E2D\)/);
  });

  it("names a colour it does not know, with where it is", () => {
    const bad = oneLine("Màu lạ");
    bad.pages[0]!.lines[0]!.spans[0]!.color = "blue";
    expect(() => writePdf(bad, fonts)).toThrow(/pages\[0\]\.lines\[0\]\.spans\[0\]\.color.*"blue"/);
  });
});
