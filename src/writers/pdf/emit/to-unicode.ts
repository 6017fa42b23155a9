/**
 * A ToUnicode CMap (§9.10.3) from subset glyph ids to the code points they were drawn for, so
 * that copy/paste and text extraction give back the text exactly. Glyph 0 (.notdef) is left out.
 */
export function toUnicodeCMap(unicode: readonly number[]): string {
  const entries: string[] = [];
  for (let id = 1; id < unicode.length; id++) {
    const cp = unicode[id];
    if (cp === undefined) continue;
    entries.push(`<${id.toString(16).padStart(4, "0")}> <${utf16Hex(cp)}>`);
  }
  let body = "";
  for (let i = 0; i < entries.length; i += 100) {
    const block = entries.slice(i, i + 100);
    body += `${block.length} beginbfchar\n${block.join("\n")}\nendbfchar\n`;
  }
  return (
    "/CIDInit /ProcSet findresource begin\n12 dict begin\nbegincmap\n" +
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def\n" +
    "/CMapName /Adobe-Identity-UCS def\n/CMapType 2 def\n" +
    "1 begincodespacerange\n<0000> <ffff>\nendcodespacerange\n" +
    body +
    "endcmap\nCMapName currentdict /CMap defineresource pop\nend\nend\n"
  );
}

function utf16Hex(cp: number): string {
  const s = String.fromCodePoint(cp);
  let hex = "";
  for (let i = 0; i < s.length; i++) hex += s.charCodeAt(i).toString(16).padStart(4, "0");
  return hex;
}
