// Issue 14: every reader, the checker and the draft reader run in time linear in their input.
// Adversarial lines (a trigger that puts the line in reach of one rule, then a long run of one
// filler: spaces, separators, combining marks …) are read at 10 KB and at 100 KB. The measure is
// a ratio, never an absolute time: the 100 KB input once against the 10 KB input ten times (the
// same amount of text), medians of a few runs. Linear code gives about 1; a quadratic regular
// expression gives about 10. VANBAN_HOSTILE_FULL=1 tries every trigger with every filler.
import { describe, expect, test } from "vitest";
import { importText } from "../../src/readers/archive/index.js";
import { checkText } from "../../src/check/index.js";
import { checkDocument } from "../../src/check/check-document.js";
import { readDocumentText } from "../../src/drafts/index.js";
import { ValueTable } from "../../src/drafts/template/values.js";
import { readDocumentJson } from "../../src/readers/json/index.js";
import { blockFromLine } from "../../src/readers/text-body.js";
import { parseEmphasis } from "../../src/text/inline-marks.js";
import type { Document } from "../../src/model/document.js";
import { CLOSING, HEADER, LAI_CHAU } from "../archive/support.js";
import { superLinearityBelow } from "../support/linearity.js";

const EXAMPLE = (await import("../../examples/000-huong-dan-chu-de-2022.json", { with: { type: "json" } })).default as Document;

/** What puts a line in reach of the rules: the start of a header field, a marker, a keyword … */
const TRIGGERS = [
  "",
  "Số:",
  "Số",
  "ĐẾN",
  "t",
  "Kính gửi:",
  "Nơi nhận:",
  "- Lưu:",
  "Lai Châu, ngày",
  "ngày tháng năm",
  "V/v",
  "Căn cứ",
  "Điều 1.",
  "Chương I",
  "I.",
  "a)",
  "- Sở Tài chính",
  "TM.",
  "Nguyễn",
  "(b/c)",
];
/** The run that follows, repeated to the input's size. */
const FILLERS = [" ", "\t", " |", "*", "** ", "(", ")", " -", ", ", ";", ". ", " / ", "\u0301", "a", "\u00a0", "…", "[", "#"];

/** The pairs the suite always runs: each reached a quadratic expression in the old code. */
const FINDINGS: [trigger: string, filler: string][] = [
  ["LĐLĐ TỈNH LAI CHÂU", " "], // readers/archive/cells.ts PIPE, and most of the rest below
  ["Số:", "\t"], // number-line.ts PREFIX, check/source/number.ts NUMBER_LINE
  ["Nơi nhận:", " "], // recipients.ts, check/model/recipients.ts NOTE_IN_NAME
  ["- Lưu:", " "], // recipients.ts readArchive, check/patterns.ts expectedArchiveLine
  ["ngày tháng năm", " "], // drafts/text/header-values.ts BLANK_DATE
  ["(b/c)", " "], // check/source/recipients.ts, drafts/text/header-values.ts notes
  ["ĐẾN", " "], // noise.ts STAMP_HEAD
  ["t", " "], // closing.ts MAY_OPEN_CLOSING
  ["- Sở Tài chính", " |"], // cells.ts PIPE with empty cells
  ["", "** "], // text/inline-marks.ts emphasis
  ["", ", "],
  ["", "\u0301"],
];

const PAIRS = process.env.VANBAN_HOSTILE_FULL ? TRIGGERS.flatMap((t) => FILLERS.map((f) => [t, f] as [string, string])) : FINDINGS;

const KB = 1024;
/** A line of `size` bytes or so: the trigger, the filler repeated, and a letter to end it. */
function hostileLine(trigger: string, filler: string, size: number): string {
  return `${trigger}${filler.repeat(Math.ceil(size / Math.max(1, Buffer.byteLength(filler))))}x`;
}

/** Where a hostile line sits in an archived text: alone, in the header, the body or the closing. */
const PLACES: Record<string, (line: string) => string> = {
  alone: (line) => line,
  header: (line) => [HEADER[0], line, ...HEADER.slice(2), "Nội dung.", ...CLOSING].join("\n"),
  closing: (line) => [...HEADER, "Nội dung.", "", "Nơi nhận:", line, ...CLOSING.slice(3)].join("\n"),
};

/** The same text as document text for the draft reader: a header field's value, or a body line. */
function draftText(line: string, field: string | undefined): string {
  const header = [
    "Thể thức: union",
    "Cơ quan ban hành: LĐLĐ TỈNH LAI CHÂU",
    "Ký hiệu: LĐLĐ",
    "Địa danh: Lai Châu",
    "Loại văn bản: cong-van",
    "Số: 18",
    "Ngày: 2025-10-25",
    "Trích yếu: V/v báo cáo",
    "Nơi nhận: Như trên",
    "Lưu: VP",
    "Chức vụ: PHÓ CHỦ TỊCH",
    "Người ký: Lương Xuân Trường",
  ].map((l) => (field && l.startsWith(`${field}:`) ? `${field}: ${line}` : l));
  return [...header, "---", field ? "Nội dung." : line].join("\n");
}

