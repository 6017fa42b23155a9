import type { SourceLine, SourceLines } from "../../model/source.js";
import { kindFromName, type KindId } from "../../model/kinds.js";
import { cleanSourceLine } from "../text.js";

/** A verbatim line of an imported text, cleaned as spec §9 "checker input" says, with where it was. */
export interface WrittenLine {
  text: string;
  path: string;
  line: number;
}

export function written(l: SourceLine | undefined, path: string): WrittenLine | undefined {
  if (!l) return undefined;
  const text = cleanSourceLine(l.text);
  return text ? { text, path, line: l.line } : undefined;
}

/** The non-empty lines of a region, each keeping its index in the region for its path. */
export function writtenList(lines: readonly SourceLine[] | undefined, path: string): WrittenLine[] {
  return (lines ?? []).flatMap((l, i) => {
    const w = written(l, `${path}[${i}]`);
    return w ? [w] : [];
  });
}

export function at(l: WrittenLine): { path: string; line: number } {
  return { path: l.path, line: l.line };
}

/**
 * The kind the text names on its type-name line; a text without one is a công văn (its
 * subject is the V/v line). Undefined when the type-name line names no known kind.
 */
export function writtenKind(source: SourceLines): KindId | undefined {
  const kindLine = written(source.kindLine, "source.kindLine");
  return kindLine ? kindFromName(kindLine.text) : "cong-van";
}

export function isTypedText(source: SourceLines): boolean {
  return written(source.kindLine, "source.kindLine") !== undefined;
}
