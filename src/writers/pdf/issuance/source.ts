import { createHash } from "node:crypto";
import { inflateSync } from "node:zlib";
import type { Document } from "../../../model/document.js";
import { DocumentError } from "../../../model/errors.js";
import { validateDocument } from "../../../model/parse.js";
import { ref, textString, type PdfFile } from "../emit/objects.js";
import { pdfDateOf } from "./pdfa.js";

/**
 * The document's JSON inside its PDF (ISO 32000-2 §14.13 associated files; PDF/A-3 6.8): an
 * embedded file named vanban-document.json, related to the document as its /Source, listed in the
 * catalog's /AF and its EmbeddedFiles name tree, with an MD5 /CheckSum so a reader can tell it
 * intact. `readEmbeddedSource` gives the document back exactly as it was rendered.
 */

export const SOURCE_FILE_NAME = "vanban-document.json";

/** The largest embedded source read back (a bound on inflating a hostile file): 64 MiB. */
export const MAX_SOURCE_BYTES = 64 * 1024 * 1024;

/** Writes the embedded file and its file specification; returns the catalog entries. */
export function writeSourceFile(file: PdfFile, json: string, day: string): string {
  const [stream, spec] = [file.alloc(), file.alloc()];
  const data = Buffer.from(json, "utf8");
  const sum = createHash("md5").update(data).digest("hex");
  file.putStream(stream, ` /Type /EmbeddedFile /Subtype /application#2Fjson /Params <</Size ${data.length} /CheckSum <${sum}> /ModDate (${pdfDateOf(day)})>>`, data);
  file.put(
    spec,
    `<</Type /Filespec /F (${SOURCE_FILE_NAME}) /UF ${textString(SOURCE_FILE_NAME)} /Desc ${textString("vanban document (JSON) / văn bản nguồn")}` +
      ` /AFRelationship /Source /EF <</F ${ref(stream)} /UF ${ref(stream)}>>>>`,
  );
  return ` /Names <</EmbeddedFiles <</Names [(${SOURCE_FILE_NAME}) ${ref(spec)}]>>>> /AF [${ref(spec)}]`;
}

const EMBEDDED = "/Type /EmbeddedFile";

/**
 * The Document embedded in a vanban PDF (rendered with `embedSource`), exactly as it was given,
 * or null when the file carries none. Linear in the file: it looks at each embedded-file stream
 * (streams are never inside object streams, so this holds after a signing tool's incremental
 * update too), checks its MD5 and validates it as a document; the last valid one wins.
 */
export function readEmbeddedSource(pdf: Uint8Array): Document | null {
  const bytes = Buffer.from(pdf.buffer, pdf.byteOffset, pdf.byteLength);
  let found: Document | null = null;
  let bad: string | undefined;
  for (let at = bytes.indexOf(EMBEDDED); at >= 0; at = bytes.indexOf(EMBEDDED, at + EMBEDDED.length)) {
    const data = streamAt(bytes, at);
    if (data === "checksum") bad = "checksum";
    if (!(data instanceof Buffer)) continue;
    let json: unknown;
    try {
      json = JSON.parse(data.toString("utf8"));
    } catch {
      bad = "JSON";
      continue;
    }
    const result = validateDocument(json);
    if (result.ok) found = json as Document;
    else bad = "document";
  }
  if (!found && bad) {
    throw new DocumentError(
      [
        bad === "checksum"
          ? { path: SOURCE_FILE_NAME, vi: "tệp đính kèm bị hỏng (sai tổng kiểm MD5)", en: "the embedded file is damaged (its MD5 checksum does not match)" }
          : { path: SOURCE_FILE_NAME, vi: `tệp đính kèm không phải văn bản hợp lệ (${bad})`, en: `the embedded file is not a valid ${bad}` },
      ],
      "embedded source",
    );
  }
  return found;
}

/** The decoded data of the stream whose dictionary holds position `at`: undefined if unreadable, "checksum" if damaged. */
function streamAt(bytes: Buffer, at: number): Buffer | "checksum" | undefined {
  // The dictionary runs from its object's "obj" to "stream"; keys may come in any order (qpdf sorts them).
  const objAt = bytes.lastIndexOf("obj", at);
  const dictStart = objAt < 0 ? -1 : bytes.indexOf("<<", objAt);
  const keyword = bytes.indexOf("stream", at);
  if (dictStart < 0 || dictStart > at || keyword < 0 || keyword - at > 4096) return undefined;
  const dict = bytes.subarray(dictStart, keyword).toString("latin1");
  const length = /\/Length (\d+)(?!\s+\d+\s+R)/.exec(dict);
  if (!length) return undefined;
  let start = keyword + "stream".length;
  if (bytes[start] === 0x0d) start++;
  if (bytes[start] === 0x0a) start++;
  const raw = bytes.subarray(start, start + Number(length[1]));
  let data: Buffer;
  try {
    data = /\/Filter\s*\/FlateDecode/.test(dict) ? inflateSync(raw, { maxOutputLength: MAX_SOURCE_BYTES }) : raw;
  } catch {
    return undefined;
  }
  const sum = /\/CheckSum\s*<([0-9a-fA-F]{32})>/.exec(dict)?.[1];
  if (sum && createHash("md5").update(data).digest("hex") !== sum.toLowerCase()) return "checksum";
  return data;
}
