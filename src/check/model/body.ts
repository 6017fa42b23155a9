import type { Block } from "../../model/document.js";
import { plainText } from "../../model/inline.js";
import { fromRoman, itemLetter, itemLetterIndex, toRoman, VIETNAMESE_ITEM_LETTERS } from "../../text/labels.js";
import type { Finding } from "../finding.js";
import type { ModelContext } from "../context.js";
import { tail } from "../text.js";

type Level = 1 | 2 | 3 | 4;

/** How each level of spec §7.1 is written, for messages. */
const MARKER_SHAPE = ["I.", "1.", "1.1.", "a)", "-", "+"] as const;

/**
 * Numbered levels that may be passed over going down. Spec §7.1 tags the levels I, 1 and a)
 * as regulated (S) and 1.1. as observed (O): "1." may go straight to "a)" (as khoản → điểm).
 */
const OPTIONAL_LEVELS: readonly Level[] = [3];

/** The deepest level that may follow `deepest` going down: the next one, past any optional ones. */
function deepestAllowed(deepest: number): number {
  let next = deepest + 1;
  while (OPTIONAL_LEVELS.includes(next as Level)) next++;
  return next;
}

function labelFor(level: Level, value: number, parent: number): string {
  switch (level) {
    case 1:
      return toRoman(value);
    case 2:
      return String(value);
    case 3:
      return `${Math.max(parent, 1)}.${value}`;
    case 4:
      return itemLetter(value);
  }
}

/** The value of a written label at its level ("IV" → 4, "1.3" → 3, "đ" → 5), or undefined. */
function labelValue(level: Level, label: string): number | undefined {
  switch (level) {
    case 1:
      return fromRoman(label);
    case 2:
      return /^\d+$/u.test(label) ? Number(label) : undefined;
    case 3: {
      const m = /^(\d+)\.(\d+)$/u.exec(label);
      return m ? Number(m[2]) : undefined;
    }
    case 4:
      return itemLetterIndex(label);
  }
}

function markerOf(level: Level, label: string): string {
  return level === 4 ? `${label})` : `${label}.`;
}

/** "f) …", "w) …": a lettered item the shared recognition refused because the letter is not Vietnamese. */
const FOREIGN_LETTER = /^([a-zA-Z])\)\s/u;

/**
 * R-BODY-3: one hierarchy I. → 1. → 1.1. → a) → - → +. Going deeper never skips a numbered level
 * other than the optional 1.1.; "-" may follow any heading (bullets are unnumbered; every seed
 * has "-" under "I." or "1.1."), "+" only under a "-"; lettered items use the Vietnamese alphabet
 * (đ after d, no f j w z); labels at one level run in sequence, restarting under each new parent.
 */
