/**
 * Every string of a value in Unicode NFC (R-FONT-2). Text pasted from some systems arrives
 * decomposed (a base letter plus combining marks); printed as is, the marks are placed by the
 * font's fallback positioning and copied text no longer matches what users search for.
 */
export function toNfc<T>(value: T): T {
  if (typeof value === "string") return value.normalize("NFC") as T;
  if (Array.isArray(value)) return value.map((v) => toNfc(v)) as T;
  if (value && typeof value === "object") {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, toNfc(v)])) as T;
  }
  return value;
}
