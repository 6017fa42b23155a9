import type { Element } from "@xmldom/xmldom";
import type { Inline, Run, Table } from "../../model/document.js";
import { inlineFromRuns, mergeRuns } from "../../text/inline-marks.js";
import { encodingOfFont, tcvn3ToUnicode, vniToUnicode, type LegacyEncoding } from "../decode/legacy.js";
import { runsToMarkdown, tablePlaceholder, type Extracted, type ReaderNote } from "../extracted.js";
import { foldVi } from "../archive/lines.js";
import { mergeProps, runPropsOf, Styles, type RunProps } from "./styles.js";
import { readZipParts } from "./zip.js";
import { attr, child, children, parseXml, toggle, W_NS } from "./xml.js";

/** A paragraph as read: its runs (tabs and line breaks kept in the text), alignment, text boxes in it. */
interface Para {
  kind: "p";
  runs: Run[];
  align?: string;
  boxes: Block[];
}
interface Tbl {
  kind: "tbl";
  rows: { cells: Block[][]; header: boolean }[];
  borderless: boolean;
}
type Block = Para | Tbl;

interface Context {
  styles: Styles;
  /** Runs converted from each legacy encoding, for the note. */
  converted: Map<LegacyEncoding, number>;
}

// Some elements are only wrappers around runs or blocks; deleted text and field codes are not read.
const RUN_WRAPPERS = new Set(["hyperlink", "ins", "smartTag", "fldSimple", "customXml", "sdt", "sdtContent", "moveTo", "bdo", "dir"]);
const BLOCK_WRAPPERS = new Set(["sdt", "sdtContent", "customXml", "ins", "moveTo"]);

function textBoxes(el: Element, ctx: Context): Block[] {
  // mc:AlternateContent holds the same box twice (Choice, Fallback): the first is read.
  const scope = el.localName === "AlternateContent" ? children(el)[0] : el;
  if (!scope) return [];
  const out: Block[] = [];
  const boxes = scope.getElementsByTagNameNS(W_NS, "txbxContent");
  for (let i = 0; i < boxes.length; i++) {
    const box = boxes.item(i)!;
    // A box inside another box is read with the outer one.
    let nested = false;
    for (let p = box.parentNode; p && p !== scope; p = p.parentNode) if ((p as Element).localName === "txbxContent") nested = true;
    if (!nested) out.push(...readBlocks(box, ctx));
  }
  return out;
}

function convert(text: string, props: RunProps, ctx: Context): string {
  const legacy = encodingOfFont(props.font);
  if (!legacy) return text.replace(/\u00AD/gu, "");
  if (!/[^\x00-\x7f]/u.test(text)) return legacy.capitals ? text.toUpperCase() : text;
  ctx.converted.set(legacy.encoding, (ctx.converted.get(legacy.encoding) ?? 0) + 1);
  return legacy.encoding === "tcvn3" ? tcvn3ToUnicode(text, { capitals: legacy.capitals }) : vniToUnicode(text);
}

function readRun(r: Element, base: RunProps, ctx: Context, para: Para): void {
  const rPr = child(r, "rPr");
  const props = mergeProps(base, ctx.styles.run(attr(child(rPr, "rStyle"), "val")), runPropsOf(rPr));
  let text = "";
  for (const c of children(r)) {
    switch (c.localName) {
      case "t":
        text += c.textContent ?? "";
        break;
      case "tab":
        text += "\t";
        break;
      case "br":
      case "cr":
        text += "\n";
        break;
      case "noBreakHyphen":
        text += "-";
        break;
      case "softHyphen":
        // Byte 0xAD: "ư" in TCVN3; an invisible hyphenation point in any other font.
        text += "\u00AD";
        break;
      case "sym": {
        const code = Number.parseInt(attr(c, "char") ?? "", 16);
        if (Number.isFinite(code) && code > 0 && code < 0x110000) text += String.fromCodePoint(code);
        break;
      }
      case "drawing":
      case "pict":
      case "object":
      case "AlternateContent":
        para.boxes.push(...textBoxes(c, ctx));
        break;
    }
  }
  if (!text) return;
  const run: Run = { text: convert(text, props, ctx) };
  if (props.bold) run.bold = true;
  if (props.italic) run.italic = true;
  para.runs.push(run);
}

