import type { Line, Page } from "../../layout/pages.js";
import type { Printed } from "../../realize/printed.js";
import { BODY_ROLES, detail, find, type PageContext } from "./context.js";

const FIX = "Báo lỗi cho nhóm phát triển vanban";

interface BodyLine {
  page: number;
  line: Line;
}

/** The flowing body lines of the main text and the annexes, in order (table rows included). */
function bodyLines(pages: Page[]): BodyLine[] {
  return pages.flatMap((p) => p.lines.filter((l) => BODY_ROLES.has(l.role)).map((line) => ({ page: p.index, line })));
}

/** Whether a line is a title that keeps with what follows, as realize decided (L-HEAD-1). */
function titleTest(printed: Printed): (line: Line) => boolean {
  const titles = new Set<string>();
  for (const blocks of [printed.body, ...printed.annexes.map((a) => a.body)]) {
    for (const b of blocks) if (b.type === "paragraph" && b.keepWithNext) titles.add(b.text.source);
  }
  // "Chương II" / "Mục 1" label lines are generated and kept with their title.
  return (line) => titles.has(line.source) || (line.source === "generated" && line.role === "article");
}

/** L-WIDOW-1: a paragraph split across pages keeps at least 2 lines on each side. */
export function widows(ctx: PageContext) {
  const out = [];
  const lines = bodyLines(ctx.pages.pages).filter((b) => b.line.role !== "table");
  for (let i = 0; i < lines.length; ) {
    let j = i;
    while (j < lines.length && lines[j]!.line.source === lines[i]!.line.source) j++;
    const run = lines.slice(i, j);
    for (let k = 1; k < run.length; k++) {
      if (run[k]!.page !== run[k - 1]!.page && (k < 2 || run.length - k < 2)) {
        out.push(...find(ctx, "L-WIDOW-1", detail(run[0]!.line.source, "đoạn văn bị tách để lại một dòng đơn lẻ ở đầu hoặc cuối trang", "a paragraph split across pages leaves a single line on one side", "≥ 2 lines on each side", `${k} | ${run.length - k}`, FIX)));
      }
    }
    i = j;
  }
  return out;
}

/** L-HEAD-1: a title line is never the last body line of its page. */
export function headings(ctx: PageContext) {
  const out = [];
  const pages = ctx.pages.pages;
  const lines = bodyLines(pages);
  const isTitle = titleTest(ctx.printed);
  for (let i = 0; i < lines.length - 1; i++) {
    const here = lines[i]!;
    const next = lines[i + 1]!;
    // A title that ends its section (the body before the band, an annex) has nothing to keep with.
    if (pages[here.page]!.section !== pages[next.page]!.section) continue;
    // A run of titles taller than what is left must end a page somewhere: only a title followed by text counts.
    if (isTitle(here.line) && !isTitle(next.line) && next.page !== here.page && next.line.source !== here.line.source) {
      out.push(...find(ctx, "L-HEAD-1", detail(here.line.source, `đề mục đứng cuối trang ${here.page + 1}`, `a title ends page ${here.page + 1}`, "kept with what follows", "last line of its page", FIX)));
    }
  }
  return out;
}

/** L-BAND-1/3: the signature with the label, the band with the body's last lines; L-BAND-2: the page before is full. */
export function band(ctx: PageContext) {
  const out = [];
  const pages = ctx.pages.pages;
  const labelPage = pages.find((p) => p.lines.some((l) => l.role === "recipientsLabel"));
  if (!labelPage) return find(ctx, "L-BAND-1", detail("recipients", "không có khối nơi nhận", "no closing band", "Nơi nhận | signature", "", FIX));
  const label = labelPage.lines.find((l) => l.role === "recipientsLabel")!;
  for (const p of pages) {
    for (const l of p.lines) {
      if ((l.role === "signatureAuthority" || l.role === "signatureTitle" || l.role === "signerName") && p !== labelPage) {
        out.push(...find(ctx, "L-BAND-1", detail(l.source, "khối chữ ký bị tách khỏi nơi nhận", "the signature block is split from Nơi nhận", `page ${labelPage.index + 1}`, `page ${p.index + 1}`, FIX)));
      }
    }
  }
  const main = pages.filter((p) => p.section === "main");
  const body = bodyLines(main);
  const above = body.filter((b) => b.page === labelPage.index && b.line.y < label.y);
  // Blank table rows print no line: their rules show they are there.
  const rowsAbove = labelPage.rules.some((r) => r.role === "table" && r.y1 < label.y && r.y1 > (above[0]?.line.y ?? 0));
  if (body.length >= 2 && above.length < 2 && !rowsAbove) {
    out.push(...find(ctx, "L-BAND-1", detail("recipients", "khối nơi nhận đứng riêng, không kèm hai dòng cuối của nội dung", "the closing band stands without the body's last two lines", "≥ 2 body lines above it", String(above.length), FIX)));
  }
  // L-BAND-2: more body lines went over with the band than its keep rules take (2, or an unsplittable
  // paragraph of 3 with the title before it), although the page before had room for all of them.
  const before = main.find((p) => p.index === labelPage.index - 1);
  // A table row is one unit however many lines its cells take; titles go with what follows (L-HEAD-1).
  const isTitle = titleTest(ctx.printed);
  const units = new Set(above.filter((b) => !isTitle(b.line)).map((b) => (b.line.role === "table" ? b.line.source.replace(/\[\d+\]$/u, "") : `${b.line.source}@${b.line.y}`))).size;
  if (before && units > 4) {
    const spacing = ctx.profile.paragraph.lineSpacingPt;
    const lastBefore = body.filter((b) => b.page === before.index).at(-1);
    const bottom = before.height - ctx.profile.page.margins.bottom * (72 / 25.4);
    const room = lastBefore ? bottom - lastBefore.line.y : bottom;
    const needed = above.at(-1)!.line.y - above[0]!.line.y + spacing;
    if (room >= needed) {
      out.push(...find(ctx, "L-BAND-2", detail("body", `trang ${before.index + 1} còn chỗ cho ${units} dòng đã bị đẩy sang trang có chữ ký`, `page ${before.index + 1} had room for the ${units} lines moved to the signature page`, "≤ 4 lines moved", `${units} lines`, FIX)));
    }
  }
  return out;
}
