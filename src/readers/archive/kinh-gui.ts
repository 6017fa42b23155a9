import { isBodyLine, KINH_GUI } from "./classify.js";
import type { ArchiveLine } from "./lines.js";
import type { Entry } from "./noise.js";
import type { Consumed } from "./title.js";

const DASH = /^[-–—+•]\s*/u;
const ENDS_ITEM = /[;,.]$/u;

/** A Kính gửi or recipient item without its dash and line-end punctuation. */
export function itemText(s: string): string {
  return s.replace(DASH, "").replace(/(?<![\s;,.])[\s;,.]+$/u, "").replace(/\s+/gu, " ").trim();
}

/**
 * "Kính gửi:" and its items: on the label line ("Kính gửi: - Liên đoàn …", seed 002, or a
 * single "Kính gửi: Ban Thường vụ Tỉnh ủy."), then one "- " line each. A line without a dash
 * continues the previous item when that item has no end punctuation yet, and is an item of its
 * own when it ends with the list's ";".
 */
export function consumeKinhGui(entries: readonly Entry[], start: number, label: ArchiveLine): Consumed & { items: string[] } {
  const lines = [label];
  const items: string[] = [];
  const m = KINH_GUI.exec(label.folded);
  const rest = label.plain.slice(m?.[0].length ?? 0).trim();
  if (rest) items.push(itemText(rest));
  let last = rest;
  let j = start + 1;
  for (; j < entries.length; j++) {
    const e = entries[j]!;
    if (e.role === "blank") {
      // An empty line inside the list only when a "- " item follows it.
      let k = j + 1;
      while (k < entries.length && entries[k]!.role === "blank") k++;
      const after = entries[k];
      if (after?.role === "content" && DASH.test(after.l.plain)) {
        j = k - 1;
        continue;
      }
      break;
    }
    if (e.role !== "content") break;
    const l = e.l;
    // The list's last item ends with "."; a dash line after it is the body's.
    if (DASH.test(l.plain) && items.length > 0 && /\.$/u.test(last)) break;
    if (DASH.test(l.plain)) {
      items.push(itemText(l.plain));
      last = l.plain;
    } else if (items.length > 0 && last && !ENDS_ITEM.test(last) && /^\p{Ll}/u.test(l.plain)) {
      items[items.length - 1] = itemText(`${items[items.length - 1]!} ${l.plain}`);
      last = l.plain;
    } else if (l.plain.length <= 150 && (/;$/u.test(l.plain) || (/\.$/u.test(l.plain) && /;$/u.test(last))) && !isBodyLine(l)) {
      // An item whose dash the OCR lost still ends with the list's ";" (or the last one's ".").
      items.push(itemText(l.plain));
      last = l.plain;
    } else break;
    lines.push(l);
  }
  return { lines, next: j, items: items.filter((i) => i !== "") };
}
