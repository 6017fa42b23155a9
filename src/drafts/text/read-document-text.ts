import type { Document } from "../../model/document.js";
import { validateDocument } from "../../model/parse.js";
import type { Limits } from "../../limits.js";
import { DraftError, type DraftIssue } from "../errors.js";
import { SEPARATOR } from "./fields.js";
import { readBody } from "./read-body.js";
import type { ProfileSources } from "../../layout/load.js";
import { readHeader, type NumberedLine, type PathLine } from "./read-header.js";
import { LITERAL_TEXT, type ValueResolver } from "./resolver.js";

/** Whether `path` lies inside `prefix` ("body[3].content" inside "body[3]"). */
function within(path: string, prefix: string): boolean {
  return path === prefix || path.startsWith(`${prefix}.`) || path.startsWith(`${prefix}[`);
}

function lineOf(path: string, lines: PathLine[]): number | undefined {
  let best: PathLine | undefined;
  for (const entry of lines) {
    if (within(path, entry.path) && (!best || entry.path.length > best.path.length)) best = entry;
  }
  return best?.line;
}

/** Model-level problems that a reading problem already explains are not repeated. */
function explained(path: string, reading: DraftIssue[]): boolean {
  // Body-wide problems ("a marker without text") explain nothing about other blocks.
  return reading.some((r) => path === r.path || (r.path !== "body" && (within(path, r.path) || within(r.path, path))));
}

/**
 * Reads document text (header fields, a "---" line, the body) into a validated Document.
 * Strict: every problem — an unknown or missing header, a value that cannot be read, a body
 * line that cannot be placed, a field the model refuses — is collected, each with its line,
 * and thrown together as one DraftError.
 */
export function readDocumentText(text: string, sources: ProfileSources = {}, limits?: Partial<Limits>): Document {
  return readDocumentTextWith(text, LITERAL_TEXT, sources, limits);
}

/** readDocumentText for text a template produced, its values still placeholders. */
export function readDocumentTextWith(text: string, resolver: ValueResolver, sources: ProfileSources = {}, limits?: Partial<Limits>): Document {
  const lines: NumberedLine[] = text
    .replace(/^\uFEFF/, "") // a byte-order mark from an editor is not part of the first key
    .normalize("NFC")
    .split(/\r\n|\r|\n/)
    .map((t, i) => ({ line: i + 1, text: t }));
  const sep = lines.findIndex((l) => SEPARATOR.test(l.text));
  if (sep < 0) {
    throw new DraftError("text", [
      {
        line: lines.length,
        path: "(document)",
        vi: 'thiếu dòng "---" ngăn cách phần tiêu đề và phần nội dung',
        en: 'missing the "---" line between the header and the body',
      },
    ]);
  }
  const separatorLine = sep + 1;
  const header = readHeader(lines.slice(0, sep), separatorLine, resolver, sources);
  const body = readBody(lines.slice(sep + 1), resolver);
  const reading = [...header.issues, ...body.issues];
  const candidate = { ...header.fields, body: body.blocks };
  const result = validateDocument(candidate, limits ? { limits } : {});
  if (result.ok && reading.length === 0) return result.document;

  const pathLines = [...header.lines, ...body.lines];
  const modelIssues: DraftIssue[] = result.ok
    ? []
    : result.issues
        .filter((i) => !explained(i.path, reading))
        .map((i) => {
          const line = lineOf(i.path, pathLines);
          return line === undefined ? i : { ...i, line };
        });
  const all = [...reading, ...modelIssues].sort((a, b) => (a.line ?? 0) - (b.line ?? 0));
  throw new DraftError("text", all, limits?.maxIssuesListed);
}
