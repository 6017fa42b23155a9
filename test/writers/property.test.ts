import fc from "fast-check";
import { describe, it } from "vitest";
import { bundledFonts } from "../../src/fonts/fonts.js";
import type { Face, Line, Pages } from "../../src/layout/pages.js";
import { writePdf } from "../../src/writers/pdf/emit/index.js";
import { renderWithPdfmake } from "../../src/writers/pdfmake/index.js";
import { inspectPdf } from "../support/pdf-inspect.js";
import { A4, lineAt, samplePages, VIETNAMESE } from "./fixture.js";
import { expectLinesAt } from "./support.js";

const fonts = bundledFonts();
const base = samplePages(fonts);
const letters = [...new Set(`${VIETNAMESE}aăâbcdeêghiklmnoôơpqrstuưvxyAĂÂBCDEÊGHIKLMNOÔƠPQRSTUƯVXY0123456789.,;:!?()"'/-–%`.replace(/ /g, ""))];

const word = fc.array(fc.constantFrom(...letters), { minLength: 1, maxLength: 12 }).map((cs) => cs.join(""));
const lineSpec = fc.record({
  words: fc.array(word, { minLength: 1, maxLength: 6 }),
  face: fc.constantFrom<Face>("normal", "bold", "italics", "bolditalics"),
  size: fc.double({ min: 6, max: 22, noNaN: true }),
  wordSpacing: fc.oneof(fc.constant(0), fc.double({ min: 0, max: 8, noNaN: true })),
  x: fc.double({ min: 20, max: 200, noNaN: true }),
});

/** One page of the generated lines, or undefined when one would run off the page. */
function pageOf(specs: { words: string[]; face: Face; size: number; wordSpacing: number; x: number }[]): Pages | undefined {
  const lines: Line[] = specs.map((s, i) =>
    lineAt(fonts, s.x, 60 + i * 40, [{ text: s.words.join(" "), face: s.face, size: s.size }], s.wordSpacing, `body[${i}].content`),
  );
  // Layout keeps every line inside the page (R-PAGE-2); text beyond the MediaBox is not read back.
  if (!lines.every((l) => l.x + l.width < A4.width - 10)) return undefined;
  return { ...base, pages: [{ ...base.pages[0]!, ...A4, lines, rules: [], frames: [] }] };
}

const linesArb = fc.array(lineSpec, { minLength: 1, maxLength: 6 });

describe("the writers over generated lines (fast-check)", () => {
  it("writePdf: every line reads back as its exact text, at its x and baseline, in its face and size", async () => {
    await fc.assert(
      fc.asyncProperty(linesArb, async (specs) => {
        const pages = pageOf(specs);
        fc.pre(pages !== undefined);
        expectLinesAt((await inspectPdf(writePdf(pages!, fonts))).pages, pages!, true);
      }),
      { numRuns: 25 },
    );
  });

  it("pdfmake definition: every line at the same place, reading the same", async () => {
    await fc.assert(
      fc.asyncProperty(linesArb, async (specs) => {
        const pages = pageOf(specs);
        fc.pre(pages !== undefined);
        expectLinesAt((await inspectPdf(await renderWithPdfmake(pages!, fonts))).pages, pages!, false);
      }),
      { numRuns: 10 },
    );
  });
});
