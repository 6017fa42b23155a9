// Two readings must agree (issue 15, "no wrong value"): a field OCR read is kept only when a
// second, independent reading of where it stands shows the same words. No OCR engine here: the
// second reading is given as text.
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { importText } from "../../src/readers/archive/import-text.js";
import type { ImportResult } from "../../src/readers/archive/types.js";
import { comparable, disagreement, keepAgreedFields, wordsOfLines, type Reread } from "../../src/readers/ocr/agree.js";
import { readings } from "../../src/readers/ocr/confidence.js";

const TEXT = [
  "LĐLĐ TỈNH LAI CHÂU",
  "Số: 15/KH-LĐLĐ",
  "",
  "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
  "Độc lập - Tự do - Hạnh phúc",
  "Lai Châu, ngày 03 tháng 4 năm 2024",
  "",
  "KẾ HOẠCH",
  "Kiểm tra công tác văn thư",
  "",
  "Nội dung.",
  "",
  "TM. BAN THƯỜNG VỤ",
  "CHỦ TỊCH",
  "Nguyễn Văn A",
].join("\n");

// The first reading's words, each with its place: the header at the top of page 1, the signature lower.
const words = TEXT.split("\n").flatMap((line, i) => line.split(/\s+/u).filter(Boolean).map((text) => ({ text, conf: 95, page: 1, y: i < 10 ? 0.05 + i * 0.03 : 0.7 + (i - 10) * 0.03 })));

/** A second reading that shows the page with some words replaced, and records the bands it was asked for. */
function second(replace: Record<string, string> = {}): { reread: Reread; asked: [number, number, number][] } {
  const asked: [number, number, number][] = [];
  let text = TEXT;
  for (const [from, to] of Object.entries(replace)) text = text.replaceAll(from, to);
  return {
    asked,
    reread: async (page, top, bottom) => {
      asked.push([page, top, bottom]);
      return text.split("\n");
    },
  };
}

