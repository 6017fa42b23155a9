import type { ValueResolver } from "../text/resolver.js";
import { Structured } from "./helpers.js";

// Placeholders use private-use characters, which no template source or marker rule contains.
const OPEN = "\uE000";
const CLOSE = "\uE001";
const PLACEHOLDER = /\uE000(\d+)\uE001/gu;
/** Characters a template must not contain, since they would read as placeholders. */
export const RESERVED_CHARS = /[\uE000\uE001]/u;

/**
 * A single word of letters and digits cannot form structure on its own (markers need
 * punctuation, header keys a colon, the separator dashes), so it is written as is: this keeps
 * numbers from data usable as heading labels ("{{add @index 1}}. …").
 */
const INERT = /^[\p{L}\p{N}]*$/u;
const LINE_BREAK = /[\r\n\u2028\u2029\v\f]/u;

/**
 * The values one rendering inserted. Each is written into the text as a placeholder; the
 * reader reads structure with the placeholders in place and then puts the values back
 * (line breaks inside a value folded to spaces), so a value can never add a line, a header
 * field, a separator or a block, nor change a block's marker or emphasis.
 */
export class ValueTable implements ValueResolver {
  private readonly values: string[] = [];

  /** The text to write for a value; throws for values that are not text. */
  insert(value: unknown): string {
    if (value === undefined || value === null) return "";
    if (value instanceof Structured) {
      return value.parts.map((part) => (typeof part === "string" ? part : this.insert(part.value))).join("");
    }
    if (typeof value === "number") {
      if (!Number.isFinite(value)) throw new TypeError(`not a finite number: ${value}`);
      return String(value);
    }
    if (typeof value === "boolean") return String(value);
    if (typeof value !== "string") {
      throw new TypeError(Array.isArray(value) ? "a list" : "an object");
    }
    if (INERT.test(value)) return value;
    // A value is one piece of a line: line breaks inside it become spaces, at its ends nothing.
    this.values.push(LINE_BREAK.test(value) ? value.trim().replace(/(?:(?<!\s)\s+)?[\r\n\u2028\u2029\v\f]+\s*/gu, " ") : value);
    return `${OPEN}${this.values.length - 1}${CLOSE}`;
  }

  resolve(text: string): string {
    return text.replace(PLACEHOLDER, (_, i: string) => this.values[Number(i)] ?? "");
  }

  holdsValue(text: string): boolean {
    return text.includes(OPEN);
  }
}
