import { upperVi } from "../../text/case.js";
import { CirculationSchema, UrgencySchema } from "../../model/document.js";
import type { Finding } from "../finding.js";
import type { ModelContext } from "../context.js";
import { isCaps } from "../text.js";

/** R-HDR-3: the issuing body and the superior body above it are written in capitals. */
export function issuerCaps(ctx: ModelContext): Finding[] {
  const { issuer } = ctx.doc;
  const lines = [
    ...(issuer.superior ?? []).map((text, i) => ({ text, path: `issuer.superior[${i}]` })),
    ...issuer.body.map((text, i) => ({ text, path: `issuer.body[${i}]` })),
  ];
  return lines
    .filter((l) => !isCaps(l.text))
    .map((l) =>
      ctx.finding("R-HDR-3", {
        path: l.path,
        message: { vi: "Tên cơ quan ban hành và cơ quan cấp trên viết in hoa", en: "Issuing and superior bodies are written in capitals" },
        expected: upperVi(l.text),
        actual: l.text,
        fix: `Viết in hoa: "${upperVi(l.text)}".`,
      }),
    );
}

/** R-MARK-1: an urgency stamp reads exactly one of the decree's words (its frame is the writer's). */
export function urgencyStamp(ctx: ModelContext): Finding[] {
  const value: unknown = ctx.doc.urgency;
  if (value === undefined || (UrgencySchema.options as readonly unknown[]).includes(value)) return [];
  return [
    ctx.finding("R-MARK-1", {
      path: "urgency",
      message: { vi: "Dấu chỉ mức độ khẩn không đúng chữ quy định", en: "The urgency stamp is not one of the regulation's words" },
      expected: UrgencySchema.options.join(" | "),
      actual: String(value),
      fix: `Dùng một trong: ${UrgencySchema.options.join(", ")}.`,
    }),
  ];
}

/** R-MARK-2: a circulation note reads exactly one of the decree's phrases. */
export function circulationNote(ctx: ModelContext): Finding[] {
  const value: unknown = ctx.doc.circulation;
  if (value === undefined || (CirculationSchema.options as readonly unknown[]).includes(value)) return [];
  return [
    ctx.finding("R-MARK-2", {
      path: "circulation",
      message: { vi: "Chỉ dẫn phạm vi lưu hành không đúng chữ quy định", en: "The circulation note is not one of the regulation's phrases" },
      expected: CirculationSchema.options.join(" | "),
      actual: String(value),
      fix: `Dùng một trong: ${CirculationSchema.options.join(", ")}.`,
    }),
  ];
}
