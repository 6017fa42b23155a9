import { validateDocument } from "../../model/parse.js";
import { assemble } from "./assemble.js";
import { looseBlock, readBody, type BodyReading } from "./body.js";
import { findClosingStart, readClosing, type ClosingReading } from "./closing.js";
import { effectiveDefaults } from "./defaults.js";
import { readHeader, type HeaderReading } from "./header.js";
import { splitRawLines, type ArchiveLine } from "./lines.js";
import { prepareLines, type Entry } from "./noise.js";
import { rewrapHeader } from "./rewrap.js";
import type { ImportOptions, ImportResult } from "./types.js";
import { WarningLog } from "./warnings.js";

/**
 * Reads an archived document (OCR text, text pasted from a web page, markdown) into the
 * document model: header, type and subject, Kính gửi, body structure, recipients and signature.
 * It never invents: what the text lacks comes from the defaults or stays empty, with a warning
 * carrying the line number and text. An incomplete document comes back with its validation
 * errors (`ok: false`).
 *
 * Throws only a TypeError when `text` is not a string, and a DocumentError when the options
 * themselves are invalid; any string, however broken, is read.
 */
export function importText(text: string, options: ImportOptions = {}): ImportResult {
  return read(text, options).result;
}

/**
 * importText, plus the numbers of the lines that some region of the document was read from.
 * With the warnings' lines they cover every non-empty line of the input: nothing is dropped
 * silently (tested as a property).
 */
export function importTextTraced(text: string, options: ImportOptions = {}): { result: ImportResult; accounted: Set<number> } {
  const { result, header, body, closing } = read(text, options);
  return { result, accounted: accountedLines(header, body, closing) };
}

function read(text: string, options: ImportOptions): { result: ImportResult; header: HeaderReading; body: BodyReading; closing: ClosingReading } {
  if (typeof text !== "string") {
    throw new TypeError(`importText: văn bản phải là chuỗi / text must be a string, got ${text === null ? "null" : typeof text}`);
  }
  const defaults = effectiveDefaults(options);
  const rawLines = splitRawLines(text);
  const log = new WarningLog(rawLines);
  const entries = rewrapHeader(prepareLines(rawLines, log), log);

  const header = readHeader(entries, log);
  const closingStart = findClosingStart(entries, header.bodyStart);
  const bodyEntries: Entry[] = [...header.leftovers.map((l) => ({ l, role: "content" as const })), ...entries.slice(header.bodyStart, closingStart)];
  const body = readBody(bodyEntries, log);
  const closing = readClosing(entries.slice(closingStart), log);

  const content = entries.filter((e) => e.role !== "blank");
  const { document, fields, source } = assemble(
    {
      header,
      body,
      looseBlocks: closing.leftovers.map(looseBlock),
      closing,
      firstLine: content[0]?.l.line ?? 1,
      lastLine: content[content.length - 1]?.l.line ?? rawLines.length,
    },
    defaults,
    log,
    options.layouts !== undefined ? { layouts: options.layouts } : {},
  );

  const warnings = [...log.items].sort((a, b) => a.line - b.line);
  const validation = validateDocument(document);
  const result: ImportResult = validation.ok
    ? { ok: true, document: validation.document, errors: [], warnings, fields, source }
    : { ok: false, document, errors: validation.issues, warnings, fields, source };
  return { result, header, body, closing };
}

function accountedLines(header: HeaderReading, body: BodyReading, closing: ClosingReading): Set<number> {
  const lines: (ArchiveLine | undefined)[] = [
    ...header.issuerLines,
    header.nationalTitle,
    header.motto,
    header.partyTitle,
    header.star,
    header.numberLine,
    header.dateLine,
    header.kindLine,
    ...header.subjectLines,
    ...header.kinhGuiLines,
    header.urgency?.line,
    header.circulation?.line,
    header.secrecy?.line,
    header.authorityLine,
    ...header.leftovers,
    ...header.marks,
    ...body.blockLines.flat(),
    closing.label,
    ...closing.recipientLines,
    ...closing.signature.lines,
    ...closing.leftovers,
  ];
  return new Set(lines.filter((l): l is ArchiveLine => l !== undefined).map((l) => l.line));
}
