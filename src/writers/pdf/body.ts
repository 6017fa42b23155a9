import type { Content, ContentText } from "pdfmake/interfaces.js";
import type { Block, Inline, Run } from "../../model/document.js";
import { plainText, runsOf } from "../../model/inline.js";
import type { Style } from "../../layout/schema.js";
import { upperVi } from "../../text/case.js";
import { headingMarker, SectionCounter, toRoman } from "../../text/labels.js";
import { withEndMark } from "../../text/punctuation.js";
import { articleIsTitled, endMarkCarrier, isTitleBlock } from "../../text/end-mark.js";
import { mm, style, textProps, type RenderContext } from "./context.js";

type Margin = [number, number, number, number];

/**
 * Words with "-" or "/" inside ("24-KH/TU", "Covid-19", "b/c") are kept whole: pdfmake would
 * otherwise break them into pieces and justification would widen the gap after each "-" or
 * "/", printing "24- KH/ TU", the very spacing R-CITE-1 forbids.
 */
const INNER_BREAK = /(\S*[-/–]\S* ?)/u;

export function inlineText(runs: Run[]): ContentText["text"] {
  return runs.flatMap((r) => {
    const style = {
      ...(r.bold ? { bold: true } : {}),
      ...(r.italic ? { italics: true } : {}),
      ...(r.underline ? { decoration: "underline" as const } : {}),
    };
    return r.text
      .split(INNER_BREAK)
      .filter((part) => part !== "")
      .map((part) => (INNER_BREAK.test(part) && !/\s/.test(part.trimEnd()) ? { text: part, noWrap: true, ...style } : { text: part, ...style }));
  });
}

/** A body paragraph (R-BODY-1/2): justified, first-line indent, exact line spacing, space after. */
function paragraph(ctx: RenderContext, runs: Run[], s: Style, extra: Partial<ContentText> = {}): ContentText {
  const p = ctx.profile.paragraph;
  return {
    text: inlineText(runs),
    ...textProps(s),
    alignment: "justify",
    leadingIndent: mm(p.firstLineIndentMm),
    lineHeight: p.lineSpacingPt / ctx.measure.lineHeight(s),
    margin: [0, 0, 0, p.spaceAfterPt] as Margin,
    ...extra,
  };
}

function prefixed(prefix: string, content: Inline | Run[]): Run[] {
  const runs = Array.isArray(content) ? runsOf(content as Inline) : runsOf(content);
  return prefix ? [{ text: prefix }, ...runs] : runs;
}

function mostlyUpper(text: string): boolean {
  const letters = [...text].filter((c) => c.toLowerCase() !== c.toUpperCase());
  return letters.filter((c) => c === c.toUpperCase()).length >= letters.length * 0.8;
}

function headingBlock(ctx: RenderContext, block: Extract<Block, { type: "heading" }>, counter: SectionCounter): Content {
  let label: string;
  if (block.label) {
    label = block.label;
    counter.adopt(block.level, label);
  } else label = counter.next(block.level);
  const marker = headingMarker(block.level, label, ctx.profile.paragraph.headingPunctuation);
  const titled = isTitleBlock(block);
  const runs = runsOf(block.content);
  if (block.level === 1) {
    // §7.1 level 1: Roman marker and a caps title, bold, on its own line. A title the author
    // already wrote in caps keeps its exceptions ("ĐỀ XUẤT (Nếu có)").
    const caps = mostlyUpper(plainText(block.content)) ? runs : runs.map((r) => ({ ...r, text: upperVi(r.text) }));
    return { ...paragraph(ctx, prefixed(`${marker} `, caps), style(ctx, "heading1")), headlineLevel: 1 };
  }
  if (titled && block.level !== 4) {
    return { ...paragraph(ctx, prefixed(`${marker} `, runs), style(ctx, "headingTitled")), headlineLevel: block.level };
  }
  return paragraph(ctx, prefixed(`${marker} `, runs), style(ctx, "body"));
}