export function headingHierarchy(ctx: ModelContext): Finding[] {
  const out: Finding[] = [];
  const counters = [0, 0, 0, 0];
  let deepest = 0;
  let dashOpen = false;

  const report = (i: number, field: string, vi: string, en: string, expected: string, actual: string, fix: string) =>
    out.push(ctx.finding("R-BODY-3", { path: `body[${i}].${field}`, message: { vi, en }, expected, actual, fix }));

  ctx.doc.body.forEach((block: Block, i) => {
    switch (block.type) {
      case "article":
        // An article restarts the numbering: its khoản are "1.", its điểm "a)".
        counters.fill(0);
        deepest = block.unit === "dieu" ? 1 : 0;
        dashOpen = false;
        return;
      case "item":
        if (block.marker === "-") dashOpen = true;
        else if (!dashOpen) {
          report(i, "marker", 'Ý "+" chỉ đứng dưới một ý "-"', 'A "+" item only stands under a "-" item', "-", "+", 'Đổi thành "-" hoặc thêm ý "-" phía trên.');
          dashOpen = true; // one finding per run of "+" items
        }
        return;
      case "paragraph": {
        const m = FOREIGN_LETTER.exec(plainText(block.content));
        if (m && itemLetterIndex(m[1]!) === undefined) {
          report(
            i,
            "content",
            `Điểm đánh chữ cái theo bảng chữ Việt (${VIETNAMESE_ITEM_LETTERS.slice(0, 8).join(" ")} …), không có f, j, w, z`,
            "Lettered items use the Vietnamese alphabet: no f, j, w or z",
            "a) b) c) d) đ) e) g) …",
            `${m[1]})`,
            "Đánh lại chữ cái theo thứ tự a, b, c, d, đ, e, g, h, i, k…",
          );
        }
        return;
      }
      case "heading":
        break;
      default:
        return;
    }
    const level = block.level;
    if (level === 4 && block.label !== undefined && itemLetterIndex(block.label) === undefined) {
      report(i, "label", "Điểm đánh chữ cái theo bảng chữ Việt, không có f, j, w, z", "Lettered items use the Vietnamese alphabet: no f, j, w or z", "a) b) c) d) đ) e) g) …", `${block.label})`, "Đánh lại chữ cái theo thứ tự a, b, c, d, đ, e, g…");
      return;
    }
    if (deepest > 0 && level > deepestAllowed(deepest)) {
      const wanted = MARKER_SHAPE[deepest]!;
      report(
        i,
        "level",
        `Đề mục nhảy cấp: sau "${MARKER_SHAPE[deepest - 1]}" phải là "${wanted}", không phải "${MARKER_SHAPE[level - 1]}"`,
        `Heading level skipped: after "${MARKER_SHAPE[deepest - 1]}" comes "${wanted}", not "${MARKER_SHAPE[level - 1]}"`,
        wanted,
        MARKER_SHAPE[level - 1]!,
        `Dùng cấp "${wanted}" hoặc thêm đề mục cấp giữa.`,
      );
    }
    const parent = counters[1]!;
    const expectedValue = counters[level - 1]! + 1;
    const expected = labelFor(level, expectedValue, parent);
    const label = block.label;
    if (label !== undefined) {
      const value = labelValue(level, label);
      const parentOk = level !== 3 || parent === 0 || Number(label.split(".")[0]) === parent;
      if (value !== expectedValue || !parentOk) {
        const dAfter = level === 4 && label !== "đ" && counters[3] === itemLetterIndex("d");
        report(
          i,
          "label",
          `Số thứ tự đề mục không liền mạch: cần "${markerOf(level, expected)}", gặp "${markerOf(level, label)}"${dAfter ? ' (sau "d)" là "đ)")' : ""}`,
          `Heading labels out of sequence: expected "${markerOf(level, expected)}", found "${markerOf(level, label)}"${dAfter ? ' ("đ)" follows "d)")' : ""}`,
          markerOf(level, expected),
          `${markerOf(level, label)} ${tail(plainText(block.content), 30)}`,
          `Đánh số lại: "${markerOf(level, expected)}".`,
        );
      }
      if (level === 3 && /^\d+\./u.test(label)) counters[1] = Number(label.split(".")[0]);
      counters[level - 1] = value ?? expectedValue;
    } else counters[level - 1] = expectedValue;
    for (let l = level; l < 4; l++) counters[l] = 0;
    deepest = level;
    dashOpen = false;
  });
  return out;
}

/** R-BODY-4: a Quyết định's legal bases end with ";", and the last with "." (or "," before the enacting words). */
export function basisPunctuation(ctx: ModelContext): Finding[] {
  const { basisSeparator, basisLast } = ctx.terms;
  const bases = ctx.doc.body.flatMap((b, i) => (b.type === "basis" ? [{ i, text: plainText(b.content).trimEnd() }] : []));
  return bases.flatMap(({ i, text }, n) => {
    const isLast = n === bases.length - 1;
    const ok = isLast ? basisLast.some((p) => text.endsWith(p)) : text.endsWith(basisSeparator);
    if (ok) return [];
    const wanted = isLast ? basisLast[0]! : basisSeparator;
    const expected = `${text.replace(/[.;,:]+$/u, "")}${wanted}`;
    return [
      ctx.finding("R-BODY-4", {
        path: `body[${i}].content`,
        message: isLast
          ? { vi: `Căn cứ cuối cùng kết thúc bằng "${basisLast.join('" hoặc "')}"`, en: `The last legal basis ends with "${basisLast.join('" or "')}"` }
          : { vi: `Mỗi căn cứ kết thúc bằng "${basisSeparator}"`, en: `Each legal basis ends with "${basisSeparator}"` },
        expected: tail(expected),
        actual: tail(text),
        fix: `Kết thúc dòng căn cứ bằng "${wanted}".`,
      }),
    ];
  });
}
