// pdfmake measures every word of the text by asking its style stack for ~20 properties, one at a
// time, and each question pushes the word and its named styles onto the stack, walks it, and
// pops again. This is the same measure() with the same answers, found without the pushing: the
// stack below the words is the same for all of them, so what it says is looked up once per call.

const isValue = (v: unknown): boolean => v !== undefined && v !== null;

type Props = Record<string, unknown>;

interface StyleStack {
  styleDictionary: Record<string, Props | undefined> | null;
  defaultStyle: Props | undefined;
  styleOverrides: (string | Props)[];
}

interface Inline extends Props {
  text: string;
  font: { lineHeight(size: number): number };
  fontSize: number;
  leadingCut?: number;
  trailingCut?: number;
  leadingIndent?: number;
  width?: number;
  height?: number;
}

export interface TextInlines {
  pdfDocument: { provideFont(font: unknown, bold: unknown, italics: unknown): Inline["font"] };
  widthOfText(text: string, inline: Inline): number;
  measure(array: Inline[], stack: StyleStack | null): Inline[];
}

const LEADING = /^(\s)+/g;
const TRAILING = /(\s)+$/g;

/** A named style's property, following `extends` as pdfmake does (last parent first, no cycles). */
function fromNamedStyle(stack: StyleStack, name: string, property: string, visited: Set<string> | null = null): unknown {
  if (visited?.has(name)) return undefined;
  const style = stack.styleDictionary?.[name];
  if (!style) return undefined;
  if (isValue(style[property])) return style[property];
  if (!style.extends) return undefined;
  const seen = visited ?? new Set<string>();
  seen.add(name);
  const parents = (Array.isArray(style.extends) ? style.extends : [style.extends]) as string[];
  for (let i = parents.length - 1; i >= 0; i--) {
    const value = fromNamedStyle(stack, parents[i]!, property, seen);
    if (isValue(value)) return value;
  }
  return undefined;
}

/** StyleContextStack.getStyleProperty(item, stack, property, fallback), answered from `below` for the stack. */
function resolver(stack: StyleStack | null) {
  const below = new Map<string, unknown>();
  const fromStack = (property: string): unknown => {
    if (below.has(property)) return below.get(property);
    let value: unknown;
    const overrides = stack!.styleOverrides;
    for (let i = overrides.length - 1; i >= 0 && !isValue(value); i--) {
      const o = overrides[i]!;
      value = typeof o === "string" ? fromNamedStyle(stack!, o, property) : o[property];
    }
    if (!isValue(value)) value = stack!.defaultStyle?.[property];
    below.set(property, value);
    return value;
  };
  return (item: Props, property: string, fallback: unknown): unknown => {
    let value = item[property];
    if (isValue(value)) return value;
    if (!stack) return fallback;
    // The item's own named styles sit above the stack while pdfmake evaluates it (autopush).
    if (item.section === undefined && item.style) {
      const names = (Array.isArray(item.style) ? item.style : [item.style]) as string[];
      for (let i = names.length - 1; i >= 0; i--) {
        value = fromNamedStyle(stack, names[i]!, property);
        if (isValue(value)) return value;
      }
    }
    value = fromStack(property);
    return isValue(value) ? value : fallback;
  };
}

/** pdfmake 0.3.11 TextInlines.measure, property for property. */
function measure(this: TextInlines, array: Inline[], stack: StyleStack | null): Inline[] {
  const get = resolver(stack);
  if (array.length) {
    const leadingIndent = get(array[0]!, "leadingIndent", 0) as number;
    if (leadingIndent) {
      array[0]!.leadingCut = -leadingIndent;
      array[0]!.leadingIndent = leadingIndent;
    }
  }
  for (const item of array) {
    const font = get(item, "font", "Roboto");
    const bold = get(item, "bold", false);
    const italics = get(item, "italics", false);
    item.font = this.pdfDocument.provideFont(font, bold, italics);
    item.alignment = get(item, "alignment", "left");
    item.fontSize = get(item, "fontSize", 12) as number;
    item.fontFeatures = get(item, "fontFeatures", null);
    item.characterSpacing = get(item, "characterSpacing", 0);
    item.color = get(item, "color", "black");
    item.decoration = get(item, "decoration", null);
    item.decorationColor = get(item, "decorationColor", null);
    item.decorationStyle = get(item, "decorationStyle", null);
    item.decorationThickness = get(item, "decorationThickness", null);
    item.background = get(item, "background", null);
    item.link = get(item, "link", null);
    item.linkToPage = get(item, "linkToPage", null);
    item.linkToDestination = get(item, "linkToDestination", null);
    item.noWrap = get(item, "noWrap", null);
    item.opacity = get(item, "opacity", 1);
    item.sup = get(item, "sup", false);
    item.sub = get(item, "sub", false);
    if (item.sup || item.sub) item.fontSize *= 0.58;
    const lineHeight = get(item, "lineHeight", 1) as number;
    item.width = this.widthOfText(item.text, item);
    item.height = item.font.lineHeight(item.fontSize) * lineHeight;
    if (!item.leadingCut) item.leadingCut = 0;
    if (!get(item, "preserveLeadingSpaces", false)) {
      const leading = item.text.match(LEADING);
      if (leading) item.leadingCut += this.widthOfText(leading[0], item);
    }
    item.trailingCut = 0;
    if (!get(item, "preserveTrailingSpaces", false)) {
      const trailing = item.text.match(TRAILING);
      if (trailing) item.trailingCut = this.widthOfText(trailing[0], item);
    }
  }
  return array;
}

/** Gives one TextInlines instance (one document's measurer) the faster measure(). */
export function useFastMeasure(textInlines: TextInlines): void {
  textInlines.measure = measure;
}
