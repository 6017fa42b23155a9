import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseDocument } from "../../src/model/parse.js";
import type { Block, Document } from "../../src/model/document.js";
import { loadProfile } from "../../src/layout/load.js";
import { renderPdf } from "../../src/writers/pdf/index.js";
import { inspectPdf } from "../support/pdf-inspect.js";
import { expectClosing, expectPageNumbers, MM } from "./expect-layout.js";

const base: Document = parseDocument(JSON.parse(readFileSync(new URL("../fixtures/union-minimal.json", import.meta.url), "utf8")));
const sentence =
  "Các cấp công đoàn tiếp tục rà soát, nắm chắc tình hình việc làm, đời sống của đoàn viên, người lao động để kịp thời đề xuất giải pháp hỗ trợ phù hợp với điều kiện thực tế của địa phương, đơn vị.";

/** A body whose length grows one paragraph at a time, with a titled heading every few paragraphs. */
function bodyOf(n: number): Block[] {
  const blocks: Block[] = [];
  for (let i = 0; i < n; i++) {
    if (i % 4 === 0) blocks.push({ type: "heading", level: 2, titled: true, content: `Nhiệm vụ thứ ${i / 4 + 1}` });
    blocks.push({ type: "paragraph", content: `${i + 1}. ${sentence}` });
  }
  return blocks;
}

describe("pagination", () => {
  // Sweep the body length so that the closing band meets the page end in every possible way.
  test("the closing band never splits, never stands alone, and no page ends on a heading", async () => {
    const profile = loadProfile("union");
    const headingSize = profile.elements.headingTitled.size;
    for (let n = 14; n <= 30; n++) {
      const doc = { ...base, body: bodyOf(n) };
      const { pages } = await inspectPdf(await renderPdf(doc));
      expectClosing(pages, doc, profile);
      expectPageNumbers(pages, profile);
      for (const page of pages.slice(0, -1)) {
        const bodyItems = page.items.filter((i) => i.y > profile.page.margins.top * MM && i.size === headingSize);
        const last = bodyItems.sort((a, b) => a.y - b.y)[bodyItems.length - 1]!;
        expect(last.str.startsWith("Nhiệm vụ thứ") || /^\d+\. Nhiệm vụ/.test(last.str), `n=${n}: page ${page.number} ends on a heading`).toBe(false);
      }
    }
  });

  // A long last paragraph (about 14 lines) or a table at the end must travel with the band too.
  test("a long last paragraph or a final table still keeps the band company", async () => {
    const profile = loadProfile("union");
    const long: Block = { type: "paragraph", content: Array.from({ length: 9 }, () => sentence).join(" ") };
    const table: Block = {
      type: "table",
      headerRows: 1,
      rows: [["STT", "Nội dung", "Thời hạn"], ...Array.from({ length: 6 }, (_, i) => [String(i + 1), sentence.slice(0, 80), "Quý IV"])],
    };
    for (const last of [long, table]) {
      for (let n = 6; n <= 26; n += 2) {
        const doc = { ...base, body: [...bodyOf(n), last] };
        const { pages } = await inspectPdf(await renderPdf(doc));
        expectClosing(pages, doc, profile);
      }
    }
  });
});
