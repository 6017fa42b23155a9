import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { importText } from "../../src/readers/archive/index.js";
import { readDocumentText } from "../../src/drafts/index.js";
import { checkDocument } from "../../src/check/index.js";
import { blockFromLine } from "../../src/readers/text-body.js";

const text = readFileSync(new URL("./fixtures/quyet-dinh.txt", import.meta.url), "utf8");

describe("Quyết định: the enacting line and articles (spec §7.1)", () => {
  test("an archived Quyết định imports with its bases, enacting line and Điều articles", () => {
    const r = importText(text, { defaults: { profile: "nd30" } });
    expect(r.errors).toEqual([]);
    expect(r.warnings).toEqual([]);
    if (!r.ok) throw new Error("expected a complete document");
    const doc = r.document;
    expect(doc).toMatchObject({ kind: "quyet-dinh", number: 112, symbol: { issuer: "UBND" } });
    expect(doc.issuer).toEqual({ body: ["ỦY BAN NHÂN DÂN", "TỈNH LAI CHÂU"] });
    expect(doc.body.map((b) => b.type)).toEqual(["basis", "basis", "basis", "enactment", "article", "article", "article"]);
    expect(doc.body[4]).toMatchObject({ type: "article", unit: "dieu", label: "1" });
    expect(doc.signature).toMatchObject({ authority: ["TM. ỦY BAN NHÂN DÂN"], delegation: "KT. CHỦ TỊCH", title: "PHÓ CHỦ TỊCH" });
    expect(checkDocument(doc, { now: new Date("2025-01-01") }).filter((f) => f.severity === "error")).toEqual([]);
  });

  test("the draft reader shares the recognition", () => {
    const doc = readDocumentText(
      [
        "Profile: nd30",
        "Kind: Quyết định",
        "Issuer: ỦY BAN NHÂN DÂN | TỈNH LAI CHÂU",
        "Number: 112",
        "Symbol: UBND",
        "Place: Lai Châu",
        "Date: 2024-05-14",
        "Subject: Ban hành Quy chế công tác văn thư",
        "Recipient: Như Điều 3",
        "Archive: NC",
        "Authority: TM. ỦY BAN NHÂN DÂN",
        "Title: CHỦ TỊCH",
        "Signer: Nguyễn Văn A",
        "---",
        "Căn cứ Luật Tổ chức chính quyền địa phương;",
        "",
        "QUYẾT ĐỊNH:",
        "",
        "Điều 1. Ban hành kèm theo Quyết định này Quy chế công tác văn thư.",
        "",
        "Điều 2. Quyết định này có hiệu lực kể từ ngày ký.",
      ].join("\n"),
    );
    expect(doc.body.map((b) => b.type)).toEqual(["basis", "enactment", "article", "article"]);
  });

  test("chapters and sections with their title on the line", () => {
    expect(blockFromLine("Chương II. QUY ĐỊNH CỤ THỂ")).toEqual({ type: "article", unit: "chuong", label: "II", title: "QUY ĐỊNH CỤ THỂ" });
    expect(blockFromLine("Mục 1: Văn bản đi")).toEqual({ type: "article", unit: "muc", label: "1", title: "Văn bản đi" });
    expect(blockFromLine("Chương trình hành động số 12-CTr/TU").type).toBe("paragraph");
  });
});
