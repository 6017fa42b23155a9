// Page-1 checks of a rendered document against the spec's rules, shared by the example tests.
import { expect } from "vitest";
import type { Document } from "../../src/model/document.js";
import type { Profile } from "../../src/layout/schema.js";
import { isCongVan, kindName } from "../../src/model/kinds.js";
import { plainText } from "../../src/model/inline.js";
import { upperVi } from "../../src/text/case.js";
import { dateLineOf, numberLineOf } from "../../src/realize/symbol.js";
import { fold, joinLines, linesOf, type PageInfo, type TextItem } from "../support/pdf-inspect.js";

export const MM = 72 / 25.4;

export function geometry(profile: Profile) {
  const left = profile.page.margins.left * MM;
  const right = (profile.page.widthMm - profile.page.margins.right) * MM;
  const width = right - left;
  const split = left + (width * profile.columns.headerLeftPercent) / 100;
  const gutter = profile.columns.headerGutterMm * MM;
  return { left, right, width, split, gutter, closingSplit: left + (width * profile.columns.closingLeftPercent) / 100 };
}

/** The first item on the page whose text starts with `text` (items can be whole lines). */
export function item(page: PageInfo, text: string): TextItem {
  const hit = page.items.find((i) => i.str.startsWith(text)) ?? page.items.find((i) => i.str.includes(text));
  expect(hit, `"${text}" on page ${page.number}`).toBeDefined();
  return hit!;
}

/** R-… size and emphasis: the item is set as the profile says, and inside the spec's range. */
export function expectStyle(it: TextItem, s: { size: number; bold?: boolean; italic?: boolean }, range?: [number, number]) {
  expect(it.size, `size of "${it.str}"`).toBeCloseTo(s.size, 1);
  expect(it.bold, `bold of "${it.str}"`).toBe(!!s.bold);
  expect(it.italic, `italic of "${it.str}"`).toBe(!!s.italic);
  if (range) {
    expect(it.size).toBeGreaterThanOrEqual(range[0]);
    expect(it.size).toBeLessThanOrEqual(range[1]);
  }
}

function within(it: TextItem, from: number, to: number) {
  expect(it.x, `"${it.str}" starts inside its column`).toBeGreaterThanOrEqual(from - 0.5);
  expect(it.x + it.width, `"${it.str}" ends inside its column`).toBeLessThanOrEqual(to + 0.5);
}

/** The rule nearest below a text item. */
export function ruleUnder(page: PageInfo, it: TextItem) {
  const below = page.rules
    .filter((r) => r.y > it.y && r.y - it.y < 12 && r.x2 > it.x && r.x1 < it.x + it.width)
    .sort((a, b) => a.y - b.y);
  expect(below.length, `a rule under "${it.str}"`).toBeGreaterThan(0);
  return below[0]!;
}

