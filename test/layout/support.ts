import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { Document } from "../../src/model/document.js";
import { parseDocument } from "../../src/model/parse.js";
import { realize } from "../../src/realize/index.js";
import { layoutPrinted, profileFor } from "../../src/layout/layout-document.js";
import { bundledFonts } from "../../src/fonts/fonts.js";
import { checkPages } from "../../src/check/page/index.js";
import type { Line, Pages } from "../../src/layout/pages.js";

export const root = join(import.meta.dirname, "..", "..");
export const MM = 72 / 25.4;

export function fixture(name: string): Document {
  return JSON.parse(readFileSync(join(root, "test", "fixtures", name), "utf8")) as Document;
}

/** Lays a document out and judges the page: the pages and every finding of the page rules. */
export function laidOut(input: Document) {
  const doc = parseDocument(input);
  const printed = realize(doc, profileFor(doc, {}));
  const pages = layoutPrinted(printed, bundledFonts());
  return { pages, printed, findings: checkPages(pages, printed) };
}

export const text = (l: Line): string => l.spans.map((s) => s.text).join("");

export function linesOf(pages: Pages, source: string | RegExp): { page: number; line: Line }[] {
  return pages.pages.flatMap((p) => p.lines.filter((l) => (typeof source === "string" ? l.source === source : source.test(l.source))).map((line) => ({ page: p.index, line })));
}

/** Findings of the L- rules and R-PAGE-2's margin rule, as "RULE path: message" for readable failures. */
export function layoutFindings(findings: ReturnType<typeof checkPages>): string[] {
  return findings.map((f) => `${f.rule} ${f.path}: ${f.message.en} (expected ${f.expected}, got ${f.actual})`);
}
