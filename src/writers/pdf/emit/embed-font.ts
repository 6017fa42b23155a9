import { DocumentError } from "../../../model/errors.js";
import type { FontUse } from "./font-use.js";
import { name, num, ref, type PdfFile } from "./objects.js";
import { toUnicodeCMap } from "./to-unicode.js";
import { latin1 } from "./codec.js";

/**
 * Writes one used face as a Type0 font (§9.7): Identity-H encoding over a CIDFontType2 whose
 * CIDs are the subset's glyph ids (CIDToGIDMap /Identity), the subset as FontFile2, the widths
 * of the glyphs drawn, and a ToUnicode CMap. Returns the Type0 font's object number.
 */
export function embedFont(file: PdfFile, use: FontUse): number {
  const [type0, cidFont, descriptor, fontFile, toUnicode] = [file.alloc(), file.alloc(), file.alloc(), file.alloc(), file.alloc()];
  const { info } = use;
  const baseName = name(`${use.tag(file.codec)}+${info.baseName}`);
  const fontBytes = use.encode();
  if (!isTrueType(fontBytes)) throw notTrueType(info.baseName);

  file.putStream(fontFile, ` /Length1 ${fontBytes.length}`, fontBytes);
  file.put(descriptor, `<</Type /FontDescriptor /FontName ${baseName} ${info.descriptor} /FontFile2 ${ref(fontFile)}>>`);
  const widths = use.advances.map((w) => num(w * info.scale)).join(" ");
  file.put(
    cidFont,
    `<</Type /Font /Subtype /CIDFontType2 /BaseFont ${baseName}` +
      ` /CIDSystemInfo <</Registry (Adobe) /Ordering (Identity) /Supplement 0>>` +
      ` /FontDescriptor ${ref(descriptor)} /CIDToGIDMap /Identity /DW 0 /W [0 [${widths}]]>>`,
  );
  file.putStream(toUnicode, "", latin1(toUnicodeCMap(use.unicode)));
  file.put(
    type0,
    `<</Type /Font /Subtype /Type0 /BaseFont ${baseName} /Encoding /Identity-H` +
      ` /DescendantFonts [${ref(cidFont)}] /ToUnicode ${ref(toUnicode)}>>`,
  );
  return type0;
}

/** A TrueType outline font starts with version 1.0 or "true"; fontkit subsets a CFF font as bare CFF. */
function isTrueType(bytes: Uint8Array): boolean {
  const tag = ((bytes[0]! << 24) | (bytes[1]! << 16) | (bytes[2]! << 8) | bytes[3]!) >>> 0;
  return tag === 0x00010000 || tag === 0x74727565;
}

function notTrueType(font: string): DocumentError {
  return new DocumentError(
    [
      {
        path: "fonts",
        vi: `phông "${font}" có nét chữ dạng CFF (OpenType .otf); hãy dùng phông TrueType (.ttf)`,
        en: `font "${font}" has CFF outlines (OpenType .otf); use a TrueType (.ttf) font`,
      },
    ],
    "fonts",
  );
}
