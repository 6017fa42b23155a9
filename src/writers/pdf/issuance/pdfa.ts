import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../../util/package-root.js";
import type { Pages } from "../../../layout/pages.js";
import { ref, textString, type PdfFile } from "../emit/objects.js";

/**
 * PDF/A identification (ISO 19005-2/-3, level b): an XMP metadata stream saying which part and
 * conformance the file claims, with Dublin Core and PDF properties equal to the Info dictionary
 * (6.6.3), and an sRGB output intent (6.2.3) because the pages paint in DeviceRGB.
 */

/** sRGB ICC v2 profile from Debian's icc-profiles-free (zlib licence, assets/icc/). */
let icc: Buffer | undefined;
export const srgbProfile = (): Buffer => (icc ??= readFileSync(join(packageRoot(), "assets", "icc", "sRGB.icc")));

/** The Info entries: the page model's metadata (creationDate is the document's own day). */
type InfoEntries = Pages["metadata"];

/** "2024-03-15" → "D:20240315000000Z"; the XMP twin is "2024-03-15T00:00:00Z". */
export const pdfDateOf = (day: string): string => `D:${day.slice(0, 4)}${day.slice(5, 7)}${day.slice(8, 10)}000000Z`;
export const xmpDateOf = (day: string): string => `${day.slice(0, 10)}T00:00:00Z`;

/** The Info dictionary; with `skipEmpty` (PDF/A) an empty text entry is left out rather than written "". */
export function infoDictionary(info: InfoEntries, skipEmpty: boolean): string {
  const entries: [string, string][] = [
    ["Title", info.title],
    ["Author", info.author],
    ["Subject", info.subject],
    ["Keywords", info.keywords],
    ["Creator", "vanban"],
    ["Producer", "vanban"],
  ];
  const text = entries.filter(([, v]) => !skipEmpty || v !== "").map(([k, v]) => `/${k} ${textString(v)}`);
  return `<<${text.join(" ")} /CreationDate (${pdfDateOf(info.creationDate)})>>`;
}

const xml = (s: string): string => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** The XMP packet (UTF-8): pdfaid part/conformance, Dublin Core, xmp: and pdf: properties. */
export function xmpPacket(info: InfoEntries, part: 2 | 3): string {
  const alt = (v: string) => `<rdf:Alt><rdf:li xml:lang="x-default">${xml(v)}</rdf:li></rdf:Alt>`;
  const props = [
    `<pdfaid:part>${part}</pdfaid:part>`,
    `<pdfaid:conformance>B</pdfaid:conformance>`,
    `<dc:format>application/pdf</dc:format>`,
    info.title ? `<dc:title>${alt(info.title)}</dc:title>` : "",
    info.author ? `<dc:creator><rdf:Seq><rdf:li>${xml(info.author)}</rdf:li></rdf:Seq></dc:creator>` : "",
    info.subject ? `<dc:description>${alt(info.subject)}</dc:description>` : "",
    info.keywords ? `<pdf:Keywords>${xml(info.keywords)}</pdf:Keywords>` : "",
    `<pdf:Producer>vanban</pdf:Producer>`,
    `<xmp:CreatorTool>vanban</xmp:CreatorTool>`,
    `<xmp:CreateDate>${xmpDateOf(info.creationDate)}</xmp:CreateDate>`,
  ].filter(Boolean);
  return (
    `<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>\n` +
    `<x:xmpmeta xmlns:x="adobe:ns:meta/">\n<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">\n` +
    `<rdf:Description rdf:about="" xmlns:pdfaid="http://www.aiim.org/pdfa/ns/id/" xmlns:dc="http://purl.org/dc/elements/1.1/"` +
    ` xmlns:xmp="http://ns.adobe.com/xap/1.0/" xmlns:pdf="http://ns.adobe.com/pdf/1.3/">\n` +
    props.join("\n") +
    `\n</rdf:Description>\n</rdf:RDF>\n</x:xmpmeta>\n<?xpacket end="r"?>`
  );
}

/**
 * Writes the metadata stream (uncompressed: 6.6.2 forbids a filter on it) and the output intent
 * with its ICC profile; returns the catalog entries that point at them.
 */
export function writePdfaParts(file: PdfFile, info: InfoEntries, part: 2 | 3): string {
  const [metadata, intent, profile] = [file.alloc(), file.alloc(), file.alloc()];
  file.putStream(metadata, " /Type /Metadata /Subtype /XML", Buffer.from(xmpPacket(info, part), "utf8"), false);
  file.putStream(profile, " /N 3", srgbProfile());
  file.put(
    intent,
    `<</Type /OutputIntent /S /GTS_PDFA1 /OutputConditionIdentifier (sRGB IEC61966-2.1) /Info ${textString("sRGB IEC61966-2.1")}` +
      ` /DestOutputProfile ${ref(profile)}>>`,
  );
  return ` /Metadata ${ref(metadata)} /OutputIntents [${ref(intent)}]`;
}
