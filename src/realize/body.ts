import type { Block } from "../model/document.js";
import { plainText, runsOf } from "../model/inline.js";
import type { ElementName, Profile } from "../layout/schema.js";
import { headingMarker, SectionCounter, toRoman } from "../text/labels.js";
import { withEndMark } from "../text/punctuation.js";
import { articleIsTitled, endMarkCarrier, isTitleBlock } from "../text/end-mark.js";
import { inline, mostlyUpper, upperRuns } from "./text.js";
import type { PrintedBlock, PrintedParagraph, PrintedText } from "./printed.js";

const PT_PER_MM = 72 / 25.4;

/** Appends the profile's end mark ("./.") to the last run of the last block that can carry one (spec §7.2). */
export function withEndMarkOnLast(blocks: Block[], mark: string): Block[] {
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

interface Counters {
  sections: SectionCounter;
  articles: Record<string, number>;
}

/** Turns body blocks into printed paragraphs and tables: labels numbered, titles in caps, styles named. */
export function realizeBlocks(blocks: Block[], profile: Profile, path: string, endMark: string): PrintedBlock[] {
  const counters: Counters = { sections: new SectionCounter(), articles: {} };
  const marked = withEndMarkOnLast(blocks, endMark);
  return marked.flatMap((block, i) => realizeBlock(block, profile, `${path}[${i}]`, counters));
}

function paragraph(profile: Profile, text: PrintedText, block: string, extra: Partial<PrintedParagraph> = {}): PrintedParagraph {
  const p = profile.paragraph;
  return {
    type: "paragraph",
    text,
    align: "justify",
    indent: p.firstLineIndentMm * PT_PER_MM,
    keepWithNext: false,
    spaceBefore: 0,
    spaceAfter: p.spaceAfterPt,
    block,
    ...extra,
  };
}

function realizeBlock(block: Block, profile: Profile, at: string, counters: Counters): PrintedBlock[] {
  const para = (content: Parameters<typeof inline>[0], style: ElementName, prefix?: string, extra?: Partial<PrintedParagraph>) =>
    paragraph(profile, inline(content, style, `${at}.content`, prefix ? { text: prefix } : undefined), at, extra);
  switch (block.type) {
    case "paragraph":
      return [para(block.content, "body")];
    case "item":
      return [para(block.content, "body", `${block.marker} `)];
    case "basis":
      return [para(block.content, "basis", profile.paragraph.basisPrefix)];
    case "enactment":
      return [paragraph(profile, upperRuns(inline(block.content, "article", `${at}.content`)), at, { align: "center", indent: 0, keepWithNext: true })];
    case "heading": {
      const label = block.label ?? counters.sections.next(block.level);
      if (block.label) counters.sections.adopt(block.level, block.label);
      const marker = `${headingMarker(block.level, label, profile.paragraph.headingPunctuation)} `;
      const titled = isTitleBlock(block);
      if (block.level === 1) {
        // §7.1 level 1: a caps title, bold, on its own line; a title already in caps keeps its exceptions.
        const text = inline(block.content, "heading1", `${at}.content`);
        const caps = mostlyUpper(plainText(block.content)) ? text : upperRuns(text);
        return [paragraph(profile, { ...caps, runs: [{ text: marker }, ...caps.runs] }, at, { keepWithNext: titled })];
      }
      if (titled && block.level !== 4) return [para(block.content, "headingTitled", marker, { keepWithNext: true })];
      return [para(block.content, "body", marker)];
    }
    case "article": {
      const n = (counters.articles[block.unit] = (counters.articles[block.unit] ?? 0) + 1);
      if (block.unit === "dieu") {
        // "Điều 1." is bold; the rest is bold when it is a title, plain when it is the article's text.
        const titled = articleIsTitled(block);
        const text = inline(block.title, titled ? "article" : "body", `${at}.title`, { text: `Điều ${block.label ?? n}. `, bold: true });
        return [paragraph(profile, text, at, { keepWithNext: titled })];
      }
      const word = block.unit === "chuong" ? "Chương" : "Mục";
      const label = block.label ?? (block.unit === "chuong" ? toRoman(n) : String(n));
      const centred = { align: "center" as const, indent: 0, keepWithNext: true };
      return [
        paragraph(profile, { runs: [{ text: `${word} ${label}` }], style: "article", source: "generated" }, at, { ...centred, spaceBefore: 6, spaceAfter: 0 }),
        paragraph(profile, upperRuns(inline(block.title, "article", `${at}.title`)), at, centred),
      ];
    }
    case "table":
      return [
        {
          type: "table",
          rows: block.rows.map((row, r) => row.map((cell, c) => inline(cell, "table", `${at}.rows[${r}][${c}]`))),
          headerRows: block.headerRows ?? 0,
          ...(block.widths ? { widths: block.widths } : {}),
          spaceAfter: profile.paragraph.spaceAfterPt,
          block: at,
        },
      ];
  }
}
