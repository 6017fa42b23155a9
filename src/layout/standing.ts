import { z } from "zod";

/**
 * How sure a profile value is (issue 11, spec sources.md):
 * - confirmed: the regulation's text, or a verbatim quotation of it, gives the value;
 * - observed: seen in real documents' headers (practice, not a rule);
 * - reported: only secondary sources give it;
 * - conflicting: sources disagree;
 * - settled: no source fixes it; this project chose it (or a caller's own profile did).
 */
export const StandingSchema = z.enum(["confirmed", "observed", "reported", "conflicting", "settled"]);

export const StandingEntrySchema = z.strictObject({
  standing: StandingSchema,
  /** Where the value comes from: the regulation and its part, a source key of spec/sources.md. */
  source: z.string().min(1),
  note: z.string().optional(),
});

/**
 * Standing by JSON pointer ("/elements/body/size", "/recipients", "" for the whole profile).
 * A value's standing is its nearest entry: the pointer itself, else its closest ancestor.
 */
export const StandingMapSchema = z.record(z.string().regex(/^(?:\/[^/]+)*$/, { message: "json-pointer" }), StandingEntrySchema);

export type Standing = z.infer<typeof StandingSchema>;
export type StandingEntry = z.infer<typeof StandingEntrySchema>;
export type StandingMap = z.infer<typeof StandingMapSchema>;

/** Values the checker may not be strict about: only reported, or disputed (issue 11). */
export function isUnsure(standing: Standing): boolean {
  return standing === "reported" || standing === "conflicting";
}

/** The pointer of an ancestor: "/a/b" → "/a", "/a" → "", "" → undefined. */
function parentPointer(pointer: string): string | undefined {
  if (pointer === "") return undefined;
  return pointer.slice(0, pointer.lastIndexOf("/"));
}

/** The standing of the value at `pointer`: its own entry or its nearest ancestor's. */
export function standingAt(map: StandingMap, pointer: string): (StandingEntry & { at: string }) | undefined {
  for (let p: string | undefined = pointer; p !== undefined; p = parentPointer(p)) {
    const entry = map[p];
    if (entry) return { ...entry, at: p };
  }
  return undefined;
}

/** "/a/b" is `pointer` itself or below it. */
export function isWithin(candidate: string, pointer: string): boolean {
  return candidate === pointer || candidate.startsWith(`${pointer}/`);
}

/** A JSON pointer's part, escaped (RFC 6901). */
export function pointerPart(key: string): string {
  return key.replace(/~/g, "~0").replace(/\//g, "~1");
}
