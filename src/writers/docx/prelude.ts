import type { Paragraph } from "docx";
import type { Fonts, PageBox } from "../../layout/geometry.js";
import { preludeSlices } from "../../layout/flow/prelude.js";
import type { Printed } from "../../realize/printed.js";
import type { ElementName } from "../../layout/schema.js";
import { boxArea, linesParagraph, ruleParagraph } from "./blocks.js";
import { runsOf, runsOfLines } from "./runs.js";

/**
 * Type name, subject and its rule (R-TITLE-1), the authority line, Kính gửi (spec §6.1), as the
 * PDF sets them: the title lines broken where the layout balanced them, the subject rule as long
 * as the PDF's, Kính gửi at the PDF's indents. All keep with the body's first lines.
 */
export function preludeParagraphs(printed: Printed, box: PageBox, fonts: Fonts): Paragraph[] {
  const el = printed.profile.elements;
  const area = boxArea(box);
  const slices = preludeSlices(printed, box, fonts);
  const out: Paragraph[] = [];
  let k = 0;
  while (k < slices.length) {
    const s = slices[k]!;
    const rule = s.rules[0];
    if (rule) {
      out.push(ruleParagraph(rule, area, rule.y1, { spaceAfter: s.spaceAfter }));
      k++;
      continue;
    }
    // One printed text: the consecutive slices whose first line has its source.
    const source = s.lines[s.lines.length - 1]!.source;
    let end = k + 1;
    while (end < slices.length && slices[end]!.lines.length === 1 && slices[end]!.lines[0]!.source === source && slices[end]!.area === s.area) end++;
    const group = slices.slice(k, end);
    const lines = group.flatMap((g) => g.lines);
    const role = lines[lines.length - 1]!.role as ElementName;
    const style = el[role];
    const centred = lines.every((l) => Math.abs(l.x + l.width / 2 - (box.left + box.textWidth / 2)) < 0.5);
    const extra = { before: group[0]!.spaceBefore, after: group[group.length - 1]!.spaceAfter };
    if (centred) out.push(linesParagraph(lines, runsOfLines(lines), area, fonts, style, extra));
    else {
      // Kính gửi: Word breaks the items itself; the printed text, at the PDF's indents (the
      // first item on the label's line hangs the label out to the left).
      const kg = printed.kinhGui!;
      const item = kg.items.find((t) => t.source === source);
      const own = lines.filter((l) => l.source === source);
      const label = lines.find((l) => l.source !== source);
      const runs = item ? [...(label ? [...runsOf(kg.label, style), ...runsOf({ ...kg.label, runs: [{ text: " " }] }, style)] : []), ...runsOf(item, style)] : runsOf(kg.label, style);
      const left = own[0]!.x;
      out.push(linesParagraph(lines, runs, area, fonts, style, { ...extra, indent: { left, firstLine: label ? label.x - left : 0 } }));
    }
    k = end;
  }
  return out;
}