export function expectHeader(page: PageInfo, doc: Document, profile: Profile) {
  const g = geometry(profile);
  const el = profile.elements;
  // Left column: issuer.
  for (const line of doc.issuer.superior ?? []) {
    const it = item(page, upperVi(line));
    within(it, g.left, g.split);
    expectStyle(it, el.superior, profile.family === "party" ? undefined : [12, 13]); // R-HDR-3: not bold
  }
  let widestIssuer: TextItem | undefined;
  for (const line of doc.issuer.body) {
    const it = item(page, upperVi(line));
    within(it, g.left, g.split - g.gutter); // the gutter keeps the issuer off the national title
    expectStyle(it, el.issuer, profile.family === "party" ? undefined : [12, 13]); // R-HDR-3: caps bold
    if (!widestIssuer || it.width > widestIssuer.width) widestIssuer = it;
  }
  const last = item(page, upperVi(doc.issuer.body[doc.issuer.body.length - 1]!));
  if (profile.header.issuerMark.kind === "rule") {
    const rule = ruleUnder(page, last);
    const ratio = rule.width / widestIssuer!.width;
    expect(ratio, "R-HDR-3 issuer rule 1/3..1/2").toBeGreaterThanOrEqual(1 / 3);
    expect(ratio).toBeLessThanOrEqual(1 / 2);
    const centre = (rule.x1 + rule.x2) / 2;
    expect(Math.abs(centre - (last.x + last.width / 2))).toBeLessThan(1);
  } else {
    // P-HDR-2: a centred "*" under the issuer, and no rule.
    const star = page.items.find((i) => i.str.trim() === "*" && i.y > last.y);
    expect(star, "P-HDR-2 star").toBeDefined();
    expect(Math.abs(star!.x + star!.width / 2 - (last.x + last.width / 2))).toBeLessThan(2);
    expect(page.rules.filter((r) => r.x2 <= g.split && r.y < last.y + 20)).toHaveLength(0);
  }

  // Right column: national title and motto, or the Party's name (R-HDR-1, R-HDR-2, P-HDR-1).
  const rightLines = profile.header.right;
  for (const line of rightLines) {
    const it = item(page, line.text);
    within(it, g.split, g.right);
    expectStyle(it, el[line.element], line.element === "nationalTitle" ? [12, 13] : line.element === "motto" ? [13, 14] : undefined);
  }
  const lastRight = item(page, rightLines[rightLines.length - 1]!.text);
  const rule = ruleUnder(page, lastRight);
  expect(Math.abs(rule.width - lastRight.width), "rule as wide as the motto, within 1 mm").toBeLessThan(MM);
  expect(Math.abs(rule.x1 - lastRight.x)).toBeLessThan(MM);

  // Number and date: same baseline (R-NUM-6), each in its column, set as the spec says.
  const number = item(page, numberLineOf(doc, profile));
  const date = item(page, dateLineOf(doc, profile));
  within(number, g.left, g.split);
  within(date, g.split, g.right);
  expect(Math.abs(number.y - date.y), "R-NUM-6 number and date share a baseline").toBeLessThan(0.5);
  expectStyle(number, el.number, profile.family === "party" ? undefined : [13, 13]); // R-NUM: 13 regular
  expect(date.italic, "R-DATE-4 italic").toBe(true);
  expect(date.size).toBeGreaterThanOrEqual(el.date.size - 1);
  if (profile.family !== "party") expect(date.size).toBeGreaterThanOrEqual(13);
  expect(date.str).toMatch(/^[\p{Lu}][^,]*, ngày (\d{2}|\s+) tháng (\d{1,2}|\s+) năm (\d{4}|20\.\.)$/u); // R-DATE-1
  return { number, date };
}

export function expectTitle(page: PageInfo, doc: Document, profile: Profile, number: TextItem) {
  const g = geometry(profile);
  const el = profile.elements;
  if (isCongVan(doc.kind)) {
    // R-VV-1: no type-name line; "V/v …" under the number, centred in the left column, regular.
    expect(page.items.find((i) => i.str === upperVi(kindName(doc.kind)))).toBeUndefined();
    // The summary line opens with the profile's prefix ("V/v "; none in a Party công văn, HD 36).
    const vv = item(page, `${profile.vv.prefix}${doc.subject.split(/\s+/u)[0]}`);
    within(vv, g.left, g.split);
    expectStyle(vv, el.vv, profile.family === "party" ? undefined : [12, 13]);
    expect(vv.y).toBeGreaterThan(number.y);
    return;
  }
  const kind = item(page, upperVi(kindName(doc.kind)));
  expectStyle(kind, el.kindName, profile.family === "party" ? [15, 17] : [13, 14]); // R-TITLE-1, P-TITLE-1
  expect(Math.abs(kind.x + kind.width / 2 - (g.left + g.right) / 2), "type name centred").toBeLessThan(1);
  const subjectStart = doc.subject.split(" ").slice(0, 3).join(" ");
  const subject = item(page, subjectStart);
  expectStyle(subject, el.subject, [13, 15]);
  expect(subject.y).toBeGreaterThan(kind.y);
  const subjectLines = page.items.filter((i) => i.y >= subject.y && i.y < subject.y + 60 && i.bold && i.size === subject.size && fold(doc.subject).includes(fold(i.str)));
  const lastSubject = subjectLines[subjectLines.length - 1]!;
  if (profile.title.subjectMark.kind === "rule") {
    const rule = ruleUnder(page, lastSubject);
    const widest = Math.max(...subjectLines.map((i) => i.width));
    const ratio = rule.width / Math.min(widest, g.width);
    expect(ratio, "R-TITLE-1 subject rule 1/3..1/2").toBeGreaterThanOrEqual(1 / 3 - 0.01);
    expect(ratio).toBeLessThanOrEqual(1 / 2);
  } else {
    const sep = page.items.find((i) => i.str.trim() === (profile.title.subjectMark as { text: string }).text && i.y > lastSubject.y);
    expect(sep, "party separator under the subject").toBeDefined();
  }
}

