/**
 * How the reader sees values a template inserted. Structure (lines, header keys, " | ",
 * the separator, body markers, emphasis) is read from the text with each value still a
 * placeholder; `resolve` then puts the values back into the one field or block they landed in.
 * Plain document text has no placeholders.
 */
export interface ValueResolver {
  /** The text with every placeholder replaced by its value. */
  resolve(text: string): string;
  /** Whether the text holds a placeholder. */
  holdsValue(text: string): boolean;
}

export const LITERAL_TEXT: ValueResolver = {
  resolve: (text) => text,
  holdsValue: () => false,
};
