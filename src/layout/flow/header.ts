import { mm, type Fonts, type PageBox } from "../geometry.js";
import type { Profile, Style } from "../schema.js";
import type { Frame, Line, Region, Rule } from "../pages.js";
import type { PrintedHeader, PrintedStamp, PrintedText } from "../../realize/printed.js";
import { balancedLines, fitGroup } from "../inline/balance.js";
import { setLine } from "../inline/set.js";
import { wordsOf } from "../inline/words.js";
import { breakLines } from "../inline/break.js";
import { emptySlice, type Slice } from "./slice.js";

/** Lines stacked in a column, each centred, single-spaced; returns the lines and the bottom. */
class Column {
  lines: Line[] = [];
  rules: Rule[] = [];
  frames: Frame[] = [];
  constructor(
    readonly x: number,
    readonly width: number,
    public y: number,
    private readonly fonts: Fonts,
  ) {}

  /** Adds broken lines of `text` at `size`, centred; returns the widths of the lines added. */
  add(broken: ReturnType<typeof breakLines>, text: PrintedText, style: Style, size: number): Line[] {
    const face = this.fonts.styleFace(style);
    const height = this.fonts.lineHeight(face, size);
    const ascent = this.fonts.ascent(face, size);
    const added = broken.map((b) => {
      const line = setLine(b, this.x, this.y + ascent, this.width, "center", text.source, text.style);
      this.y += height;
      return line;
    });
    this.lines.push(...added);
    return added;
  }

  /** A centred rule `length` long, `gap` below the last line. */
  rule(length: number, gap: number, widthPt: number, role: string): Rule {
    const x1 = this.x + Math.max(0, (this.width - length) / 2);
    const rule = { x1, y1: this.y + gap, x2: x1 + Math.min(length, this.width), y2: this.y + gap, width: widthPt, role };
    this.rules.push(rule);
    this.y += gap + widthPt;
    return rule;
  }
}

/** A framed stamp centred in a column (R-MARK-1/2): the frame's fixed size or one fitted to its text. */
export function stampInto(col: Column, stamp: PrintedStamp, profile: Profile, fonts: Fonts, gap: number): void {
  const style = profile.elements[stamp.text.style];
  const face = fonts.styleFace(style);
  const textWidth = fonts.width(stamp.text.runs.map((r) => r.text).join(""), face, style.size);
  const w = Math.min(col.width, stamp.widthMm ? Math.max(mm(stamp.widthMm), textWidth + 4) : textWidth + 12);
  const h = mm(stamp.heightMm);
  const x = col.x + (col.width - w) / 2;
  const top = col.y + gap;
  col.frames.push({ x, y: top, w, h, width: 0.8, color: stamp.color, role: stamp.text.source });
  const words = wordsOf(stamp.text, style, fonts);
  const broken = breakLines(words, w - 4, w - 4, fonts);
  const line = setLine(broken[0]!, x + 2, top + (h - fonts.lineHeight(face, style.size)) / 2 + fonts.ascent(face, style.size), w - 4, "center", stamp.text.source, stamp.text.style);
  col.lines.push({ ...line, spans: line.spans.map((s) => ({ ...s, color: stamp.color })) });
  col.y = top + h;
}

export interface HeaderGeometry {
  left: number;
  leftWidth: number;
  right: number;
  rightWidth: number;
}

export function headerGeometry(profile: Profile, box: PageBox): HeaderGeometry {
  const leftOuter = (box.textWidth * profile.columns.headerLeftPercent) / 100;
  return { left: box.left, leftWidth: leftOuter - mm(profile.columns.headerGutterMm), right: box.left + leftOuter, rightWidth: box.textWidth - leftOuter };
}

/**
 * The two-column header band of page 1 (spec §2.1–2.4) as one slice: issuer block with its rule
 * or "*" | national title and motto (or the Party's name) ruled as long as the last line; then
 * number and date on one baseline (R-NUM-6); then V/v and stamps under the number.
 */
