import type { Block, Inline, Run } from "../../model/document.js";
import { plainText, runsOf } from "../../model/inline.js";
import { blockFromLine, isBasisLine } from "../../readers/text-body.js";
import { inlineFromRuns, mergeRuns } from "../../text/inline-marks.js";
import { looksLikeTitle, recognizeMarker } from "../../text/markers.js";
import type { DraftIssue } from "../errors.js";
import { SEPARATOR } from "./fields.js";
import type { NumberedLine, PathLine } from "./read-header.js";
import type { ValueResolver } from "./resolver.js";

export interface BodyResult {
  blocks: Block[];
  issues: DraftIssue[];
  lines: PathLine[];
}

/** A marker with nothing after it ("II.", "1.2.", "a)", "-"): a heading or item without text. */
const BARE_MARKER = /^(?:[IVXLC]+\s*[.-]|\d{1,2}(?:\.\d{1,2})*\.|[a-zđ]\)|[-–+])$/u;
/** Markdown heading marks ("## THÔNG BÁO") are not part of the syntax. */
const MARKDOWN_HEADING = /^#{1,6}(\s|$)/u;
/** The end mark is the writer's; the model keeps the paragraph's final "." (see common conventions). */
const END_MARK = /\.\/\.\s*$/u;

/** Paragraphs: runs of non-blank lines, joined with a space. Returns each with its first line. */
function paragraphs(lines: NumberedLine[], resolver: ValueResolver, issues: DraftIssue[]): NumberedLine[] {
  const out: NumberedLine[] = [];
  let open: NumberedLine | undefined;
  for (const { line, text } of lines) {
    const t = text.trim();
    if (t === "") {
      open = undefined;
      continue;
    }
    const shown = resolver.resolve(t);
    if (SEPARATOR.test(t)) {
      issues.push({ line, path: "body", vi: 'dòng "---" chỉ dùng một lần, giữa tiêu đề và nội dung', en: 'a "---" line appears once, between the header and the body' });
      continue;
    }
    if (MARKDOWN_HEADING.test(t)) {
      issues.push({ line, path: "body", vi: `dấu "#" của markdown không dùng ở đây; viết "I. …" / "1. …": "${shown}"`, en: `markdown "#" headings are not part of the syntax; write "I. …" / "1. …": "${shown}"` });
      continue;
    }
    if (BARE_MARKER.test(t)) {
      issues.push({ line, path: "body", vi: `đề mục không có nội dung: "${shown}"`, en: `a heading or item marker without text: "${shown}"` });
      continue;
    }
    if (open) {
      // A marker inside a paragraph is ambiguous: a new block, or a wrapped line?
      if (recognizeMarker(t)) {
        issues.push({
          line,
          path: "body",
          vi: `dòng bắt đầu bằng đề mục nhưng nối tiếp đoạn ở dòng ${open.line}; thêm một dòng trống trước nó: "${shown}"`,
          en: `this line starts with a marker but continues the paragraph of line ${open.line}; put a blank line before it: "${shown}"`,
        });
        continue;
      }
      open.text += ` ${t}`;
    } else {
      open = { line, text: t };
      out.push(open);
    }
  }
  return out;
}

function resolveInline(content: Inline, resolver: ValueResolver): Inline {
  const runs: Run[] = runsOf(content).map((r) => ({ ...r, text: resolver.resolve(r.text) }));
  return inlineFromRuns(mergeRuns(runs));
}

/**
 * One paragraph to a block with the shared recognition (blockFromLine). Markers and emphasis
 * come from the text as written; template values are put back into the block's content
 * afterwards, so a value can never turn a paragraph into a heading or item.
 */
function toBlock(text: string, allowBasis: boolean, resolver: ValueResolver): Block {
  const block = blockFromLine(text, { allowBasis });
  if (!resolver.holdsValue(text)) return block;
  switch (block.type) {
    case "heading": {
      const content = resolveInline(block.content, resolver);
      return { ...block, content, titled: looksLikeTitle(plainText(content), block.level) };
    }
    case "item":
      return { ...block, content: resolveInline(block.content, resolver) };
    case "paragraph":
    case "basis": {
      const content = resolveInline(block.content, resolver);
      // A basis line is recognised by its words ("Căn cứ …"), which may well come from data.
      const basis = allowBasis && isBasisLine(plainText(content));
      return { type: basis ? "basis" : "paragraph", content };
    }
    default:
      return block;
  }
}

function withoutEndMark(block: Block): Block {
  if (!("content" in block)) return block;
  const runs = runsOf(block.content);
  const last = runs[runs.length - 1];
  if (!last || !END_MARK.test(last.text)) return block;
  runs[runs.length - 1] = { ...last, text: last.text.replace(END_MARK, ".") };
  return { ...block, content: inlineFromRuns(runs) } as Block;
}

/** Reads the body lines (after the separator): one block per blank-line separated paragraph. */
export function readBody(lines: NumberedLine[], resolver: ValueResolver): BodyResult {
  const issues: DraftIssue[] = [];
  const blocks: Block[] = [];
  const pathLines: PathLine[] = [];
  let seenHeading = false;
  for (const para of paragraphs(lines, resolver, issues)) {
    const block = toBlock(para.text, !seenHeading, resolver);
    if (block.type === "heading") seenHeading = true;
    pathLines.push({ path: `body[${blocks.length}]`, line: para.line });
    blocks.push(block);
  }
  if (blocks.length === 0) {
    const line = lines[0]?.line ?? 1;
    issues.push({ line, path: "body", vi: "nội dung văn bản trống", en: "the body is empty" });
  } else {
    blocks[blocks.length - 1] = withoutEndMark(blocks[blocks.length - 1]!);
  }
  return { blocks, issues, lines: pathLines };
}
