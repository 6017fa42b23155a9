import type { Finding } from "../finding.js";
import type { ModelContext } from "../context.js";
import { ENCODING_MESSAGES, encodingProblems, legacyWord } from "../encoding.js";
import { head } from "../text.js";

/** Every string of a value with its model path. */
function* strings(value: unknown, path: string): Generator<[string, string]> {
  if (typeof value === "string") yield [path, value];
  else if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) yield* strings(value[i], `${path}[${i}]`);
  } else if (value && typeof value === "object") {
    for (const [key, v] of Object.entries(value)) yield* strings(v, path ? `${path}.${key}` : key);
  }
}

/** R-FONT-2 on the model: every text is NFC Unicode with no legacy encoding. */
export function unicodeText(ctx: ModelContext): Finding[] {
  const out: Finding[] = [];
  for (const [path, text] of strings(ctx.doc, "")) {
    for (const problem of encodingProblems(text)) {
      const m = ENCODING_MESSAGES[problem];
      out.push(
        ctx.finding("R-FONT-2", {
          path: path.replace(/\.text$/u, ""),
          message: { vi: m.vi, en: m.en },
          expected: problem === "nfc" ? head(text.normalize("NFC")) : "Unicode",
          actual: problem === "nfc" ? head(text) : legacyWord(text),
          fix: m.fix,
        }),
      );
    }
  }
  return out;
}
