import type { Block, Inline } from "../../model/document.js";
import { recognizeMarker } from "../../text/markers.js";
import { blockFromLine, isBasisLine } from "../text-body.js";
import type { ArchiveLine } from "./lines.js";
import type { Entry } from "./noise.js";
import type { WarningLog } from "./warnings.js";

export interface BodyReading {
  blocks: Block[];
  /** The input lines of each block, in order. */
  blockLines: ArchiveLine[][];
}

// A line ending like this closes its sentence; anything else may go on on the next line.
const SENTENCE_END = /[.:;!?]["”’)\]*_]*$/u;
// A paragraph longer than this is not rejoined further: no real paragraph is, and it bounds
// the work of reading one logical line.
const MAX_PARAGRAPH = 20_000;
// Reading emphasis costs up to (number of "*") × (line length); past this, "*" stays literal.
const MAX_EMPHASIS_WORK = 4_000_000;

function startsLikeContinuation(plain: string): boolean {
  return /^[\p{Ll}\p{N}]/u.test(plain.replace(/^[\s("“‘'[*_]+/u, ""));
}

function continues(previous: string, previousLength: number, l: ArchiveLine): boolean {
  if (SENTENCE_END.test(previous) || previousLength + l.text.length > MAX_PARAGRAPH) return false;
  if (recognizeMarker(l.plain) !== undefined || isBasisLine(l.plain)) return false;
  return startsLikeContinuation(l.plain);
}

/**
 * The body: each line to a block through the shared body rules (blockFromLine), after
 * rejoining paragraphs broken by hard line breaks, and across an empty line when the break
 * falls in mid-sentence (a page break of the scan, seeds 000 and 001). Legal-basis lines count
 * only before the first heading. A trailing "./." is not kept: the writer adds the end mark.
 */
export function readBody(entries: readonly Entry[], log: WarningLog): BodyReading {
  const logical: { parts: string[]; lines: ArchiveLine[]; length: number }[] = [];
  let blankSince = false;
  for (const e of entries) {
    if (e.role === "blank") {
      blankSince = true;
      continue;
    }
    if (e.role === "star" || e.role === "rule") {
      log.add(e.l.line, e.role === "star" ? "stray-star" : "markdown-rule");
      blankSince = true;
      continue;
    }
    const current = logical[logical.length - 1];
    if (current && continues(current.lines[current.lines.length - 1]!.plain, current.length, e.l)) {
      if (blankSince) log.add(e.l.line, "paragraph-rejoined");
      current.parts.push(e.l.text);
      current.lines.push(e.l);
      current.length += e.l.text.length + 1;
    } else logical.push({ parts: [e.l.text], lines: [e.l], length: e.l.text.length });
    blankSince = false;
  }

  const blocks: Block[] = [];
  let seenHeading = false;
  for (const p of logical) {
    const text = p.parts.join(" ");
    let stars = 0;
    for (let k = text.indexOf("*"); k >= 0; k = text.indexOf("*", k + 1)) stars++;
    const emphasis = stars * text.length <= MAX_EMPHASIS_WORK;
    if (!emphasis) log.add(p.lines[0]!.line, "emphasis-skipped");
    const block = blockFromLine(text, { allowBasis: !seenHeading, emphasis });
    if (block.type === "heading") seenHeading = true;
    blocks.push(block);
  }
  // The end mark closes the text; pages after it (annexes read as text) leave it on an earlier block.
  for (let k = 0; k < blocks.length; k++) {
    if (k === blocks.length - 1 || END_MARK.test(lastText(blocks[k]!).slice(-12))) blocks[k] = withoutEndMark(blocks[k]!);
  }
  return { blocks, blockLines: logical.map((p) => p.lines) };
}

/** A line the reader could not place, kept in the body as a paragraph of its own. */
export function looseBlock(l: ArchiveLine): Block {
  return blockFromLine(l.text, { allowBasis: false, emphasis: l.text.length < 2000 });
}

const END_MARK = /(?<!\s)\s*\.\s*\/\s*\.\s*$/u;

/** The text a block ends with (its last run). */
function lastText(block: Block): string {
  const content = block.type === "article" ? block.title : "content" in block ? block.content : "";
  if (typeof content === "string") return content;
  const last = content.at(-1);
  return typeof last === "string" ? last : (last?.text ?? "");
}

function stripEndMark(content: Inline): Inline {
  if (typeof content === "string") return content.replace(END_MARK, ".");
  const parts = [...content];
  const lastIndex = parts.length - 1;
  const last = parts[lastIndex]!;
  parts[lastIndex] = typeof last === "string" ? last.replace(END_MARK, ".") : { ...last, text: last.text.replace(END_MARK, ".") };
  return parts;
}

function withoutEndMark(block: Block): Block {
  switch (block.type) {
    case "heading":
    case "paragraph":
    case "item":
    case "basis":
      return { ...block, content: stripEndMark(block.content) };
    case "article":
      return { ...block, title: stripEndMark(block.title) };
    default:
      return block;
  }
}
