import type { SourceLine } from "../../model/source.js";
import type { Finding } from "../finding.js";
import type { SourceContext } from "../context.js";
import { ENCODING_MESSAGES, encodingProblems, legacyWord } from "../encoding.js";
import { head } from "../text.js";

function allLines(ctx: SourceContext): [string, SourceLine][] {
  const out: [string, SourceLine][] = [];
  for (const [key, value] of Object.entries(ctx.source)) {
    if (Array.isArray(value)) value.forEach((l: SourceLine, i) => out.push([`source.${key}[${i}]`, l]));
    else if (value) out.push([`source.${key}`, value as SourceLine]);
  }
  return out;
}

/** R-FONT-2 on the written lines: NFC Unicode, no TCVN3/VNI (read before any normalisation). */
export function writtenUnicode(ctx: SourceContext): Finding[] {
  return allLines(ctx).flatMap(([path, l]) =>
    encodingProblems(l.text).map((problem) => {
      const m = ENCODING_MESSAGES[problem];
      return ctx.finding("R-FONT-2", {
        path,
        line: l.line,
        message: { vi: m.vi, en: m.en },
        expected: problem === "nfc" ? head(l.text.normalize("NFC")) : "Unicode",
        actual: problem === "nfc" ? head(l.text) : legacyWord(l.text),
        fix: m.fix,
      });
    }),
  );
}
