import type { Document as XmlDocument, Element } from "@xmldom/xmldom";
import { attr, child, children, toggle } from "./xml.js";

/** Run properties that matter to the reader, each undefined when a level does not set it. */
export interface RunProps {
  bold?: boolean;
  italic?: boolean;
  /** The font of the Latin text (w:rFonts ascii, else hAnsi): it names a legacy encoding. */
  font?: string;
}

export function runPropsOf(rPr: Element | undefined): RunProps {
  const fonts = child(rPr, "rFonts");
  const font = attr(fonts, "ascii") ?? attr(fonts, "hAnsi");
  const out: RunProps = {};
  const bold = toggle(rPr, "b");
  const italic = toggle(rPr, "i");
  if (bold !== undefined) out.bold = bold;
  if (italic !== undefined) out.italic = italic;
  if (font !== undefined) out.font = font;
  return out;
}

/** Later levels win where they say something. */
export function mergeProps(...levels: RunProps[]): RunProps {
  const out: RunProps = {};
  for (const p of levels) {
    if (p.bold !== undefined) out.bold = p.bold;
    if (p.italic !== undefined) out.italic = p.italic;
    if (p.font !== undefined) out.font = p.font;
  }
  return out;
}

interface Style {
  basedOn?: string;
  run: RunProps;
  align?: string;
}

/** The document's styles (word/styles.xml): defaults and each style's run properties, basedOn resolved. */
export class Styles {
  private readonly styles = new Map<string, Style>();
  private readonly resolved = new Map<string, RunProps>();
  readonly defaults: RunProps;

  constructor(xml: XmlDocument | undefined) {
    const root = xml?.documentElement ?? undefined;
    const rPrDefault = child(child(child(root, "docDefaults"), "rPrDefault"), "rPr");
    this.defaults = runPropsOf(rPrDefault);
    for (const s of root ? children(root) : []) {
      if (s.localName !== "style") continue;
      const id = attr(s, "styleId");
      if (!id) continue;
      const style: Style = { run: runPropsOf(child(s, "rPr")) };
      const basedOn = attr(child(s, "basedOn"), "val");
      if (basedOn) style.basedOn = basedOn;
      const align = attr(child(child(s, "pPr"), "jc"), "val");
      if (align) style.align = align;
      this.styles.set(id, style);
    }
  }

  /** A style's run properties with those of the styles it is based on (a cycle is cut). */
  run(id: string | undefined): RunProps {
    if (!id) return {};
    const hit = this.resolved.get(id);
    if (hit) return hit;
    const chain: Style[] = [];
    const seen = new Set<string>();
    for (let cur: string | undefined = id; cur && !seen.has(cur) && chain.length < 32; ) {
      seen.add(cur);
      const s = this.styles.get(cur);
      if (!s) break;
      chain.unshift(s);
      cur = s.basedOn;
    }
    const props = mergeProps(...chain.map((s) => s.run));
    this.resolved.set(id, props);
    return props;
  }

  align(id: string | undefined): string | undefined {
    const seen = new Set<string>();
    for (let cur = id; cur && !seen.has(cur); cur = this.styles.get(cur)?.basedOn) {
      seen.add(cur);
      const a = this.styles.get(cur)?.align;
      if (a) return a;
    }
    return undefined;
  }
}
