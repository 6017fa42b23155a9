import { mm, type Fonts, type PageBox } from "../geometry.js";
import type { Profile, Style } from "../schema.js";
import type { Line, Region, Rule } from "../pages.js";
import type { PrintedClosing, PrintedText } from "../../realize/printed.js";
import { balancedLines } from "../inline/balance.js";
import { breakLines } from "../inline/break.js";
import { wordsOf } from "../inline/words.js";
import { setLine } from "../inline/set.js";
import { emptySlice, KEEP, type Slice } from "./slice.js";

/** Fewest recipient lines that stay beside the signature when the band must continue (L-BAND-3). */
const MIN_RECIPIENT_LINES = 2;
/** Room between a group's lines and the bar drawn beside them. */
const GROUP_BAR_GAP = 3;

interface LeftLine {
  line: Line;
  height: number;
  /** A group's bar spans these lines. */
  group?: number;
}

/** A line box of `text` in `style`: height and where its baseline sits. */
function metrics(fonts: Fonts, style: Style) {
  const face = fonts.styleFace(style);
  return { height: fonts.lineHeight(face, style.size), ascent: fonts.ascent(face, style.size) };
}

/**
 * The closing band (spec §2.1, §5, §6.2): Nơi nhận on the left, the signature block centred on
 * the right, "Nơi nhận:" on the first signature line's baseline (R-RCPT-1). Returns its slices:
 * one when the band fits a page (it is never split, L-BAND-1); otherwise a head with the whole
 * signature block and the first recipient lines, then the remaining recipient lines one by one,
 * continuing at the top of the next page in the left column (L-BAND-3).
 */
