import { describe, expect, test } from "vitest";
import { formatNumber, formatNumberLine } from "../../src/text/number.js";
import { loadProfile } from "../../src/layout/load.js";
import { KIND_IDS } from "../../src/model/kinds.js";

describe("number line (R-NUM-1..5, P-NUM-1)", () => {
  test("spec §4 examples", () => {
    const union = loadProfile("union").number;
    const party = loadProfile("party").number;
    expect(formatNumberLine({ number: 60, typeCode: "HD", issuer: "LĐLĐ" }, union)).toBe("Số: 60/HD-LĐLĐ");
    expect(formatNumberLine({ number: 18, typeCode: null, issuer: "LĐLĐ", unit: "VP" }, union)).toBe("Số: 18/LĐLĐ-VP");
    expect(formatNumberLine({ number: 18, typeCode: null, issuer: "LĐLĐ" }, union)).toBe("Số: 18/LĐLĐ");
    expect(formatNumberLine({ number: 7, typeCode: "CTr", issuer: "LĐLĐ" }, union)).toBe("Số: 07/CTr-LĐLĐ");
    expect(formatNumberLine({ number: 7, numberSuffix: "c", typeCode: "NQ", issuer: "BCH" }, union)).toBe("Số: 07c/NQ-BCH");
    expect(formatNumberLine({ number: 24, typeCode: "KH", issuer: "TU" }, party)).toBe("Số 24-KH/TU");
    expect(formatNumberLine({ number: 357, typeCode: "CV", issuer: "TU" }, party)).toBe("Số 357-CV/TU");
    expect(formatNumberLine({ number: 5, typeCode: "KH", issuer: "CVTLT" }, loadProfile("nd30").number)).toBe("Số: 05/KH-CVTLT");
  });

  // Exhaustive over every kind with a type code, each profile, numbers 1 to 1200.
  for (const id of ["nd30", "union", "party"] as const) {
    test(`every kind and number 1..1200, profile ${id}`, () => {
      const profile = loadProfile(id);
      const grammar =
        id === "party"
          ? /^Số (\d{2,})-([A-Za-zĐđ]+)\/([A-ZĐ0-9&]+(?:-[A-ZĐ0-9&]+)*)$/u
          : /^Số: (\d{2,})\/([A-Za-zĐđ0-9&]+(?:-[A-Za-zĐđ0-9&]+)+)$/u;
      let checked = 0;
      for (const kind of KIND_IDS) {
        const code = profile.typeCodes[kind];
        if (code === undefined) continue;
        for (let n = 1; n <= 1200; n++) {
          const line = formatNumberLine({ number: n, typeCode: code, issuer: "LĐLĐ", unit: code ? undefined : "VP" }, profile.number);
          const m = grammar.exec(line);
          expect(m, line).not.toBeNull();
          expect(Number(m![1])).toBe(n);
          expect(m![1]).toBe(n < 10 ? `0${n}` : String(n)); // R-NUM-2
          expect(line).not.toMatch(/\s[/-]|[/-]\s/); // R-NUM-3: no spaces in the symbol
          if (code) expect(line).toContain(id === "party" ? `-${code}/` : `/${code}-`); // R-NUM-4, exact case
          checked++;
        }
      }
      expect(checked).toBeGreaterThan(10 * 1200);
    });
  }

  test("type codes keep their mixed case (CTr, TTr, QyĐ)", () => {
    const nd30 = loadProfile("nd30");
    expect(nd30.typeCodes["chuong-trinh"]).toBe("CTr");
    expect(nd30.typeCodes["to-trinh"]).toBe("TTr");
    expect(nd30.typeCodes["quy-dinh"]).toBe("QyĐ");
    expect(nd30.typeCodes["cong-van"]).toBeNull();
    expect(loadProfile("party").typeCodes["cong-van"]).toBe("CV");
    expect(loadProfile("union").typeCodes["ket-luan"]).toBe("KL");
    expect(nd30.typeCodes["ket-luan"]).toBeUndefined();
  });

  test("invalid numbers are refused, drafts print blank", () => {
    expect(() => formatNumber(0, 2)).toThrow(RangeError);
    expect(() => formatNumber(-3, 2)).toThrow(RangeError);
    expect(() => formatNumber(2.5, 2)).toThrow(RangeError);
    expect(formatNumber(null, 2)).toMatch(/^\s+$/);
    expect(formatNumberLine({ number: null, typeCode: "KH", issuer: "LĐLĐ" }, loadProfile("union").number)).toMatch(/^Số: \s+\/KH-LĐLĐ$/);
  });
});