function collectRuns(el: Element, base: RunProps, ctx: Context, para: Para): void {
  for (const c of children(el)) {
    if (c.localName === "r") readRun(c, base, ctx, para);
    else if (RUN_WRAPPERS.has(c.localName ?? "")) collectRuns(c, base, ctx, para);
    else if (c.localName === "AlternateContent") para.boxes.push(...textBoxes(c, ctx));
  }
}

function readParagraph(p: Element, ctx: Context): Para {
  const pPr = child(p, "pPr");
  const styleId = attr(child(pPr, "pStyle"), "val");
  const base = mergeProps(ctx.styles.defaults, ctx.styles.run(styleId));
  const para: Para = { kind: "p", runs: [], boxes: [] };
  const align = attr(child(pPr, "jc"), "val") ?? ctx.styles.align(styleId);
  if (align) para.align = align;
  collectRuns(p, base, ctx, para);
  return para;
}

function isBorderless(tbl: Element): boolean {
  const borders = child(child(tbl, "tblPr"), "tblBorders");
  const style = attr(child(child(tbl, "tblPr"), "tblStyle"), "val") ?? "";
  if (!borders) return !/grid|table/i.test(style);
  return children(borders).every((b) => ["nil", "none"].includes(attr(b, "val") ?? "none"));
}

function readTable(tbl: Element, ctx: Context): Tbl {
  const rows: Tbl["rows"] = [];
  for (const tr of children(tbl)) {
    if (tr.localName !== "tr") continue;
    const header = toggle(child(tr, "trPr"), "tblHeader") === true;
    const cells: Block[][] = [];
    for (const tc of children(tr)) {
      if (tc.localName === "tc") {
        // A cell merged into the one above (vMerge without "restart") repeats nothing.
        const vMerge = child(child(tc, "tcPr"), "vMerge");
        cells.push(vMerge && attr(vMerge, "val") !== "restart" ? [] : readBlocks(tc, ctx));
      }
    }
    if (cells.length) rows.push({ cells, header });
  }
  return { kind: "tbl", rows, borderless: isBorderless(tbl) };
}

function readBlocks(container: Element, ctx: Context): Block[] {
  const out: Block[] = [];
  for (const c of children(container)) {
    if (c.localName === "p") out.push(readParagraph(c, ctx));
    else if (c.localName === "tbl") out.push(readTable(c, ctx));
    else if (BLOCK_WRAPPERS.has(c.localName ?? "")) out.push(...readBlocks(c, ctx));
  }
  return out;
}

/** Every paragraph of some blocks, tables and text boxes flattened in reading order. */
function paragraphs(blocks: readonly Block[]): Para[] {
  const out: Para[] = [];
  for (const b of blocks) {
    if (b.kind === "p") {
      out.push(b, ...paragraphs(b.boxes));
    } else for (const row of b.rows) for (const cell of row.cells) out.push(...paragraphs(cell));
  }
  return out;
}

const plainOf = (p: Para) => p.runs.map((r) => r.text).join("");

// What a header band or closing band holds: the national title, the Party's title, the number,
// "Nơi nhận", an authority line (TM., KT., TUQ., Q.).
const BAND_CUES = /(?:^|\n)\s*(?:cong hoa xa hoi|dang cong san viet nam|doc lap|so\s*[:\d]|noi nhan|t\s*[/.]?\s*m\b|k\s*[/.]?\s*t\b|tuq\b|q\s*\.)/u;

/**
 * A table that lays out the header or the closing band rather than holding data: two or three
 * columns, a few rows, and the band's own elements in its cells, drawn without borders or short.
 */
function isBand(t: Tbl): boolean {
  const columns = Math.max(...t.rows.map((r) => r.cells.length));
  if (t.rows.length === 0 || t.rows.length > 4 || columns < 2 || columns > 3) return false;
  const text = foldVi(paragraphs([t]).map(plainOf).join("\n"));
  return BAND_CUES.test(text) && (t.borderless || t.rows.length <= 2);
}

function cellInline(blocks: readonly Block[]): Inline {
  const runs: Run[] = [];
  for (const p of paragraphs(blocks)) {
    if (runs.length && p.runs.length) runs.push({ text: " " });
    runs.push(...p.runs.map((r) => ({ ...r, text: r.text.replace(/\s+/gu, " ") })));
  }
  const merged = mergeRuns(runs);
  const inline = inlineFromRuns(merged);
  if (typeof inline === "string") return inline.trim() ? inline.trim() : [""];
  return inline;
}

