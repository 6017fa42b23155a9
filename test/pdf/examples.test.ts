import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, test } from "vitest";
import { parseDocument } from "../../src/model/parse.js";
import type { Document } from "../../src/model/document.js";
import { loadProfile } from "../../src/layout/load.js";
import { renderPdfDetailed } from "../../src/writers/pdf/index.js";
import { inspectPdf, type PageInfo } from "../support/pdf-inspect.js";
import { expectBodyEdges, expectBodyInOrder, expectClosing, expectHeader, expectMargins, expectPageNumbers, expectTitle } from "./expect-layout.js";

const root = new URL("../../", import.meta.url).pathname;
const sources = [
  ...readdirSync(join(root, "examples")).filter((f) => f.endsWith(".json")).map((f) => join(root, "examples", f)),
  ...readdirSync(join(root, "test/fixtures")).filter((f) => f.endsWith(".json")).map((f) => join(root, "test/fixtures", f)),
];

describe.each(sources)("%s", (file) => {
  let doc: Document;
  /** The main text's pages; annexes have their own numbering and may be landscape (test/layout/features.test.ts). */
  let pages: PageInfo[];
  let all: PageInfo[];
  let info: Record<string, unknown>;
  beforeAll(async () => {
    doc = parseDocument(JSON.parse(readFileSync(file, "utf8")));
    const rendered = renderPdfDetailed(doc);
    ({ pages: all, info } = await inspectPdf(rendered.bytes));
    pages = all.slice(0, rendered.layout.pages.filter((p) => p.section === "main").length);
  });

  test("page is A4 portrait (R-PAGE-1); annex pages A4 either way", () => {
    for (const p of pages) {
      expect(p.width / (72 / 25.4)).toBeCloseTo(210, 0);
      expect(p.height / (72 / 25.4)).toBeCloseTo(297, 0);
    }
    for (const p of all.slice(pages.length)) expect([p.width, p.height].map((v) => Math.round(v / (72 / 25.4))).sort()).toEqual([210, 297]);
  });

  test("header band: columns, sizes, rules, number and date on one baseline", () => {
    const profile = loadProfile(doc.profile);
    const { number } = expectHeader(pages[0]!, doc, profile);
    expectTitle(pages[0]!, doc, profile, number);
  });

  test("text stays inside the margins (R-PAGE-2)", () => expectMargins(pages, loadProfile(doc.profile)));
  test("page numbers from page 2 (R-PGNUM-1)", () => expectPageNumbers(pages, loadProfile(doc.profile)));
  test("closing band on one page, label on the first signature line", () => expectClosing(pages, doc, loadProfile(doc.profile)));
  test("body text edges at the margins (R-BODY-1)", () => expectBodyEdges(pages, loadProfile(doc.profile)));
  test("the end mark: once, after the last body text (R-END-1); none for the party (P-END-1)", () => {
    const profile = loadProfile(doc.profile);
    const text = pages.map((p) => p.text).join("\n");
    const marks = text.split("./.").length - 1;
    if (!profile.endMark) {
      expect(marks).toBe(0);
      return;
    }
    expect(marks).toBe(1);
    const label = text.indexOf(profile.recipients.label);
    expect(text.indexOf("./.")).toBeLessThan(label);
    expect(text.slice(text.indexOf("./.") + 3, label).trim(), "nothing between the mark and the closing band").toBe("");
  });
  test("every body paragraph, in order", () => expectBodyInOrder(pages, doc, loadProfile(doc.profile)));

  test("metadata: title from kind and subject, author from issuer, the document's date", () => {
    expect(String(info.Title)).toContain(doc.subject.slice(0, 20));
    expect(info.Author).toBe(doc.issuer.body.join(" "));
    if (doc.date) expect(String(info.CreationDate)).toContain(doc.date.replaceAll("-", ""));
  });
});
