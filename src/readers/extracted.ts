import type { Block, Inline, Run, Table } from "../model/document.js";
import type { DocumentIssue } from "../model/errors.js";
import { validateDocument } from "../model/parse.js";
import { inlineFromRuns, mergeRuns } from "../text/inline-marks.js";
import { importText } from "./archive/import-text.js";
import type { ImportOptions, ImportResult, ImportWarning, PartialDocument } from "./archive/types.js";

/** A remark of a file reader (a conversion, a page that needs OCR), for the import's warnings. */
export interface ReaderNote {
  code: string;
  vi: string;
  en: string;
  /** The line of the extracted text it is about, when there is one. */
  line?: number;
}

/**
 * What a file reader (Word, PDF, legacy text) gives the archive reader: the document as lines
 * of text in the form importText understands (the two columns of the header and of the closing
 * band one after the other, "**" around bold runs and "*" around italic ones), the body's
 * tables, each standing in the text as a placeholder line of its own, and the reader's notes.
 */
export interface Extracted {
  text: string;
  tables: Table[];
  notes: ReaderNote[];
  /** The text came from a laid-out file (Word, PDF): the style of whole blocks is the layout's. */
  laidOut?: boolean;
  /**
   * Legal bases were set in italics (as vanban and R-BODY-4 set them): a "Căn cứ …" block in
   * upright type is an ordinary paragraph that happens to start with those words.
   */
  italicBases?: boolean;
  /** Parts of the file that could not be read (a scanned page): the import is then never valid. */
  errors?: DocumentIssue[];
}

/** The line that stands for the body table `index` in extracted text. */
export function tablePlaceholder(index: number): string {
  return `\uE000vanban-table-${index}\uE000`;
}
const PLACEHOLDER = /^\uE000vanban-table-(\d+)\uE000$/u;

const MARKER = /^(?:[IVXLC]+\.|\d+(?:\.\d+)*\.|[a-zđ]\)|[-+])\s+(?=\S)/u;

/**
 * Runs as text with markdown emphasis, the spaces at a run's edges kept outside its marks
 * ("**Điều 1.** Nay …"), so that importText reads the same runs back.
 */
export function runsToMarkdown(runs: readonly Run[]): string {
  let out = "";
  const merged = mergeRuns(runs.map((r) => ({ ...r })));
  // A heading's or item's marker stays outside the emphasis ("I. **MỤC ĐÍCH**"), so that it is
  // recognised; the model keeps no style on labels.
  const first = merged[0];
  const marker = first && (first.bold || first.italic) ? MARKER.exec(first.text) : null;
  if (marker && first) {
    out += marker[0];
    merged[0] = { ...first, text: first.text.slice(marker[0].length) };
  }
  for (const run of merged) {
    // Marks, stars and rules ("*", "-----") are written as they are: emphasis marks around them would read as more marks.
    const literal = !/[\p{L}\p{N}]/u.test(run.text);
    const mark = literal ? "" : run.bold && run.italic ? "***" : run.bold ? "**" : run.italic ? "*" : "";
    const m = /^(\s*)([\s\S]*?)(\s*)$/u.exec(run.text)!;
    out += mark && m[2] ? `${m[1]}${mark}${m[2]}${mark}${m[3]}` : run.text;
  }
  return out;
}

function noteWarnings(notes: readonly ReaderNote[], lines: readonly string[]): ImportWarning[] {
  return notes.map((n) => {
    const line = Math.min(Math.max(1, n.line ?? 1), Math.max(1, lines.length));
    return { line, text: lines[line - 1] ?? "", code: n.code, vi: n.vi, en: n.en };
  });
}

/** Puts the body's tables back where their placeholders stand. */
function withTables(body: readonly Block[], tables: readonly Table[]): Block[] {
  return body.map((block) => {
    if (block.type !== "paragraph" || typeof block.content !== "string") return block;
    const m = PLACEHOLDER.exec(block.content.trim());
    const table = m ? tables[Number(m[1])] : undefined;
    return table ?? block;
  });
}

function allItalic(content: Inline): boolean {
  return typeof content !== "string" && content.every((r) => (typeof r === "string" ? r.trim() === "" : r.italic === true || r.text.trim() === ""));
}

/** A block's content with a style dropped when every run of it carries that style. */
function withoutUniform(content: Inline, style: "bold" | "italic"): Inline {
  if (typeof content === "string") return content;
  const text = content.filter((r) => (typeof r === "string" ? r.trim() !== "" : r.text.trim() !== ""));
  if (text.length === 0 || !text.every((r) => typeof r !== "string" && r[style])) return content;
  const runs = content.map((r) => {
    if (typeof r === "string") return { text: r };
    const { [style]: _dropped, ...rest } = r;
    return rest;
  });
  const inline = inlineFromRuns(mergeRuns(runs));
  return inline === "" ? content : inline;
}

/**
 * The style a writer gives a kind of block (titled headings and articles bold, legal bases
 * italic) is the block's, not its text's: read from a laid-out file, it is dropped, as the
 * model keeps it in the block type.
 */
function withoutLayoutStyle(block: Block): Block {
  switch (block.type) {
    case "heading":
    case "enactment":
      return { ...block, content: withoutUniform(withoutUniform(block.content, "bold"), "italic") };
    case "article":
      return { ...block, title: withoutUniform(withoutUniform(block.title, "bold"), "italic") };
    case "basis":
      return { ...block, content: withoutUniform(block.content, "italic") };
    default:
      return block;
  }
}

/** importText on what a file reader extracted, with its tables and notes put back. */
export function importExtracted(extracted: Extracted, options: ImportOptions = {}): ImportResult {
  const result = importText(extracted.text, options);
  const lines = extracted.text.split("\n");
  const warnings = [...noteWarnings(extracted.notes, lines), ...result.warnings].sort((a, b) => a.line - b.line);
  if (extracted.tables.length === 0 && !extracted.laidOut) return { ...result, warnings };
  let body = result.document.body as Block[] | undefined;
  if (body && extracted.italicBases) body = body.map((b) => (b.type === "basis" && !allItalic(b.content) ? { type: "paragraph", content: b.content } : b));
  if (body && extracted.laidOut) body = body.map(withoutLayoutStyle);
  if (body) body = withTables(body, extracted.tables);
  const document = { ...result.document, ...(body ? { body } : {}) } as PartialDocument;
  const validation = validateDocument(document);
  return validation.ok
    ? { ok: true, document: validation.document, errors: [], warnings, fields: result.fields, source: result.source }
    : { ok: false, document, errors: validation.issues, warnings, fields: result.fields, source: result.source };
}