function dataTable(t: Tbl): Table {
  const width = Math.max(...t.rows.map((r) => r.cells.length));
  const rows = t.rows.map((r) => {
    const cells = r.cells.map(cellInline);
    while (cells.length < width) cells.push([""]);
    return cells;
  });
  const first = t.rows[0];
  const firstBold = first !== undefined && paragraphs(first.cells.flat()).every((p) => p.runs.every((r) => r.bold || !r.text.trim()));
  const table: Table = { type: "table", rows };
  if (first?.header || (firstBold && t.rows.length > 1)) table.headerRows = 1;
  return table;
}

/** A paragraph as lines of text with markdown emphasis: its line breaks become lines. */
function paraLines(p: Para): string[] {
  const lines: Run[][] = [[]];
  for (const r of p.runs) {
    const parts = r.text.split("\n");
    parts.forEach((part, i) => {
      if (i > 0) lines.push([]);
      if (part) lines[lines.length - 1]!.push({ ...r, text: part });
    });
  }
  return lines.map((runs) => runsToMarkdown(runs).replace(/\s+$/u, ""));
}

/**
 * Reads a .docx into lines for the archive reader. The layout says what the text cannot: a band
 * table's columns are written one after the other (so that the issuer never mixes with the
 * national title, nor recipients with the signature), bold and italic runs become "**" and "*",
 * and data tables are kept whole as table blocks. Legacy fonts (.VnTime, VNI-Times) are
 * converted to Unicode, with a note.
 */
export function readDocx(bytes: Uint8Array): Extracted {
  const parts = readZipParts(bytes, ["word/document.xml", "word/styles.xml"]);
  const documentXml = parts.get("word/document.xml");
  if (!documentXml) throw new DocxError({ vi: "tệp nén không có word/document.xml: không phải tệp Word .docx", en: "the zip has no word/document.xml: not a Word .docx file" });
  const stylesXml = parts.get("word/styles.xml");
  const ctx: Context = { styles: new Styles(stylesXml ? parseXml(stylesXml, "word/styles.xml") : undefined), converted: new Map() };
  const body = child(parseXml(documentXml, "word/document.xml").documentElement ?? undefined, "body");
  if (!body) throw new DocxError({ vi: "word/document.xml không có phần thân (w:body)", en: "word/document.xml has no body (w:body)" });
  const blocks = readBlocks(body, ctx);

  const lines: string[] = [];
  const tables: Table[] = [];
  const emit = (p: Para, keepEmpty: boolean) => {
    const text = paraLines(p);
    if (text.every((l) => l.trim() === "")) {
      if (keepEmpty) lines.push("");
    } else lines.push(...text);
    for (const box of p.boxes) emitBlock(box, false);
  };
  const emitBlock = (b: Block, keepEmpty: boolean) => {
    if (b.kind === "p") return emit(b, keepEmpty);
    if (isBand(b)) {
      // Column after column within each row: issuer, then national title; recipients, then signature.
      if (lines.length && lines[lines.length - 1] !== "") lines.push("");
      for (const row of b.rows) for (const cell of row.cells) for (const p of paragraphs(cell)) emit(p, false);
      lines.push("");
      return;
    }
    if (lines.length && lines[lines.length - 1] !== "") lines.push("");
    lines.push(tablePlaceholder(tables.length), "");
    tables.push(dataTable(b));
  };
  for (const b of blocks) emitBlock(b, true);

  const notes: ReaderNote[] = [];
  for (const [encoding, runs] of ctx.converted) {
    const name = encoding === "tcvn3" ? "TCVN3 (.VnTime)" : "VNI (VNI-Times)";
    notes.push({
      code: "converted-encoding",
      vi: `đã chuyển ${runs} đoạn chữ phông ${name} sang Unicode; hãy soát lại`,
      en: `converted ${runs} runs in ${name} fonts to Unicode; please check them`,
    });
  }
  return { text: lines.join("\n"), tables, notes, laidOut: true };
}

export class DocxError extends Error {
  constructor(readonly reason: { vi: string; en: string }) {
    super(`${reason.vi} / ${reason.en}`);
    this.name = "DocxError";
  }
}