/** A valid document with `text` in many of its text fields, for the checker's model rules. */
function documentWith(text: string): Document {
  return {
    ...EXAMPLE,
    subject: text,
    place: `Lai Châu${text}`,
    kinhGui: [text],
    body: [{ type: "paragraph", content: text }, { type: "item", marker: "-", content: text }, ...EXAMPLE.body],
    recipients: { items: [{ name: text, note: text }], archive: { units: [text] } },
    signature: { ...EXAMPLE.signature, name: `Nguyễn ${text}`, title: text },
  };
}

const quiet = (fn: () => unknown) => () => {
  try {
    fn();
  } catch {
    // Refusing the input is fine: only the time it takes to say so is measured.
  }
};

type Reader = (trigger: string, filler: string, size: number) => () => void;

const READERS: Record<string, Reader> = {
  ...Object.fromEntries(
    Object.entries(PLACES).map(([place, put]) => [
      `import (${place})`,
      (t: string, f: string, n: number) => {
        const text = put(hostileLine(t, f, n));
        return quiet(() => importText(text, { defaults: LAI_CHAU }));
      },
    ]),
  ),
  ...Object.fromEntries(
    Object.entries(PLACES)
      .filter(([place]) => place !== "header")
      .map(([place, put]) => [
      `check text (${place})`,
      (t: string, f: string, n: number) => {
        const text = put(hostileLine(t, f, n));
        return quiet(() => checkText(text, { defaults: LAI_CHAU }));
      },
    ]),
  ),
  "check document": (t, f, n) => {
    const doc = documentWith(hostileLine(t, f, n));
    return quiet(() => checkDocument(doc, { now: new Date("2026-01-01T00:00:00Z") }));
  },
  "document json": (t, f, n) => {
    const json = JSON.stringify(documentWith(hostileLine(t, f, n)));
    return quiet(() => readDocumentJson(json));
  },
  "draft reader (body)": (t, f, n) => {
    const text = draftText(hostileLine(t, f, n), undefined);
    return quiet(() => readDocumentText(text));
  },
  ...Object.fromEntries(
    ["Trích yếu", "Nơi nhận", "Lưu", "Ngày"].map((field) => [
      `draft reader (${field})`,
      (t: string, f: string, n: number) => {
        const text = draftText(hostileLine(t, f, n), field);
        return quiet(() => readDocumentText(text));
      },
    ]),
  ),
  "draft values": (t, f, n) => {
    const value = `${hostileLine(t, f, n)}\n${f.repeat(n / 2 / Math.max(1, f.length))}\nx`;
    return quiet(() => new ValueTable().insert(value));
  },
  "text body line": (t, f, n) => {
    const line = hostileLine(t, f, n);
    return quiet(() => blockFromLine(line, { allowBasis: true, emphasis: true }));
  },
  emphasis: (t, f, n) => {
    const line = hostileLine(t, f, n);
    return quiet(() => parseEmphasis(line));
  },
};

/**
 * Linear code gives about 1, quadratic code 10 (the old code gave 50 to 1,000: seconds at
 * 100 KB); 6 leaves room for a loaded machine.
 */
const MAX_RATIO = 6;

describe("issue 14: readers, checker and draft reader run in linear time on hostile input", () => {
  for (const [name, reader] of Object.entries(READERS)) {
    test(`${name}: 100 KB takes no longer than ten times 10 KB`, () => {
      const slow: string[] = [];
      for (const [trigger, filler] of PAIRS) {
        const ratio = superLinearityBelow(MAX_RATIO, (n) => reader(trigger, filler, n), 10 * KB, 100 * KB);
        if (ratio > MAX_RATIO) slow.push(`${JSON.stringify(trigger)} + ${JSON.stringify(filler)}…: ×${ratio.toFixed(1)}`);
      }
      expect(slow).toEqual([]);
    });
  }
});

describe("the measure itself", () => {
  /** A reader of the same shape that is quadratic on purpose: every 32nd character against every 32nd. */
  const quadratic = (n: number) => {
    const text = "a".repeat(n);
    return () => {
      let sum = 0;
      for (let i = 0; i < text.length; i += 32) for (let j = 0; j < text.length; j += 32) sum += text.charCodeAt(j) ^ i;
      if (sum < 0) throw new Error("unreachable");
    };
  };
  const linear = (n: number) => {
    const text = "a ".repeat(n / 2);
    return () => void text.split(" ").length;
  };

  test("tells quadratic code (above the limit, retried) from linear code (below it)", () => {
    expect(superLinearityBelow(MAX_RATIO, quadratic, 10 * KB, 100 * KB)).toBeGreaterThan(MAX_RATIO);
    expect(superLinearityBelow(MAX_RATIO, linear, 10 * KB, 100 * KB)).toBeLessThan(MAX_RATIO);
  });
});