/** Page numbers (R-PGNUM-1): none on page 1, each later page shows its own index in the top margin. */
export function expectPageNumbers(pages: PageInfo[], profile: Profile) {
  const top = profile.page.margins.top * MM;
  const g = geometry(profile);
  const inMargin = (p: PageInfo) => p.items.filter((i) => i.y < top);
  expect(inMargin(pages[0]!), "page 1 shows no number").toHaveLength(0);
  for (const page of pages.slice(1)) {
    const numbers = inMargin(page);
    expect(numbers.map((i) => i.str.trim()), `page ${page.number}`).toEqual([String(page.number)]);
    const n = numbers[0]!;
    expectStyle(n, profile.elements.pageNumber, [13, 14]);
    const centre = n.x + n.width / 2;
    expect(Math.abs(centre - (g.left + g.right) / 2), "centred over the text").toBeLessThan(1.5);
  }
}

/** The closing band sits on one page, "Nơi nhận:" on the line of the first signature line. */
export function expectClosing(pages: PageInfo[], doc: Document, profile: Profile) {
  const g = geometry(profile);
  const label = pages.flatMap((p) => p.items.filter((i) => i.str.startsWith(profile.recipients.label)).map((i) => ({ p, i })));
  expect(label, "one Nơi nhận label").toHaveLength(1);
  const { p: page, i: labelItem } = label[0]!;
  const name = page.items.find((i) => i.str.trim() === doc.signature.name.trim());
  expect(name, "the signer's name is on the label's page").toBeDefined();
  const firstSig = upperVi(doc.signature.authority?.[0] ?? doc.signature.delegation ?? doc.signature.title);
  const first = item(page, firstSig);
  expect(Math.abs(first.y - labelItem.y), "R-RCPT-1 same line as the first signature line").toBeLessThan(0.5);
  expect(Math.abs(labelItem.x - g.left), "label at the left margin").toBeLessThan(0.5);
  const el = profile.elements;
  expectStyle(labelItem, el.recipientsLabel, profile.family === "party" ? undefined : [12, 12]);
  if (el.recipientsLabel.underline) {
    const rule = ruleUnder(page, labelItem);
    expect(Math.abs(rule.width - labelItem.width)).toBeLessThan(2);
  }
  expectStyle(first, el.signatureAuthority, [13, 14]); // R-SIG-1
  const title = page.items.find((i) => i.str.trim() === upperVi(doc.signature.title) && i.x >= g.closingSplit - 0.5);
  expect(title, "the signer's title line").toBeDefined();
  expectStyle(title!, el.signatureTitle, [13, 14]);
  expectStyle(name!, el.signerName, [13, 14]);
  expect(first.x).toBeGreaterThanOrEqual(g.closingSplit - 0.5);
  const lines = page.items.filter((i) => i.y > labelItem.y && i.x < g.closingSplit && i.str.startsWith(profile.recipients.itemPrefix));
  expect(lines.length).toBeGreaterThan(0);
  for (const l of lines) expectStyle(l, el.recipients, profile.family === "party" ? undefined : [11, 11]); // R-RCPT-2
  const archive = lines[lines.length - 1]!;
  expect(archive.str.trim()).toMatch(profile.family === "party" ? /^- Lưu [^:].*\.$/ : /^- Lưu: VT(, [^,]+)*\.$/);
  // There is body text above the band on its page.
  const bodyAbove = page.items.filter(
    (i) => i.y < labelItem.y && i.y > profile.page.margins.top * MM && (i.size === el.body.size || i.size === el.table.size) && !i.bold,
  );
  expect(bodyAbove.length, "closing band not alone on its page").toBeGreaterThan(0);
}

/**
 * R-BODY-1/2: a body line followed by a continuation line (one line spacing below, starting at
 * the left margin) is justified from margin (or first-line indent) to margin.
 */