export function headerSlice(h: PrintedHeader, profile: Profile, box: PageBox, fonts: Fonts): Slice {
  const g = headerGeometry(profile, box);
  const el = profile.elements;
  const rulePt = profile.header.ruleWidthPt;
  const regions: Region[] = [];
  let top = 0;
  const draftFrames: Frame[] = [];
  const draftLines: Line[] = [];
  if (h.draftMark) {
    const col = new Column(box.left, g.leftWidth, 0, fonts);
    stampInto(col, h.draftMark, profile, fonts, 0);
    const frame = col.frames[0]!;
    col.frames[0] = { ...frame, x: box.left };
    col.lines[0] = { ...col.lines[0]!, x: col.lines[0]!.x - (frame.x - box.left), spans: col.lines[0]!.spans.map((s) => ({ ...s, x: s.x - (frame.x - box.left) })) };
    draftFrames.push(...col.frames);
    draftLines.push(...col.lines);
    regions.push({ name: "draftMark", x: box.left, y: 0, w: frame.w, h: frame.h });
    top = col.y + 6;
  }

  // Left column: superior (plain) and issuing body (bold), each group fitted (L-HDR-1).
  const left = new Column(g.left, g.leftWidth, top, fonts);
  const sup = fitGroup(h.superior, el.superior, g.leftWidth, fonts);
  h.superior.forEach((t, i) => left.add(sup.lines[i]!, t, el.superior, sup.size));
  const iss = fitGroup(h.issuer, el.issuer, g.leftWidth, fonts);
  const issuerLines = h.issuer.flatMap((t, i) => left.add(iss.lines[i]!, t, el.issuer, iss.size));
  regions.push({ name: "issuer", x: g.left, y: top, w: g.leftWidth, h: left.y - top });
  const mark = h.issuerMark;
  if (mark.kind === "rule") {
    // R-HDR-3: 1/3 to 1/2 of the issuing body's widest printed line, centred.
    const widest = Math.max(...issuerLines.map((l) => l.width));
    const rule = left.rule(widest * mark.ratio, 2, rulePt, "issuerRule");
    regions.push({ name: "issuerMark", x: rule.x1, y: rule.y1 - rulePt, w: rule.x2 - rule.x1, h: 2 * rulePt });
  } else {
    const at = left.y;
    left.add(breakLines(wordsOf(mark.text, el.issuer, fonts, iss.size), g.leftWidth, g.leftWidth, fonts), mark.text, el.issuer, iss.size); // P-HDR-2
    regions.push({ name: "issuerMark", x: g.left, y: at, w: g.leftWidth, h: left.y - at });
  }

  // Right column: each line kept whole (they are the regulation's own words), the last ruled (R-HDR-2, P-HDR-1).
  const right = new Column(g.right, g.rightWidth, top, fonts);
  let last: Line | undefined;
  for (const t of h.right) {
    const fitted = fitGroup([t], el[t.style], g.rightWidth, fonts);
    last = right.add(fitted.lines[0]!, t, el[t.style], fitted.size).at(-1);
  }
  regions.push({ name: "nationalTitle", x: g.right, y: top, w: g.rightWidth, h: right.y - top });
  const motto = right.rule(last!.width, 2, rulePt, "mottoRule");
  regions.push({ name: "mottoRule", x: motto.x1, y: motto.y1 - rulePt, w: motto.x2 - motto.x1, h: 2 * rulePt });

  // Number | date on one baseline (R-NUM-6); the date keeps to one line, a point smaller if it must.
  const rowTop = Math.max(left.y, right.y) + profile.header.gapBeforeNumberPt;
  const num = fitGroup([h.number], el.number, g.leftWidth, fonts);
  const date = fitGroup([h.date], el.date, g.rightWidth, fonts);
  const numFace = fonts.styleFace(el.number);
  const dateFace = fonts.styleFace(el.date);
  const baseline = rowTop + Math.max(fonts.ascent(numFace, num.size), fonts.ascent(dateFace, date.size));
  const numberCol = new Column(g.left, g.leftWidth, baseline - fonts.ascent(numFace, num.size), fonts);
  numberCol.add(num.lines[0]!, h.number, el.number, num.size);
  const dateCol = new Column(g.right, g.rightWidth, baseline - fonts.ascent(dateFace, date.size), fonts);
  dateCol.add(date.lines[0]!, h.date, el.date, date.size);
  regions.push({ name: "number", x: g.left, y: rowTop, w: g.leftWidth, h: numberCol.y - rowTop });
  regions.push({ name: "date", x: g.right, y: rowTop, w: g.rightWidth, h: dateCol.y - rowTop });

  // Under the number: the công văn's V/v (box 5b, balanced lines), then the stamps (boxes 10, 11).
  if (h.vv) {
    numberCol.y += profile.vv.gapPt;
    const at = numberCol.y;
    numberCol.add(balancedLines(h.vv, el.vv, el.vv.size, g.leftWidth, fonts), h.vv, el.vv, el.vv.size);
    regions.push({ name: "vv", x: g.left, y: at, w: g.leftWidth, h: numberCol.y - at });
  }
  if (h.stamps.length) {
    const at = numberCol.y;
    for (const s of h.stamps) stampInto(numberCol, s, profile, fonts, 6);
    regions.push({ name: "stamps", x: g.left, y: at, w: g.leftWidth, h: numberCol.y - at });
  }
  const height = Math.max(numberCol.y, dateCol.y);
  return {
    ...emptySlice("header", "issuer", height),
    lines: [...draftLines, ...left.lines, ...right.lines, numberCol.lines[0]!, ...dateCol.lines, ...numberCol.lines.slice(1)],
    rules: [...left.rules, ...right.rules],
    frames: [...draftFrames, ...numberCol.frames],
    regions,
  };
}

