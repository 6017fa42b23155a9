import { describe, expect, it } from "vitest";
import { createHelpers, HelperProblem, Structured } from "../../src/drafts/template/helpers.js";
import { bodyTexts, draft, draftError } from "./support.js";

// 2025-12-31 18:30 UTC is already 1 January 2026 in Vietnam (UTC+7).
const NEW_YEAR_IN_HANOI = new Date("2025-12-31T18:30:00Z");
const h = createHelpers(() => NEW_YEAR_IN_HANOI);
const call = (name: string, args: unknown[], hash: Record<string, unknown> = {}): unknown => h[name]!(args, hash);

describe("date helpers (R-DATE-1, R-DATE-2)", () => {
  it("ngay writes the official form: day with 2 digits, months 1–2 padded, 3–9 not", () => {
    expect(call("ngay", ["2022-04-01"])).toBe("ngày 01 tháng 4 năm 2022");
    expect(call("ngay", ["2024-02-23"])).toBe("ngày 23 tháng 02 năm 2024");
    expect(call("ngay", ["2020-01-05"])).toBe("ngày 05 tháng 01 năm 2020");
    expect(call("ngay", ["2023-10-25"])).toBe("ngày 25 tháng 10 năm 2023");
    expect(call("ngay", ["2019-06-09"])).toBe("ngày 09 tháng 6 năm 2019");
  });

  it("ngay with a place writes the whole date line; null gives the blank draft date", () => {
    expect(call("ngay", ["2022-04-01", "Lai Châu"])).toBe("Lai Châu, ngày 01 tháng 4 năm 2022");
    expect(call("ngay", [null])).toBe("ngày      tháng      năm 20..");
  });

  it("ngay without a date is today in Vietnam, from the injected clock", () => {
    expect(call("ngay", [])).toBe("ngày 01 tháng 01 năm 2026");
    expect(call("today", [])).toBe("2026-01-01");
  });

  it("ngayNgan cites a date in running text: 05/11/2025, 08/02/2025, 20/6/2025", () => {
    expect(call("ngayNgan", ["2025-11-05"])).toBe("05/11/2025");
    expect(call("ngayNgan", ["2025-02-08"])).toBe("08/02/2025");
    expect(call("ngayNgan", ["2025-06-20"])).toBe("20/6/2025");
  });

  it("refuses dates that do not exist", () => {
    expect(() => call("ngay", ["2022-02-30"])).toThrow(HelperProblem);
    expect(() => call("ngay", ["01/04/2022"])).toThrow(/YYYY-MM-DD/);
  });
});

describe("year and number helpers", () => {
  it("year and nextYear come from the injected clock, in Vietnam's time zone", () => {
    expect(call("year", [])).toBe(2026);
    expect(call("nextYear", [])).toBe(2027);
    expect(createHelpers(() => new Date("2025-12-31T16:59:00Z")).year!([], {})).toBe(2025);
  });

  it("year and nextYear of a date or a number; null means this year", () => {
    expect(call("year", ["2024-10-14"])).toBe(2024);
    expect(call("nextYear", ["2024-10-14"])).toBe(2025);
    expect(call("nextYear", [2030])).toBe(2031);
    expect(call("year", [null])).toBe(2026);
  });

  it("add, sub, pad2, roman", () => {
    expect(call("add", [2024, 1])).toBe(2025);
    expect(call("add", ["2024", 1, 2])).toBe(2027);
    expect(call("sub", [2025, 3])).toBe(2022);
    expect(call("pad2", [5])).toBe("05");
    expect(call("pad2", [12])).toBe("12");
    expect(call("roman", [4])).toBe("IV");
    expect(() => call("add", ["hai", 1])).toThrow(/expected a number/);
    expect(() => call("pad2", [-1])).toThrow(HelperProblem);
  });
});

describe("text helpers", () => {
  it('upper keeps every diacritic: "đoàn" → "ĐOÀN"', () => {
    expect(call("upper", ["đoàn"])).toBe("ĐOÀN");
    expect(call("upper", ["Liên đoàn Lao động tỉnh Lai Châu"])).toBe("LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU");
    expect(call("upper", ["Ban Thường vụ"])).toBe("BAN THƯỜNG VỤ");
    expect(call("upper", ["ủy ban nhân dân"])).toBe("ỦY BAN NHÂN DÂN");
  });

  it('list renders "- " items, one block each, with the items as values', () => {
    const out = call("list", [["Một", "", "Hai"]]) as Structured;
    expect(out).toBeInstanceOf(Structured);
    expect(out.parts).toEqual(["- ", { value: "Một" }, "\n\n", "- ", { value: "Hai" }]);
    expect((call("list", [["x"]], { marker: "+" }) as Structured).parts).toEqual(["+ ", { value: "x" }]);
    expect(() => call("list", ["not a list"])).toThrow(/expected a list/);
  });
});

describe("helpers in a template", () => {
  it("render with the clock from options.now", () => {
    const doc = draft(
      "Năm {{year}}, năm sau {{nextYear}}; {{ngay \"2022-04-01\" \"Lai Châu\"}}; số {{pad2 7}}; {{upper \"đoàn\"}}.\n\n{{list items}}\n\n{{list items marker=\"+\"}}",
      { subject: "S", items: ["Việc một", "Việc hai"] },
      { now: new Date("2025-10-20T03:00:00Z") },
    );
    expect(bodyTexts(doc)).toEqual([
      "Năm 2025, năm sau 2026; Lai Châu, ngày 01 tháng 4 năm 2022; số 07; ĐOÀN.",
      "Việc một",
      "Việc hai",
      "Việc một",
      "Việc hai",
    ]);
    expect(doc.body.slice(1).map((b) => (b.type === "item" ? b.marker : b.type))).toEqual(["-", "-", "+", "+"]);
  });

  it("a helper used on data that is not fit for it names the helper and the line", () => {
    const error = draftError(() => draft("{{add n 1}}", { subject: "S", n: "mười" }));
    expect(error.issues).toEqual([expect.objectContaining({ path: "add", line: 12 })]);
    expect(error.issues[0]!.vi).toContain("add: cần một số");
  });

  it("helper names are reserved; this.NAME reads the data", () => {
    const doc = draft("{{year}} / {{this.year}} / {{add this.year 1}}", { subject: "S", year: 1999 }, { now: new Date("2025-06-01T00:00:00Z") });
    expect(bodyTexts(doc)).toEqual(["2025 / 1999 / 2000"]);
  });
});
