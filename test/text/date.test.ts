import { describe, expect, test } from "vitest";
import { DateTime } from "luxon";
import { formatDateLine, formatDateWords } from "../../src/text/date.js";
import { loadProfile } from "../../src/layout/load.js";

const PROFILES = ["nd30", "union", "party"] as const;

describe("date line (R-DATE-1, R-DATE-2)", () => {
  test("spec §3 table", () => {
    expect(formatDateLine("Lai Châu", "2022-04-01")).toBe("Lai Châu, ngày 01 tháng 4 năm 2022");
    expect(formatDateLine("Lai Châu", "2024-02-23")).toBe("Lai Châu, ngày 23 tháng 02 năm 2024");
    expect(formatDateLine("Hà Nội", "2020-01-05")).toBe("Hà Nội, ngày 05 tháng 01 năm 2020");
    expect(formatDateLine("Lai Châu", "2023-10-25")).toBe("Lai Châu, ngày 25 tháng 10 năm 2023");
    expect(formatDateLine("Hà Nội", "2024-05-14")).toBe("Hà Nội, ngày 14 tháng 5 năm 2024");
    expect(formatDateLine("Thừa Thiên Huế", "2021-11-15")).toBe("Thừa Thiên Huế, ngày 15 tháng 11 năm 2021");
    expect(formatDateLine("Thành phố Hồ Chí Minh", "2019-06-29")).toBe("Thành phố Hồ Chí Minh, ngày 29 tháng 6 năm 2019");
  });

  // Exhaustive: every month, days 1 to 31, each profile (leap year 2024 and common year 2023).
  for (const id of PROFILES) {
    test(`every day of every month, profile ${id}`, () => {
      const padding = loadProfile(id).date;
      let valid = 0;
      let invalid = 0;
      for (const year of [2023, 2024]) {
        for (let month = 1; month <= 12; month++) {
          for (let day = 1; day <= 31; day++) {
            const iso = `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
            const real = DateTime.fromISO(iso).isValid;
            if (!real) {
              expect(() => formatDateWords(iso, padding), iso).toThrow(RangeError);
              invalid++;
              continue;
            }
            valid++;
            const line = formatDateLine("Lai Châu", iso, padding);
            const m = /^Lai Châu, ngày (\d{2}) tháng (\d{1,2}) năm (\d{4})$/.exec(line);
            expect(m, line).not.toBeNull();
            expect(Number(m![1])).toBe(day);
            expect(Number(m![2])).toBe(month);
            expect(m![3]).toBe(String(year));
            // Months 1 and 2 are padded; 3 to 9 never are; 10 to 12 have two digits anyway.
            const expectedMonth = month <= 2 ? `0${month}` : String(month);
            expect(m![2]).toBe(expectedMonth);
            expect(m![1]).toBe(String(day).padStart(2, "0"));
            expect(line).not.toMatch(/[/-]/);
          }
        }
      }
      expect(valid).toBe(365 + 366);
      expect(invalid).toBe(2 * 12 * 31 - valid);
    });
  }

  test("an undated draft prints blanks", () => {
    expect(formatDateLine("Hà Nội", null)).toMatch(/^Hà Nội, ngày\s{6}tháng\s{6}năm 20\.\.$/);
  });

  test("malformed ISO strings are refused", () => {
    for (const bad of ["2022-4-1", "01/04/2022", "2022-02-30", "2023-02-29", ""]) {
      expect(() => formatDateWords(bad)).toThrow(/invalid date/);
    }
  });
});
