import { describe, expect, test } from "vitest";
import { DocumentError } from "../../src/model/errors.js";
import { importText, parseImportDefaults } from "../../src/readers/archive/index.js";
import { BODY, codes, compose, LAI_CHAU, warned } from "./support.js";

// The seeds' situation: the OCR lost the issuer block, the number line and date survive.
const HEADERLESS = ["Số: 60/HD-LĐLĐ", "Lai Châu, ngày 01 tháng 4 năm 2022", "HƯỚNG DẪN", "Thực hiện chủ đề năm 2022", ""];

describe("archive: never invent, supply from the defaults", () => {
  test("a field the text lacks stays empty, with a warning, and validation names it", () => {
    const r = importText(compose({ header: HEADERLESS }));
    expect(r.ok).toBe(false);
    expect(r.document).not.toHaveProperty("issuer");
    expect(r.fields.issuer).toBe("missing");
    expect(warned(r, "missing-issuer")).toEqual([[1, "Số: 60/HD-LĐLĐ"]]);
    expect(r.errors).toEqual([{ path: "issuer", vi: "thiếu trường bắt buộc", en: "required field is missing" }]);
    // Everything else was read.
    expect(r.document).toMatchObject({ number: 60, kind: "huong-dan", date: "2022-04-01", place: "Lai Châu" });
  });

  test("the defaults supply what the text lacks, and the result says which fields came from them", () => {
    const r = importText(compose({ header: HEADERLESS }), { defaults: LAI_CHAU });
    expect(r.ok).toBe(true);
    expect(r.document.issuer).toEqual(LAI_CHAU.issuer);
    expect(r.fields).toEqual({
      profile: "text",
      kind: "text",
      issuer: "default",
      number: "text",
      symbol: "text",
      place: "text",
      date: "text",
      subject: "text",
      body: "text",
      recipients: "text",
      signature: "text",
    });
    // The missing issuer is still reported: the caller sees that the default filled it.
    expect(r.warnings.filter((w) => w.code === "missing-issuer").map((w) => w.en)).toEqual(["the issuing body is missing: taken from the defaults"]);
  });

  test("what the text contains wins over a default", () => {
    const header = ["LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG", ...HEADERLESS.map((l) => l.replace("Lai Châu,", "Tam Đường,"))];
    const r = importText(compose({ header }), { defaults: LAI_CHAU });
    expect(r.document.issuer).toEqual({ body: ["LIÊN ĐOÀN LAO ĐỘNG HUYỆN TAM ĐƯỜNG"] });
    expect(r.document.place).toBe("Tam Đường");
    expect(r.fields).toMatchObject({ issuer: "text", place: "text" });
    expect(warned(r, "place-differs")).toHaveLength(1);
  });

  test("the profile, issuer and place shorthands override `defaults`", () => {
    const r = importText(compose({ header: ["Số: 12/BC", ""] }), { defaults: LAI_CHAU, profile: "nd30", place: "Hà Nội" });
    expect(r.document.profile).toBe("nd30");
    expect(r.document.place).toBe("Hà Nội");
    expect(r.fields).toMatchObject({ profile: "default", place: "default" });
  });

  test("defaults may hold other top-level fields, e.g. a signature for an archive that lost them", () => {
    const signature = { authority: ["TM. BAN THƯỜNG VỤ"], title: "CHỦ TỊCH", name: "Nguyễn Thị Thiện" };
    const r = importText(compose({ header: HEADERLESS, closing: ["Nơi nhận:", "- Lưu VT."] }), { defaults: { ...LAI_CHAU, signature } });
    expect(r.document.signature).toEqual(signature);
    expect(r.fields.signature).toBe("default");
    expect(r.ok).toBe(true);
  });

  test("an incomplete document comes back partial, with every validation issue", () => {
    const r = importText(["HƯỚNG DẪN", "Thực hiện chủ đề năm 2022", "", ...BODY].join("\n"));
    expect(r.ok).toBe(false);
    expect(r.document.body).toHaveLength(2);
    expect(r.errors.map((e) => e.path).sort()).toEqual(["date", "issuer", "number", "place", "recipients", "signature", "symbol"]);
    for (const e of r.errors) expect(e.vi && e.en).toBeTruthy();
    expect(r.warnings.map((w) => w.code)).toEqual(
      expect.arrayContaining(["missing-issuer", "missing-number", "missing-symbol", "missing-place", "missing-date", "missing-recipients", "missing-signature"]),
    );
  });
});

