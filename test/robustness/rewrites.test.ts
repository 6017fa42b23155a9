// Issue 14: the regular expressions rewritten for linear time read exactly as the old ones did.
// Each old expression is the oracle, on short strings over the characters it cares about.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseEmphasis, mergeRuns } from "../../src/text/inline-marks.js";
import { withoutTrailingPunctuation } from "../../src/check/text.js";
import { trimEndWhere } from "../../src/text/trim.js";
import type { Run } from "../../src/model/document.js";

type Use = "replace" | "split" | "exec";
const REWRITES: [where: string, old: RegExp, now: RegExp, use: Use, alphabet: string[]][] = [
  ["readers/archive/cells.ts PIPE", /\s*\|\s*/u, /(?:(?<!\s)\s+)?\|\s*/u, "split", [" ", "|", "a", "\t"]],
  ["readers/archive/number-line.ts compact", /\s*([/-])\s*/gu, /(?:(?<!\s)\s+)?([/-])\s*/gu, "replace", [" ", "/", "-", "a"]],
  ["readers/archive/number-line.ts PREFIX", /^so\s*(?::\s*|(?=\d)|\s+(?=\d))/, /^so\s*(?::\s*|(?=\d))/, "exec", ["so", " ", ":", "1", "x"]],
  ["readers/archive/recipients.ts units", /\s*[,;]\s*/u, /(?:(?<!\s)\s+)?[,;]\s*/u, "split", [" ", ",", ";", "a"]],
  ["readers/archive/kinh-gui.ts trailing", /[\s;,.]+$/u, /(?<![\s;,.])[\s;,.]+$/u, "replace", [" ", ";", ".", "a"]],
  ["readers/archive/body.ts END_MARK", /\s*\.\s*\/\s*\.\s*$/u, /(?<!\s)\s*\.\s*\/\s*\.\s*$/u, "exec", [" ", ".", "/", "a"]],
  ["readers/archive/closing.ts MAY_OPEN_CLOSING", /^[|\s]*(?:noi nhan|t\s*[/.]?\s*[ml]|k\s*[/.]?\s*t|tuq|q)/, /^[|\s]*(?:noi nhan|t\s*(?:[/.]\s*)?[ml]|k\s*(?:[/.]\s*)?t|tuq|q)/, "exec", ["t", "k", " ", "/", ".", "m", "l"]],
  ["readers/archive/noise.ts STAMP_HEAD", /^(?:ĐẾN|DEN)(?!\p{L})\s*[:.]?\s*(?:(?:Số|So)(?!\p{L}).*|\d.*)?$/u, /^(?:ĐẾN|DEN)(?!\p{L})\s*(?:[:.]\s*)?(?:(?:Số|So)(?!\p{L}).*|\d.*)?$/u, "exec", ["ĐẾN", " ", ":", ".", "Số", "1", "x"]],
  ["check/model/recipients.ts NOTE_IN_NAME", /^(.*?)\s*[;,.]?\s*\(([^()]+)\)\s*[;,.]*$/u, /^(.*?)(?<!\s)\s*(?:[;,.]\s*)?\(([^()]+)\)\s*[;,.]*$/u, "exec", ["a", " ", ";", "(", ")", "b"]],
  ["check/source/recipients.ts trailing note", /\(([^()]+)\)\s*[;,.]?\s*$/u, /\(([^()]+)\)\s*(?:[;,.]\s*)?$/u, "exec", ["(", ")", "a", " ", ";"]],
  ["check/source/number.ts NUMBER_LINE", /^(\p{L}+)\s*(:?)\s*(\d+)([a-z]?)(.*)$/u, /^(\p{L}+)\s*(:?)(?:(?<=:)\s*)?(\d+)([a-z]?)(.*)$/u, "exec", ["Số", " ", ":", "1", "a", "/"]],
  ["drafts/text/header-values.ts BLANK_DATE", /^(?:.+?,\s*)?ngày[\s.…]*tháng[\s.…]*năm[\s.…]*(?:20)?[\s.…]*$/iu, /^(?:.+?,\s*)?ngày[\s.…]*tháng[\s.…]*năm[\s.…]*(?:20[\s.…]*)?$/iu, "exec", ["ngày", "tháng", "năm", " ", ".", "20", "x", ","]],
  ["drafts/text/header-values.ts group note", /\s*\[([^[\]]+)\]$/u, /(?<!\s)\s*\[([^[\]]+)\]$/u, "exec", [" ", "[", "]", "a"]],
  ["drafts/template/values.ts line breaks", /\s*[\r\n\u2028\u2029\v\f]+\s*/gu, /(?:(?<!\s)\s+)?[\r\n\u2028\u2029\v\f]+\s*/gu, "replace", [" ", "\n", "\r", "a"]],
];

function apply(re: RegExp, use: Use, s: string): unknown {
  if (use === "split") return s.split(re);
  if (use === "replace") return s.replace(re, "<$1>");
  const m = re.exec(s);
  return m && [m.index, ...m];
}

const over = (alphabet: string[]) => fc.array(fc.constantFrom(...alphabet), { maxLength: 14 }).map((parts) => parts.join(""));

describe("issue 14: each rewritten expression reads as the old one", () => {
  for (const [where, old, now, use, alphabet] of REWRITES) {
    test(where, () => {
      fc.assert(fc.property(over(alphabet), (s) => {
        expect(apply(now, use, s)).toEqual(apply(old, use, s));
      }), { numRuns: 2000 });
    });
  }

  test("text/inline-marks.ts: the linear emphasis scan finds the spans the old expression found", () => {
    const old = (line: string): Run[] => {
      const runs: Run[] = [];
      const re = /(\*\*\*|\*\*|\*)(?=\S)([\s\S]*?\S)\1(?!\*)/gu;
      let last = 0;
      for (let m = re.exec(line); m; m = re.exec(line)) {
        if (m.index > last) runs.push({ text: line.slice(last, m.index) });
        const run: Run = { text: m[2]! };
        if (m[1]!.length >= 2) run.bold = true;
        if (m[1]!.length !== 2) run.italic = true;
        runs.push(run);
        last = m.index + m[0].length;
      }
      if (last < line.length) runs.push({ text: line.slice(last) });
      return mergeRuns(runs);
    };
    fc.assert(fc.property(over(["*", "*", "a", " ", "b", "\n"]), (s) => {
      expect(parseEmphasis(s)).toEqual(old(s));
    }), { numRuns: 5000 });
  });

  test("check/text.ts withoutTrailingPunctuation and text/trim.ts trimEndWhere", () => {
    fc.assert(
      fc.property(over(["a", " ", ";", ".", ":", ","]), (s) => {
        expect(withoutTrailingPunctuation(s)).toBe(s.replace(/\s*[;,.:]+\s*$/u, ""));
        expect(trimEndWhere(s, (c) => /[\s;.]/u.test(c))).toBe(s.replace(/[\s;.]+$/u, ""));
      }),
      { numRuns: 3000 },
    );
  });
});
