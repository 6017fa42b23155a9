import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { z } from "zod";
import { renderDraft } from "../../src/drafts/index.js";
import { HEADER, bodyTexts, draft, draftError, folderWith } from "./support.js";

describe("data schemas: the data is validated before rendering", () => {
  it("an inline zod schema: every bad field named, in both languages; no rendering happens", () => {
    const schema = z.strictObject({ subject: z.string().min(1), count: z.number().int(), tasks: z.array(z.string()).min(1) });
    const error = draftError(() => draft("{{undefinedVariable}}", { subject: "", count: 1.5 }, {}, { schema }));
    expect(error.stage).toBe("data");
    expect(error.issues).toEqual([
      { path: "subject", vi: "không được để trống", en: "must not be empty" },
      { path: "count", vi: "cần số nguyên", en: "expected an integer" },
      { path: "tasks", vi: "thiếu trường bắt buộc", en: "required field is missing" },
    ]);
    expect(error.message).toMatch(/^Dữ liệu cho mẫu không hợp lệ \/ invalid template data \(3\):/);
  });

  it("an inline JSON Schema, and the data it accepts renders", () => {
    const schema = {
      type: "object",
      required: ["subject", "han"],
      properties: { subject: { type: "string" }, han: { type: "string", format: "date" }, ma: { type: "string", pattern: "^[A-Z]+$" } },
    };
    const error = draftError(() => draft("A", { subject: "S", han: "2025-02-30", ma: "ab" }, {}, { schema }));
    expect(error.issues).toEqual([
      { path: "han", vi: "ngày phải có dạng YYYY-MM-DD và có thật", en: "expected a real date YYYY-MM-DD" },
      { path: "ma", vi: "không đúng mẫu /^[A-Z]+$/", en: "does not match the pattern /^[A-Z]+$/" },
    ]);
    expect(bodyTexts(draft("Hạn {{ngayNgan han}}.", { subject: "S", han: "2025-11-05" }, {}, { schema }))).toEqual(["Hạn 05/11/2025."]);
  });

  it("NAME.schema.json next to NAME.hbs is used; a broken or unsupported schema is a template error", () => {
    const dir = folderWith({ "t.hbs": `${HEADER}Nội dung.`, "t.schema.json": '{"type": "object", "required": ["subject"]}' });
    expect(draftError(() => renderDraft(join(dir, "t.hbs"), {})).issues).toEqual([expect.objectContaining({ path: "subject" })]);
    writeFileSync(join(dir, "t.schema.json"), "{ not json");
    expect(draftError(() => renderDraft(join(dir, "t.hbs"), { subject: "S" })).issues[0]).toMatchObject({ path: "t.schema.json" });
    writeFileSync(join(dir, "t.schema.json"), '{"if": {"type": "string"}, "then": {"minLength": 2}}');
    const unsupported = draftError(() => renderDraft(join(dir, "t.hbs"), { subject: "S" }));
    expect(unsupported.stage).toBe("template");
    expect(unsupported.issues[0]!.en).toContain("the data schema cannot be used");
  });
});