describe("archive: defaults of another profile (a Party document in a union archive)", () => {
  const header = ["*", "Số 24-KH/TU", "Thừa Thiên Hué, ngày 15 tháng 11 năm 2021", "KẾ HOẠCH", "thực hiện Nghị quyết 02-NQ/TW", ""];
  const closing = ["Nơi nhận:", "- Ban Thường vụ,", "- Lưu VPTU.", "", "T/M BAN THƯỜNG VỤ", "PHÓ BÍ THƯ", "Phan Ngọc Thọ"];

  test("the union issuer and place are not applied: the document stays incomplete, with warnings saying why", () => {
    const r = importText(compose({ header, closing }), { defaults: LAI_CHAU });
    expect(r.document.profile).toBe("party");
    expect(r.ok).toBe(false);
    expect(r.document).not.toHaveProperty("issuer");
    expect(r.fields).toMatchObject({ profile: "text", issuer: "missing", place: "text" });
    expect(r.document.place).toBe("Thừa Thiên Hué");
    expect(r.errors.map((e) => e.path)).toContain("issuer");
    const missing = r.warnings.find((w) => w.code === "missing-issuer")!;
    expect(missing.en).toMatch(/not used because the text's profile \(party\) differs from the defaults' \(union\)/);
    expect(codes(r)).not.toContain("place-differs");
  });

  test("the place is withheld too when the text has none", () => {
    const r = importText(compose({ header: ["*", "Số 24-KH/TU", "KẾ HOẠCH", "thực hiện Nghị quyết 02-NQ/TW", ""], closing }), { defaults: LAI_CHAU });
    expect(r.document).not.toHaveProperty("place");
    expect(r.fields.place).toBe("missing");
    expect(r.warnings.find((w) => w.code === "missing-place")?.en).toMatch(/profile \(party\) differs/);
  });

  test("defaults of the same profile are applied as before", () => {
    const r = importText(compose({ header, closing }), { defaults: { profile: "party", issuer: { body: ["TỈNH ỦY THỪA THIÊN HUẾ"] }, place: "Thừa Thiên Huế" } });
    expect(r.ok).toBe(true);
    expect(r.fields).toMatchObject({ issuer: "default", place: "default" });
  });
});

describe("archive: the documented errors", () => {
  test("a non-string input throws a TypeError", () => {
    for (const bad of [undefined, null, 42, {}, ["Số: 1/HD-X"], Buffer.from("Số")]) {
      expect(() => importText(bad as unknown as string)).toThrow(TypeError);
    }
  });

  test("any string is read without throwing: empty, blank, binary-looking", () => {
    for (const s of ["", "\n\n", "\u0000\u0001\uFFFD", "*".repeat(50), "|||", "Số:", "Nơi nhận:", "TM."]) {
      const r = importText(s);
      expect(r.ok).toBe(false);
      expect(r.errors.length).toBeGreaterThan(0);
    }
  });

  test("invalid defaults are a DocumentError naming the field", () => {
    expect(() => parseImportDefaults({ profile: "state" })).toThrow(DocumentError);
    const error = (() => {
      try {
        parseImportDefaults({ profile: "union", issuer: { superior: ["X"] } });
      } catch (e) {
        return e;
      }
    })();
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).issues.map((i) => i.path)).toEqual(["issuer.body"]);
    expect(() => importText("", { defaults: { place: 5 } as never })).toThrow(DocumentError);
  });

  test("a well-formed defaults file parses", () => {
    expect(parseImportDefaults(LAI_CHAU)).toEqual(LAI_CHAU);
  });
});
