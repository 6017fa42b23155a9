import { describe, expect, test } from "vitest";
import { checkDocument } from "../../src/check/check-document.js";
import type { Block } from "../../src/model/document.js";
import { edit, NOW, unionGuide } from "./documents.js";
import { ofRule } from "./helpers.js";

const h = (level: 1 | 2 | 3 | 4, label: string): Block => ({ type: "heading", level, label, titled: true, content: `Đề mục ${label}` });
const dash: Block = { type: "item", marker: "-", content: "Ý gạch đầu dòng." };
const plus: Block = { type: "item", marker: "+", content: "Ý dấu cộng." };
const para = (text: string): Block => ({ type: "paragraph", content: text });
const end = para("Các đơn vị tổ chức thực hiện.");

function hierarchy(blocks: Block[]) {
  const doc = edit(unionGuide(), (d) => (d.body = [...blocks, end]));
  return ofRule(checkDocument(doc, { now: NOW }), "R-BODY-3");
}

describe("R-BODY-3 heading hierarchy", () => {
  const failing: [string, Block[], string, string][] = [
    ['"I." straight to "a)" skips "1."', [h(1, "I"), h(4, "a")], "body[1].level", "1."],
    ['"I." straight to "1.1." skips "1."', [h(1, "I"), h(3, "1.1")], "body[1].level", "1."],
    ['"d)" then "e)" leaves out "đ)"', [h(1, "I"), h(2, "1"), h(4, "a"), h(4, "b"), h(4, "c"), h(4, "d"), h(4, "e")], "body[6].label", "đ)"],
    ['"f)" is not a Vietnamese item letter', [h(1, "I"), h(2, "1"), h(4, "f")], "body[2].label", "a) b) c) d) đ) e) g) …"],
    ['a paragraph "w) …" (letter the shared recognition refuses)', [h(1, "I"), para("w) Nội dung điểm w.")], "body[1].content", "a) b) c) d) đ) e) g) …"],
    ['"I." then "III."', [h(1, "I"), h(2, "1"), h(1, "III")], "body[2].label", "II."],
    ['"1." then "3."', [h(1, "I"), h(2, "1"), h(2, "3")], "body[2].label", "2."],
    ['"2.1." under "1."', [h(1, "I"), h(2, "1"), h(3, "2.1")], "body[2].label", "1.1."],
    ['"1.1." then "1.3."', [h(2, "1"), h(3, "1.1"), h(3, "1.3")], "body[2].label", "1.2."],
    ['numbering that does not restart under a new "II."', [h(1, "I"), h(2, "1"), h(2, "2"), h(1, "II"), h(2, "3")], "body[4].label", "1."],
    ['"+" with no "-" above it', [h(1, "I"), h(2, "1"), plus, plus], "body[2].marker", "-"],
    ['"+" after a new heading closed the "-" run', [h(2, "1"), dash, plus, h(2, "2"), plus], "body[4].marker", "-"],
  ];
  for (const [name, blocks, path, expected] of failing) {
    test(`flags ${name}`, () => {
      const found = hierarchy(blocks);
      expect(found.map((f) => f.path)).toEqual([path]);
      expect(found[0]!.expected).toBe(expected);
      expect(found[0]!.severity).toBe("warning");
    });
  }

  const passing: [string, Block[]][] = [
    ["the full chain I. → 1. → 1.1. → a) → - → +", [h(1, "I"), h(2, "1"), h(3, "1.1"), h(4, "a"), dash, plus, plus, dash]],
    ['"1." straight to "a)" (1.1. is optional, spec §7.1 tags it O)', [h(1, "I"), h(2, "1"), h(4, "a"), h(4, "b")]],
    ['"-" under "I." and under "1.1."', [h(1, "I"), dash, h(2, "1"), h(3, "1.1"), dash, h(3, "1.2")]],
    ['a)…đ)…g) in Vietnamese order', [h(2, "1"), h(4, "a"), h(4, "b"), h(4, "c"), h(4, "d"), h(4, "đ"), h(4, "e"), h(4, "g")]],
    ["going up from a) to II.", [h(1, "I"), h(2, "1"), h(4, "a"), h(1, "II"), h(2, "1")]],
    ["a document whose top level is 1.", [para("Mở đầu."), h(2, "1"), h(2, "2"), h(3, "2.1"), h(2, "3")]],
    ["labels the writer numbers itself", [{ type: "heading", level: 1, content: "MỤC ĐÍCH" }, { type: "heading", level: 2, content: "Mục đích" }, { type: "heading", level: 1, content: "NỘI DUNG" }]],
    ["articles: Điều then khoản 1. then điểm a), restarting per article", [
      { type: "article", unit: "dieu", label: "1", title: "Phạm vi" }, h(2, "1"), h(4, "a"), h(2, "2"),
      { type: "article", unit: "dieu", label: "2", title: "Đối tượng" }, h(2, "1"), h(4, "a"),
    ]],
  ];
  for (const [name, blocks] of passing) {
    test(`accepts ${name}`, () => {
      expect(hierarchy(blocks)).toEqual([]);
    });
  }
});
