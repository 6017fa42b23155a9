import { DOMParser, type Document as XmlDocument, type Element } from "@xmldom/xmldom";

export const W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

export class XmlError extends Error {}

/** Parses an XML part; a malformed one throws an XmlError (xmldom's own errors are wrapped). */
export function parseXml(bytes: Uint8Array, part: string): XmlDocument {
  const text = new TextDecoder("utf-8").decode(bytes);
  try {
    const doc = new DOMParser({
      onError: (level, message) => {
        if (level !== "warning") throw new XmlError(`${part}: ${message}`);
      },
    }).parseFromString(text, "text/xml");
    if (!doc.documentElement) throw new XmlError(`${part}: no root element`);
    return doc;
  } catch (error) {
    if (error instanceof XmlError) throw error;
    throw new XmlError(`${part}: ${error instanceof Error ? error.message : String(error)}`);
  }
}

/** Element children, in order. */
export function children(el: Element): Element[] {
  const out: Element[] = [];
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1) out.push(n as Element);
  return out;
}

/** The first child element with this local name (WordprocessingML elements are all in W_NS). */
export function child(el: Element | undefined, name: string): Element | undefined {
  if (!el) return undefined;
  for (let n = el.firstChild; n; n = n.nextSibling) if (n.nodeType === 1 && (n as Element).localName === name) return n as Element;
  return undefined;
}

/** A w: attribute ("w:val"). */
export function attr(el: Element | undefined, name: string): string | undefined {
  if (!el) return undefined;
  const v = el.getAttributeNS(W_NS, name) ?? el.getAttribute(`w:${name}`);
  return v === null || v === "" ? undefined : v;
}

/** An on/off property (<w:b/>, <w:b w:val="0"/>): undefined when not given. */
export function toggle(el: Element | undefined, name: string): boolean | undefined {
  const p = child(el, name);
  if (!p) return undefined;
  const v = attr(p, "val");
  return v === undefined || !["0", "false", "off", "none"].includes(v);
}