export function expectBodyEdges(pages: PageInfo[], profile: Profile, rightTolerance = 0.5) {
  const g = geometry(profile);
  const indent = profile.paragraph.firstLineIndentMm * MM;
  const spacing = profile.paragraph.lineSpacingPt;
  const body = profile.elements.body.size;
  let checked = 0;
  let paragraphGaps = 0;
  for (const page of pages) {
    const lines = linesOf(page.items.filter((i) => i.size === body && i.y > profile.page.margins.top * MM)).filter(
      (l) => l.x < g.split,
    );
    for (let k = 0; k + 1 < lines.length; k++) {
      const a = lines[k]!;
      const b = lines[k + 1]!;
      const gap = b.y - a.y;
      if (Math.abs(b.x - g.left) > 0.5) {
        // A new paragraph starts: at least the paragraph spacing above it (R-BODY-2).
        if (Math.abs(b.x - (g.left + indent)) < 0.5 && gap > spacing + 1) {
          expect(gap).toBeGreaterThanOrEqual(spacing + profile.paragraph.spaceAfterPt - 0.5);
          paragraphGaps++;
        }
        continue;
      }
      if (Math.abs(gap - spacing) > 0.5) continue;
      const starts = Math.abs(a.x - g.left) < 0.5 || Math.abs(a.x - (g.left + indent)) < 0.5;
      expect(starts, `"${a.text.slice(0, 30)}" starts at the margin or the indent`).toBe(true);
      expect(Math.abs(a.x2 - g.right), `"${a.text.slice(0, 30)}" reaches the right margin`).toBeLessThan(rightTolerance);
      checked++;
    }
  }
  expect(checked, "justified lines checked").toBeGreaterThan(0);
  expect(paragraphGaps, "paragraph gaps checked").toBeGreaterThan(0);
}

/** Nothing is lost: every body block's text appears in the PDF, in order. */
export function expectBodyInOrder(pages: PageInfo[], doc: Document, profile: Profile) {
  // Only the text block: page numbers in the top margin and the footer are not body text.
  const top = profile.page.margins.top * MM;
  const bottom = (profile.page.heightMm - profile.page.margins.bottom) * MM;
  const all = fold(pages.map((p) => joinLines(p.items.filter((i) => i.y > top && i.y < bottom))).join("\n"));
  const upperAll = upperVi(all);
  let from = 0;
  for (const [i, block] of doc.body.entries()) {
    if (block.type === "table") continue;
    const text = fold(block.type === "article" ? plainText(block.title) : plainText(block.content));
    // Level-1 titles print in caps: compare those case-insensitively.
    const level1 = block.type === "heading" && block.level === 1;
    const probe = text.replace(/\.\/\.$/, "");
    const at = level1 ? upperAll.indexOf(upperVi(probe), from) : all.indexOf(probe, from);
    expect(at, `body[${i}] "${probe.slice(0, 50)}…" appears after body[${i - 1}]`).toBeGreaterThanOrEqual(0);
    from = at + 1;
  }
}

/** R-PAGE-2: everything but the page number and the contact footer lies inside the margins. */
export function expectMargins(pages: PageInfo[], profile: Profile) {
  const { margins, heightMm } = profile.page;
  const g = geometry(profile);
  for (const page of pages) {
    for (const it of page.items) {
      if (it.str.trim() === String(page.number) && it.y < margins.top * MM) continue; // page number
      if (it.size === profile.elements.footer.size && it.y > (heightMm - margins.bottom) * MM) continue; // footer
      expect(it.x, `"${it.str.slice(0, 20)}" left of the margin`).toBeGreaterThanOrEqual(g.left - 0.5);
      expect(it.x + it.width, `"${it.str.slice(0, 20)}" past the right margin`).toBeLessThanOrEqual(g.right + 0.5);
      expect(it.y - it.size * 0.9, `"${it.str.slice(0, 20)}" above the top margin`).toBeGreaterThanOrEqual(margins.top * MM - 0.5);
      expect(it.y, `"${it.str.slice(0, 20)}" below the bottom margin`).toBeLessThanOrEqual((heightMm - margins.bottom) * MM + 0.5);
    }
  }
}