describe("two readings agree, or the field stays empty (issue 15)", () => {
  test("readings that agree keep every field; the header's band is read from the top of page 1, the signature's around it", async () => {
    const result = importText(TEXT) as ImportResult;
    const { reread, asked } = second();
    const agreed = await keepAgreedFields(result, words, reread);
    expect(agreed.result).toBe(result);
    expect(asked).toHaveLength(2);
    const [head, foot] = asked;
    expect(head![0]).toBe(1);
    expect(head![1]).toBe(0);
    // The head band ends under the subject (line 9), above the body.
    expect(head![2]).toBeGreaterThan(0.05 + 8 * 0.03);
    expect(head![2]).toBeLessThan(0.05 + 10 * 0.03 + 0.04);
    expect(foot![1]).toBeGreaterThan(0.6);
  });

  test("a tone mark read otherwise the second time empties that field only, with a warning quoting both readings", async () => {
    const result = importText(TEXT) as ImportResult;
    const agreed = await keepAgreedFields(result, words, second({ "Kiểm tra": "Kiếm tra" }).reread);
    const r = agreed.result;
    expect(r.document).not.toHaveProperty("subject");
    expect(r.fields.subject).toBe("missing");
    expect(r.document).toMatchObject({ number: 15, place: "Lai Châu", date: "2024-04-03", kind: "ke-hoach" });
    expect(r.warnings).toContainEqual(
      expect.objectContaining({
        code: "ocr-readings-differ",
        vi: 'trích yếu: hai lần OCR đọc khác nhau ("Kiểm tra công tác văn thư" và "Kiếm tra công tác văn thư"): để trống, cần nhập tay',
        en: 'subject: two OCR readings differ ("Kiểm tra công tác văn thư" and "Kiếm tra công tác văn thư"): left empty for a person to fill',
      }),
    );
  });

  test("the place is read whole: no capitalised word before it on the other reading's line", async () => {
    const result = importText(TEXT) as ImportResult;
    const [date] = readings(result).filter((r) => r.label.en === "place and date");
    expect(disagreement(date!, wordsOfLines(["Số: 15/KH-LĐLĐ Lai Châu, ngày 03 tháng 4 năm 2024"]))).toBeUndefined();
    expect(disagreement(date!, wordsOfLines(["Độc lập - Tự do - Hạnh phúc Lai Châu, ngày 03 tháng 4 năm 2024"]))).toBeUndefined();
    expect(disagreement(date!, wordsOfLines(["VĂN PHÒNG Lai Châu, ngày 03 tháng 4 năm 2024"]))).toBeUndefined();
    expect(disagreement(date!, wordsOfLines(["Số: 15/KH-LĐLĐ-Lai", "Tam Lai Châu, ngày 03 tháng 4 năm 2024"]))).toBeDefined();
  });

  test("the number and symbol are compared as one token; the date line up to its year; the issuer line by line", async () => {
    const result = importText(TEXT) as ImportResult;
    const byField = Object.fromEntries(readings(result).map((r) => [r.label.en, r.evidence]));
    expect(byField["number and symbol"]).toEqual(["15/KH-LĐLĐ"]);
    expect(byField["place and date"]).toEqual(["Lai Châu, ngày 03 tháng 4 năm 2024"]);
    expect(byField.issuer).toEqual(["LĐLĐ TỈNH LAI CHÂU"]);
    // Spaces around "/" and "-" are no difference; a digit is.
    const spaced = await keepAgreedFields(result, words, second({ "15/KH-LĐLĐ": "15 / KH - LĐLĐ" }).reread);
    expect(spaced.result.document).toMatchObject({ number: 15 });
    const other = await keepAgreedFields(result, words, second({ "15/KH-LĐLĐ": "16/KH-LĐLĐ" }).reread);
    expect(other.result.document).not.toHaveProperty("number");
    expect(other.result.document).not.toHaveProperty("symbol");
    const day = await keepAgreedFields(result, words, second({ "ngày 03": "ngày 08" }).reread);
    expect(day.result.document).not.toHaveProperty("date");
    expect(day.result.document).not.toHaveProperty("place");
  });

  test("a second reading that fused two words confirms them; one that parts a word the first reading fused does not", () => {
    const [subject] = readings(importText(TEXT) as ImportResult).filter((r) => r.label.en === "subject");
    expect(disagreement(subject!, wordsOfLines(["KẾ HOẠCH", "Kiểm tracông tác văn thư"]))).toBeUndefined();
    const fused = { ...subject!, evidence: ["Kiểm tracông tác"] };
    expect(disagreement(fused, wordsOfLines(["Kiểm tra công tác"]))).toEqual({ first: "Kiểm tracông tác", second: "Kiểm tra công" });
    // A word the first reading broke ("THƯỜN G") is not confirmed by one that reads it whole.
    const broken = { ...subject!, evidence: ["BAN THƯỜN G VỤ"] };
    expect(disagreement(broken, wordsOfLines(["BAN THƯỜNG VỤ"]))).toBeDefined();
  });

  test("a second reading that fails confirms nothing", async () => {
    const result = importText(TEXT) as ImportResult;
    const agreed = await keepAgreedFields(result, words, () => Promise.reject(new Error("tesseract: no answer within 60000 ms")));
    expect(agreed.result.ok).toBe(false);
    for (const k of ["issuer", "number", "date", "kind", "subject"]) expect(agreed.result.document).not.toHaveProperty(k);
  });

  test("property: a field is kept only if the second reading shows its words, whatever one letter of it becomes", async () => {
    const result = importText(TEXT) as ImportResult;
    const letters = [...TEXT].map((c, i) => [c, i] as const).filter(([c]) => /\p{L}|\d/u.test(c));
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...letters), fc.constantFrom("a", "ả", "ấ", "Ậ", "7", "ư"), async ([c, i], to) => {
        fc.pre(c !== to);
        const changed = TEXT.slice(0, i) + to + TEXT.slice(i + 1);
        const agreed = await keepAgreedFields(result, words, async () => changed.split("\n"));
        const seen = wordsOfLines(changed.split("\n")).words.join(" ");
        const fold = (s: string, anyCase?: boolean) => (anyCase ? s.toLocaleLowerCase("vi") : s);
        for (const r of readings(agreed.result).filter((f) => f.keys.some((k) => agreed.result.fields[k] === "text"))) for (const e of r.evidence) expect(fold(` ${seen} `, r.anyCase)).toContain(fold(` ${comparable(e).join(" ")} `, r.anyCase));
      }),
      { numRuns: 150 },
    );
  });
});