export function bandSlices(c: PrintedClosing, profile: Profile, box: PageBox, fonts: Fonts, pageHeight: number): Slice[] {
  const el = profile.elements;
  const leftWidth = (box.textWidth * profile.columns.closingLeftPercent) / 100;
  const rightX = box.left + leftWidth;
  const rightWidth = box.textWidth - leftWidth;

  // Right column: authority, delegation and title lines (balanced if too wide), space, name.
  const sigFirst = el[c.signatureLines[0]!.style];
  const label = metrics(fonts, el.recipientsLabel);
  const firstBaseline = Math.max(label.ascent, metrics(fonts, sigFirst).ascent);
  const right: Line[] = [];
  let ry = firstBaseline - metrics(fonts, sigFirst).ascent;
  const addRight = (text: PrintedText, style: Style) => {
    const m = metrics(fonts, style);
    for (const b of balancedLines(text, style, style.size, rightWidth, fonts)) {
      right.push(setLine(b, rightX, ry + m.ascent, rightWidth, "center", text.source, text.style));
      ry += m.height;
    }
  };
  for (const t of c.signatureLines) addRight(t, el[t.style]);
  const imageTop = ry;
  ry += mm(c.signatureSpaceMm);
  const imageBottom = ry;
  addRight(c.name, el.signerName);
  const signatureHeight = ry;

  // Left column: the label, recipient lines (wrapped in the column), groups with their bar, Lưu.
  const left: LeftLine[] = [];
  const labelLine = setLine(breakLines(wordsOf(c.label, el.recipientsLabel, fonts), leftWidth, leftWidth, fonts)[0]!, box.left, firstBaseline, leftWidth, "left", c.label.source, c.label.style);
  left.push({ line: labelLine, height: firstBaseline - label.ascent + label.height });
  const rs = metrics(fonts, el.recipients);
  const addLeft = (text: PrintedText, width: number, align: "left" | "right", group?: number) => {
    for (const b of breakLines(wordsOf(text, el.recipients, fonts), width, width, fonts)) {
      left.push({ line: setLine(b, box.left, rs.ascent, width, align, text.source, text.style), height: rs.height, ...(group !== undefined ? { group } : {}) });
    }
  };
  c.recipients.forEach((r, i) => {
    if (r.kind === "line") addLeft(r.text, leftWidth, "left");
    else {
      for (const l of r.lines) addLeft(l, leftWidth - GROUP_BAR_GAP - 2, "left", i);
      addLeft(r.note, leftWidth, "right");
    }
  });
  addLeft(c.archive, leftWidth, "left");

  const leftHeight = left.reduce((s, l) => s + l.height, 0);
  const total = Math.max(leftHeight, signatureHeight);
  const signatureRegions = (): Region[] => {
    const imageWidth = Math.min(rightWidth, mm(60));
    const image = { name: "signatureImage", x: rightX + (rightWidth - imageWidth) / 2, y: imageTop, w: imageWidth, h: imageBottom - imageTop };
    const sealSide = Math.min(imageBottom - imageTop + mm(10), mm(40));
    return [
      { name: "signature", x: rightX, y: 0, w: rightWidth, h: signatureHeight },
      image,
      // NĐ 30 ô 8: the seal over the left third of the signature.
      { name: "seal", x: image.x + image.w / 3 - sealSide / 2, y: (imageTop + imageBottom) / 2 - sealSide / 2, w: sealSide, h: sealSide },
    ];
  };

  // Stack left lines into slices: the head takes lines until it is as tall as the signature.
  const stackLeft = (items: LeftLine[], top: number): { lines: Line[]; rules: Rule[]; height: number } => {
    const lines: Line[] = [];
    const rules: Rule[] = [];
    let y = top;
    let bar: { group: number; from: number; to: number } | undefined;
    const closeBar = () => {
      if (bar) rules.push({ x1: box.left + leftWidth - GROUP_BAR_GAP, y1: bar.from, x2: box.left + leftWidth - GROUP_BAR_GAP, y2: bar.to, width: 0.6, role: "recipientGroup" });
      bar = undefined;
    };
    for (const it of items) {
      lines.push({ ...it.line, y: it.line.y + y });
      if (it.group !== undefined) {
        if (bar && bar.group !== it.group) closeBar();
        bar ??= { group: it.group, from: y, to: y };
        bar.to = y + it.height;
      } else closeBar();
      y += it.height;
    }
    closeBar();
    return { lines, rules, height: y - top };
  };

  if (total <= pageHeight) {
    const s = stackLeft(left, 0);
    return [
      {
        ...emptySlice("band", "recipients", total),
        lines: [...s.lines, ...right],
        rules: s.rules,
        regions: [{ name: "band", x: box.left, y: 0, w: box.textWidth, h: total }, { name: "recipients", x: box.left, y: 0, w: leftWidth, h: leftHeight }, ...signatureRegions()],
        spaceBefore: 6,
        keep: KEEP.band,
      },
    ];
  }
  let headCount = 0;
  let headHeight = 0;
  while (headCount < left.length && (headHeight < signatureHeight || headCount < 1 + MIN_RECIPIENT_LINES)) headHeight += left[headCount++]!.height;
  const head = stackLeft(left.slice(0, headCount), 0);
  const headTotal = Math.max(head.height, signatureHeight);
  const slices: Slice[] = [
    {
      ...emptySlice("band", "recipients", headTotal),
      lines: [...head.lines, ...right],
      rules: head.rules,
      regions: [{ name: "band", x: box.left, y: 0, w: box.textWidth, h: headTotal }, { name: "recipients", x: box.left, y: 0, w: leftWidth, h: head.height }, ...signatureRegions()],
      spaceBefore: 6,
      keep: KEEP.band,
    },
  ];
  for (const it of left.slice(headCount)) {
    const s = stackLeft([it], 0);
    slices.push({
      ...emptySlice("band", it.line.source, it.height),
      lines: s.lines,
      rules: s.rules,
      regions: [{ name: "recipients", x: box.left, y: 0, w: leftWidth, h: it.height }],
    });
  }
  return slices;
}
