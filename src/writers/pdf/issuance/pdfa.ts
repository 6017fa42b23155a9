import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../../util/package-root.js";
import { ref, textString, type PdfFile } from "../emit/objects.js";
import { xmpDateOf, type InfoEntries } from "../emit/info.js";

/**
 * PDF/A identification (ISO 19005-2/-3, level b): an XMP metadata stream saying which part and
 * conformance the file claims, with Dublin Core and PDF properties equal to the Info dictionary
 * (6.6.3), and an sRGB output intent (6.2.3) because the pages paint in DeviceRGB.
 */

/** sRGB ICC v2 profile from Debian's icc-profiles-free (zlib licence, assets/icc/). */
let icc: Buffer | undefined;
export const srgbProfile = (): Buffer => (icc ??= readFileSync(join(packageRoot(), "assets", "icc", "sRGB.icc")));

// The Info dictionary is written for every file (emit/info.ts, no Node built-in); PDF/A adds the rest here.
export { infoDictionary, pdfDateOf } from "../emit/info.js";

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
