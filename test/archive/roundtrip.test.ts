// Round trip (issue #3): import a seed, render it to PDF, extract the text; every body paragraph
// of the seed is there, in order.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import type { Document } from "../../src/model/document.js";
import { importText } from "../../src/readers/archive/index.js";
import { renderPdf } from "../../src/writers/pdf/index.js";
import { inspectPdf } from "../support/pdf-inspect.js";
import { LAI_CHAU, THUA_THIEN_HUE } from "./support.js";

const root = new URL("../../", import.meta.url).pathname;

/** Each seed with its body lines (1-based, inclusive), read off the seed files, independent of the importer. */
const SEEDS = [
  { source: "000_99201628fbdb1f64.txt", body: [11, 71], defaults: LAI_CHAU },
  { source: "001_241fc221d9dce001.txt", body: [11, 137], defaults: LAI_CHAU },
  { source: "002_781da1f03d488a91.txt", body: [14, 60], defaults: LAI_CHAU },
  { source: "003_34ba4a1aec06838d.txt", body: [11, 45], defaults: LAI_CHAU },
  { source: "004_e1221ab10df6c714.txt", body: [20, 151], defaults: THUA_THIEN_HUE },
] as const;

/** Compared without whitespace: the PDF breaks lines and justifies, the seed breaks pages. */
const squeeze = (s: string) => s.normalize("NFC").replace(/\s+/gu, "");

/** A seed line as the document says it: markdown marks and the end mark "./." off. */
function expectedText(line: string): string {
  return squeeze(line.replace(/^#+\s*/u, "").replace(/\*/gu, "").replace(/\.\/\.\s*$/u, "."));
}

/** The PDF's text in reading order, page numbers (in the top margin) left out. */
async function pdfText(doc: Document): Promise<string> {
  const { pages } = await inspectPdf(await renderPdf(doc));
  return pages.map((p) => squeeze(p.items.filter((i) => i.y > 60).map((i) => i.str).join(""))).join("");
}

describe("archive round trip: import → PDF → text", () => {
  test.each(SEEDS)("$source: every body paragraph of the seed, in order", async (seed) => {
    const text = readFileSync(join(root, "test/fixtures/seeds", seed.source), "utf8");
    const result = importText(text, { defaults: seed.defaults });
    expect(result.ok).toBe(true);
    const pdf = await pdfText(result.document as Document);
    const paragraphs = text
      .split("\n")
      .slice(seed.body[0] - 1, seed.body[1])
      .map(expectedText)
      .filter((p) => p !== "");
    expect(paragraphs.length).toBeGreaterThan(10);
    let from = 0;
    for (const p of paragraphs) {
      const at = pdf.indexOf(p, from);
      expect(at, `not found after position ${from}: ${p.slice(0, 80)}`).toBeGreaterThanOrEqual(0);
      from = at + p.length;
    }
  });
});