function articleBlock(ctx: RenderContext, block: Extract<Block, { type: "article" }>, counters: Record<string, number>): Content {
  const s = style(ctx, "article");
  counters[block.unit] = (counters[block.unit] ?? 0) + 1;
  const n = counters[block.unit]!;
  if (block.unit === "dieu") {
    // "Điều 1." is bold; the rest is bold when it is a title, plain when it is the article's text.
    const label = block.label ?? String(n);
    const titled = articleIsTitled(block);
    const body = titled ? s : { ...s, bold: false };
    const content = paragraph(ctx, [{ text: `Điều ${label}. `, bold: true }, ...runsOf(block.title)], body);
    return titled ? { ...content, headlineLevel: 3 } : content;
  }
  const word = block.unit === "chuong" ? "Chương" : "Mục";
  const label = block.label ?? (block.unit === "chuong" ? toRoman(n) : String(n));
  const title = runsOf(block.title).map((r) => ({ ...r, text: upperVi(r.text) }));
  return {
    stack: [
      { text: `${word} ${label}`, ...textProps(s), alignment: "center" },
      { text: inlineText(title), ...textProps(s), alignment: "center" },
    ],
    margin: [0, 6, 0, ctx.profile.paragraph.spaceAfterPt],
    headlineLevel: block.unit === "chuong" ? 1 : 2,
  };
}

function tableBlock(ctx: RenderContext, block: Extract<Block, { type: "table" }>): Content {
  const s = style(ctx, "table");
  const header = block.headerRows ?? 0;
  const columns = Math.max(...block.rows.map((r) => r.length));
  const body = block.rows.map((row, ri) => {
    const cells = row.map((cell) => ({
      text: inlineText(runsOf(cell)),
      ...textProps(s),
      ...(ri < header ? { bold: true, alignment: "center" as const } : {}),
    }));
    while (cells.length < columns) cells.push({ text: [], ...textProps(s) });
    return cells;
  });
  return {
    table: { headerRows: header, widths: block.widths ?? Array(columns).fill("*"), body, dontBreakRows: true },
    margin: [0, 0, 0, ctx.profile.paragraph.spaceAfterPt],
  };
}

/** Appends the profile's end mark ("./.") to the last run of the last block, when it can carry one (spec §7.2). */
function withEndMarkOnLast(blocks: Block[], mark: string): Block[] {
  const last = blocks.length - 1;
  const target = blocks[last];
  const carrier = target && endMarkCarrier(target);
  if (!mark || !target || carrier === undefined) return blocks;
  const runs = runsOf(carrier);
  const tail = runs[runs.length - 1]!;
  const marked = [...runs.slice(0, -1), { ...tail, text: withEndMark(tail.text, mark) }];
  const replaced = target.type === "article" ? { ...target, title: marked } : { ...target, content: marked };
  return [...blocks.slice(0, last), replaced as Block];
}

/** The body blocks as pdfmake content, one element per block. */
export function bodyContent(ctx: RenderContext): Content[] {
  const counter = new SectionCounter();
  const articleCounters: Record<string, number> = {};
  const blocks = withEndMarkOnLast(ctx.doc.body, ctx.profile.endMark);
  return blocks.map((block): Content => {
    switch (block.type) {
      case "heading":
        return headingBlock(ctx, block, counter);
      case "paragraph":
        return paragraph(ctx, runsOf(block.content), style(ctx, "body"));
      case "item":
        return paragraph(ctx, prefixed(`${block.marker} `, block.content), style(ctx, "body"));
      case "basis":
        return paragraph(ctx, prefixed(ctx.profile.paragraph.basisPrefix, block.content), style(ctx, "basis"));
      case "article":
        return articleBlock(ctx, block, articleCounters);
      case "enactment":
        return paragraph(ctx, runsOf(block.content).map((r) => ({ ...r, text: upperVi(r.text) })), style(ctx, "article"), {
          alignment: "center",
          leadingIndent: 0,
        });
      case "table":
        return tableBlock(ctx, block);
    }
  });
}
