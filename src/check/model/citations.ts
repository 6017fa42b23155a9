import type { Block, Inline } from "../../model/document.js";
import { plainText } from "../../model/inline.js";
import type { Finding } from "../finding.js";
import type { ModelContext } from "../context.js";
import { calendarDate } from "../dates.js";

interface TextAt {
  path: string;
  text: string;
}

function blockTexts(block: Block, i: number): TextAt[] {
  const at = (field: string, content: Inline): TextAt => ({ path: `body[${i}].${field}`, text: plainText(content) });
  switch (block.type) {
    case "article":
      return [at("title", block.title)];
    case "table":
      return block.rows.flatMap((row, r) => row.map((cell, c) => at(`rows[${r}][${c}]`, cell)));
    default:
      return [at("content", block.content)];
  }
}

/** The free text of a document where citations occur: subject, Kính gửi, body. */
export function citationTexts(ctx: ModelContext): TextAt[] {
  const { doc } = ctx;
  return [
    { path: "subject", text: doc.subject },
    ...(doc.kinhGui ?? []).map((text, i) => ({ path: `kinhGui[${i}]`, text })),
    ...doc.body.flatMap(blockTexts),
  ];
}

/**
 * R-CITE-1, the spec's two patterns ("53/HD -TLĐ", "710/QĐ - LĐLĐ"; "02 - NQ/TW") and the same
 * with spaces around the "/" ("53 / HD-TLĐ"); each match runs on to the end of the symbol.
 */
const SPACED_SYMBOL = [
  /\d+\p{Ll}?\s*\/\s*\p{Lu}[\p{L}]*(?:\s+-\s*|\s*-\s+)\p{Lu}[\p{L}0-9&]*(?:[-/][\p{L}0-9&]+)*/gu,
  /\d+(?:\s+-\s*|\s*-\s+)\p{Lu}+\/[\p{L}0-9&]+(?:[-/][\p{L}0-9&]+)*/gu,
  /\d+\p{Ll}?(?:\s+\/\s*|\s*\/\s+)\p{Lu}[\p{L}]*[-/][\p{L}0-9&]+(?:[-/][\p{L}0-9&]+)*/gu,
];

/** R-CITE-1: cited document symbols have no spaces around "/" or "-". */
export function citationSpacing(ctx: ModelContext): Finding[] {
  return citationTexts(ctx).flatMap(({ path, text }) => {
    const hits = new Map<number, string>();
    for (const re of SPACED_SYMBOL) {
      for (const m of text.matchAll(re)) {
        const at = m.index ?? 0;
        const seen = [...hits.entries()].some(([start, s]) => at >= start && at < start + s.length);
        if (!seen) hits.set(at, m[0]);
      }
    }
    return [...hits.values()].map((actual) => {
      const expected = actual.replace(/(?:(?<!\s)\s+)?([/-])\s*/gu, "$1");
      return ctx.finding("R-CITE-1", {
        path,
        message: {
          vi: 'Ký hiệu văn bản được dẫn viết liền, không có khoảng trắng quanh "/" hoặc "-"',
          en: 'A cited document symbol has no spaces around "/" or "-"',
        },
        expected,
        actual,
        fix: `Viết "${expected}".`,
      });
    });
  });
}

const CITED_DATE = /(?<![\d/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\d/])/gu;

/** R-CITE-2: dates cited as dd/mm/yyyy are real calendar dates ("03/0/2022" is not). */
export function citedDatesValid(ctx: ModelContext): Finding[] {
  return citationTexts(ctx).flatMap(({ path, text }) =>
    [...text.matchAll(CITED_DATE)].flatMap((m) => {
      if (calendarDate(Number(m[1]), Number(m[2]), Number(m[3])) !== undefined) return [];
      return [
        ctx.finding("R-CITE-2", {
          path,
          message: { vi: `Ngày "${m[0]}" không có thật trong lịch`, en: `The cited date "${m[0]}" does not exist` },
          expected: "dd/mm/yyyy là một ngày có thật",
          actual: m[0],
          fix: `Kiểm tra lại ngày của văn bản được dẫn ("${m[0]}") theo bản gốc.`,
        }),
      ];
    }),
  );
}
