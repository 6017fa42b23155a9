import type JSZip from "jszip";
import type { Document } from "../../model/document.js";
import { DocumentError } from "../../model/errors.js";
import { parseDocument } from "../../model/parse.js";

/**
 * The document's source JSON kept in the .docx as a custom XML part (customXml/itemN.xml, related
 * from the main document): Word keeps custom XML parts through edits and saves, so a vanban .docx
 * can be read back to the exact Document it was made from (custom properties are cut at 255
 * characters by Word's own dialog, which is why they are not used).
 */
export const SOURCE_NAMESPACE = "urn:vanban:source:1";
const ITEM_PROPS_TYPE = "application/vnd.openxmlformats-officedocument.customXmlProperties+xml";
const REL_CUSTOM_XML = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXml";
const REL_CUSTOM_XML_PROPS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/customXmlProps";
/** Fixed, so that the same document always gives the same part (its id names vanban's part). */
const ITEM_ID = "{6D1B6E0A-5A2B-4C39-9B0E-56A1B0A4E001}";

const escapeXml = (s: string): string => s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;");

function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|amp|lt|gt|quot|apos);/giu, (_, e: string) => {
    const lower = e.toLowerCase();
    if (lower.startsWith("#x")) return String.fromCodePoint(parseInt(lower.slice(2), 16));
    if (lower.startsWith("#")) return String.fromCodePoint(parseInt(lower.slice(1), 10));
    return ({ amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" } as Record<string, string>)[lower]!;
  });
}

/** The first free customXml/itemN number of the package. */
function freeItem(zip: JSZip): number {
  let n = 1;
  while (zip.file(`customXml/item${n}.xml`)) n++;
  return n;
}

/** Adds the source part to a packed .docx (the JSON is XML-safe: JSON.stringify escapes control characters). */
export async function addSourcePart(zip: JSZip, doc: Document): Promise<void> {
  const n = freeItem(zip);
  zip.file(`customXml/item${n}.xml`, `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<source xmlns="${SOURCE_NAMESPACE}">${escapeXml(JSON.stringify(doc))}</source>`);
  zip.file(
    `customXml/itemProps${n}.xml`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<ds:datastoreItem ds:itemID="${ITEM_ID}" xmlns:ds="http://schemas.openxmlformats.org/officeDocument/2006/customXml"><ds:schemaRefs><ds:schemaRef ds:uri="${SOURCE_NAMESPACE}"/></ds:schemaRefs></ds:datastoreItem>`,
  );
  zip.file(
    `customXml/_rels/item${n}.xml.rels`,
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="${REL_CUSTOM_XML_PROPS}" Target="itemProps${n}.xml"/></Relationships>`,
  );
  const types = await zip.file("[Content_Types].xml")!.async("string");
  zip.file("[Content_Types].xml", types.replace("</Types>", `<Override PartName="/customXml/itemProps${n}.xml" ContentType="${ITEM_PROPS_TYPE}"/></Types>`));
  const relsPath = "word/_rels/document.xml.rels";
  const rels = await zip.file(relsPath)!.async("string");
  zip.file(relsPath, rels.replace("</Relationships>", `<Relationship Id="rIdVanbanSource" Type="${REL_CUSTOM_XML}" Target="../customXml/item${n}.xml"/></Relationships>`));
}

/**
 * Reads back the Document a vanban .docx was made from (its custom XML part), validated. A .docx
 * without one (not made by vanban, or its part removed) is a DocumentError saying so.
 */
export async function readDocxSource(bytes: Uint8Array): Promise<Document> {
  let zip: JSZip;
  try {
    // Loaded when a .docx is read: the readers are imported by every CLI start and batch, .docx rarely.
    const { default: Zip } = await import("jszip");
    zip = await Zip.loadAsync(bytes);
  } catch (e) {
    throw new DocumentError([{ path: "docx", vi: `không phải tệp .docx (ZIP) hợp lệ: ${(e as Error).message}`, en: `not a valid .docx (ZIP) file: ${(e as Error).message}` }], "docx");
  }
  const items = Object.keys(zip.files).filter((name) => /^customXml\/item\d+\.xml$/u.test(name)).sort();
  for (const name of items) {
    const xml = await zip.file(name)!.async("string");
    // Any prefix: a word processor may rewrite the part with its own (ns0:source …).
    const m = /<(?:([\w.-]+):)?source\b[^>]*xmlns(?::[\w.-]+)?="urn:vanban:source:1"[^>]*>([\s\S]*)<\/(?:[\w.-]+:)?source>/u.exec(xml);
    if (!m) continue;
    let data: unknown;
    try {
      data = JSON.parse(unescapeXml(m[2]!));
    } catch (e) {
      throw new DocumentError([{ path: name, vi: `nguồn JSON hỏng: ${(e as Error).message}`, en: `the embedded source JSON is damaged: ${(e as Error).message}` }], "docx");
    }
    return parseDocument(data);
  }
  throw new DocumentError(
    [{ path: "customXml", vi: "tệp .docx không có nguồn vanban (không do vanban tạo, hoặc phần nguồn đã bị xoá)", en: "the .docx holds no vanban source (not made by vanban, or its source part was removed)" }],
    "docx",
  );
}
