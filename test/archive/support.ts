// Small fixtures for the archive reader: a complete short union document, region by region, so
// that each test can replace the one region whose tolerance it checks.
import type { ImportDefaults, ImportResult } from "../../src/readers/archive/index.js";

export const LAI_CHAU: ImportDefaults = {
  profile: "union",
  issuer: { superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] },
  place: "Lai Châu",
};

export const THUA_THIEN_HUE: ImportDefaults = {
  profile: "party",
  issuer: { body: ["TỈNH ỦY THỪA THIÊN HUẾ"] },
  place: "Thừa Thiên Huế",
};

/** The header fields HEADER reads as (the union Hướng dẫn 60/HD-LĐLĐ of seed 000). */
export const HEADER_FIELDS = {
  profile: "union",
  kind: "huong-dan",
  issuer: { superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] },
  number: 60,
  symbol: { issuer: "LĐLĐ" },
  place: "Lai Châu",
  date: "2022-04-01",
  subject: "Thực hiện chủ đề hoạt động công đoàn năm 2022",
} as const;

export const HEADER = [
  "TỔNG LĐLĐ VIỆT NAM",
  "LĐLĐ TỈNH LAI CHÂU",
  "Số: 60/HD-LĐLĐ",
  "Lai Châu, ngày 01 tháng 4 năm 2022",
  "",
  "HƯỚNG DẪN",
  "Thực hiện chủ đề hoạt động công đoàn năm 2022",
  "",
];

export const BODY = ["I. CÁC CHỈ TIÊU", "", "Thực hiện theo Quyết định số 710/QĐ-LĐLĐ của Liên đoàn Lao động tỉnh.", ""];

export const CLOSING = [
  "Nơi nhận:",
  "- Tổng LĐLĐ Việt Nam (b/c);",
  "- Thường trực LĐLĐ tỉnh;",
  "- Lưu: VT, CSPL&QHLĐ.",
  "",
  "TM. BAN THƯỜNG VỤ",
  "CHỦ TỊCH",
  "",
  "",
  "Nguyễn Thị Thiện",
];

/** A whole document with the given regions replaced. */
export function compose(parts: { header?: string[]; body?: string[]; closing?: string[] } = {}): string {
  return [...(parts.header ?? HEADER), ...(parts.body ?? BODY), ...(parts.closing ?? CLOSING)].join("\n");
}

/** The codes of the warnings, in order. */
export function codes(result: ImportResult): string[] {
  return result.warnings.map((w) => w.code);
}

/** The warnings with a code, as [line, text] pairs. */
export function warned(result: ImportResult, code: string): [number, string][] {
  return result.warnings.filter((w) => w.code === code).map((w) => [w.line, w.text]);
}

/** Block kinds and levels: "heading1", "paragraph", "item-" … */
export function shape(result: ImportResult): string[] {
  return (result.document.body ?? []).map((b) => {
    if (!b) return "?";
    if (b.type === "heading") return `heading${b.level}`;
    if (b.type === "item") return `item${b.marker}`;
    return b.type ?? "?";
  });
}
