import { isVietnameseSyllable } from "../decode/syllable.js";
import type { PdfItem } from "../pdf/text-items.js";

// A digital signature's overlay: the only text of many scanned files ("Ký bởi: …", "Thời gian ký: …").
const OVERLAY_ITEM = /^\s*(?:Ký bởi|Signed by|Người ký|Thời gian ký|Ngày ký|Cơ quan|Email|Chức vụ)\s*:/iu;

/** Why a page's text layer is not to be trusted, or undefined when it reads as Vietnamese. */
export type LayerVerdict = { vi: string; en: string } | undefined;

/** The words of a page's text layer, its signature overlay left out. */
function layerWords(items: readonly PdfItem[]): string[] {
  return items
    .filter((i) => !OVERLAY_ITEM.test(i.str))
    .flatMap((i) => i.str.normalize("NFC").split(/[^\p{L}\p{M}]+/u))
    .filter((w) => w.length > 0);
}

/**
 * Whether a page's text layer is a bad one that OCR should replace: only a signature overlay on
 * a scan, or words that are mostly not Vietnamese syllables (an OCR layer gone wrong), or
 * Vietnamese without any diacritics (a layer that lost them). Judged on 20 words or more.
 */
export function badTextLayer(items: readonly PdfItem[]): LayerVerdict {
  const words = layerWords(items);
  if (words.length < 8 && items.some((i) => OVERLAY_ITEM.test(i.str))) {
    return { vi: "chỉ có lớp chữ của chữ ký số trên bản quét", en: "only a digital signature's overlay over a scan" };
  }
  if (words.length < 20) return undefined;
  const syllables = words.filter(isVietnameseSyllable).length / words.length;
  const marked = words.filter((w) => /[^\x00-\x7f]/u.test(w)).length / words.length;
  if (syllables < 0.5) {
    return { vi: `lớp chữ hỏng: ${Math.round(syllables * 100)}% từ là âm tiết tiếng Việt`, en: `a broken text layer: ${Math.round(syllables * 100)}% of its words are Vietnamese syllables` };
  }
  if (marked < 0.05) return { vi: "lớp chữ mất dấu tiếng Việt", en: "a text layer without Vietnamese diacritics" };
  return undefined;
}
