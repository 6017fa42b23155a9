import type { Fonts, PageBox } from "../geometry.js";
import type { Profile, Style } from "../schema.js";
import type { Line } from "../pages.js";
import type { Printed, PrintedText } from "../../realize/printed.js";
import { balancedLines } from "../inline/balance.js";
import { breakLines } from "../inline/break.js";
import { wordsOf } from "../inline/words.js";
import { setLine } from "../inline/set.js";
import { emptySlice, KEEP, type Slice } from "./slice.js";

/** Centred, balanced lines of a title-like text, one slice per line, kept together. */
export function centredSlices(text: PrintedText, style: Style, box: PageBox, fonts: Fonts, area: string, size = style.size): Slice[] {
  const face = fonts.styleFace(style);
  const height = fonts.lineHeight(face, size);
  const ascent = fonts.ascent(face, size);
  return balancedLines(text, style, size, box.textWidth, fonts).map((b, k) => ({
    ...emptySlice(area, text.source, height),
    lines: [setLine(b, box.left, ascent, box.textWidth, "center", text.source, text.style)],
    keep: k === 0 ? KEEP.none : KEEP.lines,
  }));
}

/**
 * Type name, subject and its mark (R-TITLE-1, P-TITLE-1); the authority line of a Quyết định;
 * Kính gửi (spec §6.1). Each title line keeps with what follows.
 */
export function preludeSlices(printed: Printed, box: PageBox, fonts: Fonts): Slice[] {
  const profile = printed.profile;
  const el = profile.elements;
  const out: Slice[] = [];
  const t = printed.title;
  if (t) {
    const kind = centredSlices(t.kind, el.kindName, box, fonts, "title");
    kind[0]!.spaceBefore = profile.title.gapBeforePt;
    const subject = centredSlices(t.subject, el.subject, box, fonts, "title");
    out.push(...kind, ...subject);
    if (t.mark.kind === "rule") {
      // R-TITLE-1: 1/3 to 1/2 of the subject's widest printed line, centred, under it.
      const widest = Math.max(...subject.map((s) => s.lines[0]!.width));
      const length = widest * t.mark.ratio;
      const x1 = box.left + (box.textWidth - length) / 2;
      const w = profile.header.ruleWidthPt;
      out.push({ ...emptySlice("title", "subject", 4 + w), rules: [{ x1, y1: 4, x2: x1 + length, y2: 4, width: w, role: "subjectRule" }] });
    } else out.push(...centredSlices(t.mark.text, el.subject, box, fonts, "title"));
  }
  if (printed.authority) {
    const a = centredSlices(printed.authority, el.authority, box, fonts, "title");
    a[0]!.spaceBefore = profile.title.gapAfterPt;
    out.push(...a);
  }
  if (printed.kinhGui) out.push(...kinhGuiSlices(printed, profile, box, fonts));
  for (const s of out.slice(1)) s.keep = Math.max(s.keep, KEEP.opening);
  const last = out[out.length - 1];
  if (last) last.spaceAfter = profile.title.gapAfterPt;
  return out;
}

/**
 * Kính gửi: one recipient on the label's line, centred (R-KG-3); several on lines of their own
 * with the dashes under the colon, the block centred on the page as a whole.
 */
function kinhGuiSlices(printed: Printed, profile: Profile, box: PageBox, fonts: Fonts): Slice[] {
  const k = printed.kinhGui!;
  const style = profile.elements.kinhGui;
  const face = fonts.styleFace(style);
  const height = fonts.lineHeight(face, style.size);
  const ascent = fonts.ascent(face, style.size);
  const slices: Slice[] = [];
  if (k.items.length === 1 && k.firstOnLabelLine) {
    const joined: PrintedText = { ...k.items[0]!, runs: [...k.label.runs, { text: " " }, ...k.items[0]!.runs] };
    const s = centredSlices(joined, style, box, fonts, "kinhGui");
    s[0]!.spaceBefore = profile.title.gapAfterPt;
    return s;
  }
  const labelText = k.label.runs.map((r) => r.text).join("");
  const labelWidth = fonts.width(`${labelText} `, face, style.size);
  const colonX = fonts.width(labelText.replace(/:$/u, ""), face, style.size);
  const indent = k.firstOnLabelLine ? labelWidth : colonX;
  const room = box.textWidth - indent;
  const items = k.items.map((item) => breakLines(wordsOf(item, style, fonts), room, room, fonts));
  const widest = Math.max(...items.flat().map((l) => l.natural));
  const offset = Math.max(0, (box.textWidth - indent - widest) / 2);
  const x = box.left + offset;
  const line = (b: (typeof items)[number][number], lx: number, text: PrintedText): Line => setLine(b, lx, ascent, room, "left", text.source, text.style);
  const labelBroken = breakLines(wordsOf(k.label, style, fonts), box.textWidth, box.textWidth, fonts)[0]!;
  if (!k.firstOnLabelLine) slices.push({ ...emptySlice("kinhGui", "kinhGui", height), lines: [line(labelBroken, x, k.label)] });
  items.forEach((broken, i) =>
    broken.forEach((b, j) => {
      const lines = [line(b, x + indent, k.items[i]!)];
      if (k.firstOnLabelLine && i === 0 && j === 0) lines.unshift(line(labelBroken, x, k.label));
      slices.push({ ...emptySlice("kinhGui", k.items[i]!.source, height), lines });
    }),
  );
  slices[0]!.spaceBefore = profile.title.gapAfterPt;
  return slices;
}
