import type { Inline, Run } from "./document.js";

/** Normalises inline content to a list of runs. */
export function runsOf(content: Inline): Run[] {
  if (typeof content === "string") return [{ text: content }];
  return content.map((part) => (typeof part === "string" ? { text: part } : part));
}

/** The plain text of inline content, emphasis dropped. */
export function plainText(content: Inline): string {
  return runsOf(content)
    .map((r) => r.text)
    .join("");
}
