import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { checkDocument } from "../../src/check/index.js";
import { readDocumentText, renderDraft, renderDraftText } from "../../src/drafts/index.js";
import { parseDocument } from "../../src/model/parse.js";
import { renderPdf } from "../../src/writers/pdf/index.js";
import { fold, inspectPdf } from "../support/pdf-inspect.js";
import { draftError } from "./support.js";

const DIR = "examples/drafts";
const TEMPLATES = [
  { name: "ke-hoach-nam", kind: "ke-hoach" },
  { name: "huong-dan-chu-de", kind: "huong-dan" },
  { name: "thong-bao-nhiem-vu", kind: "thong-bao" },
  { name: "cong-van-bao-cao", kind: "cong-van" },
] as const;
// The samples are dated 2025; the clock only matters for an undated draft.
const NOW = new Date("2025-11-01T03:00:00Z");

function sample(name: string): Record<string, unknown> {
  return JSON.parse(readFileSync(`${DIR}/${name}.data.json`, "utf8")) as Record<string, unknown>;
}

describe.each(TEMPLATES)("examples/drafts/$name.hbs", ({ name, kind }) => {
  const template = `${DIR}/${name}.hbs`;
  const doc = renderDraft(template, sample(name), { now: NOW });

  it("renders its sample data into a valid Document of its kind", () => {
    expect(parseDocument(doc)).toEqual(doc);
    expect(doc.kind).toBe(kind);
    expect(doc.profile).toBe("union");
    expect(doc.issuer).toEqual({ superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] });
    expect(doc.body.length).toBeGreaterThan(5);
  });

  it("passes the checker: no error-level finding", () => {
    const errors = checkDocument(doc).filter((f) => f.severity === "error");
    expect(errors).toEqual([]);
  });

  it("renders to a PDF whose text holds the subject", async () => {
    const pdf = await renderPdf(doc);
    const { pages } = await inspectPdf(pdf);
    expect(fold(pages[0]!.text)).toContain(fold(doc.subject));
  });

  it("its document text reads back to the same Document", () => {
    expect(readDocumentText(renderDraftText(template, sample(name), { now: NOW }))).toEqual(doc);
  });

  it("its schema refuses bad data, naming each field in both languages", () => {
    const data = sample(name);
    data.so = 0;
    data.ngayBanHanh = "2025-02-30";
    delete (data.kyTen as Record<string, unknown>).hoTen;
    data.thua = true;
    const error = draftError(() => renderDraft(template, data));
    expect(error.stage).toBe("data");
    expect(error.issues.map((i) => i.path).sort()).toEqual(["(document)", "kyTen.hoTen", "ngayBanHanh", "so"]);
    expect(error.issues.find((i) => i.path === "kyTen.hoTen")).toMatchObject({ vi: "thiếu trường bắt buộc", en: "required field is missing" });
    expect(error.issues.find((i) => i.path === "(document)")!.en).toContain("thua");
  });
});

describe("the công văn sample", () => {
  const doc = renderDraft(`${DIR}/cong-van-bao-cao.hbs`, sample("cong-van-bao-cao"), { now: NOW });

  it('has several Kính gửi units and "Như trên" first in Nơi nhận', () => {
    expect(doc.kinhGui!.length).toBeGreaterThanOrEqual(3);
    expect(doc.recipients.items[0]).toEqual({ name: "Như trên" });
    expect(doc.symbol).toEqual({ issuer: "LĐLĐ", unit: "VP" });
    expect(doc.subject).toBe("báo cáo hoạt động công đoàn năm 2025, nhiệm vụ trọng tâm năm 2026");
  });

  it("as an unnumbered, undated draft takes its years from the clock", () => {
    const data = { ...sample("cong-van-bao-cao"), so: null, ngayBanHanh: null };
    const draft = renderDraft(`${DIR}/cong-van-bao-cao.hbs`, data, { now: new Date("2026-10-20T03:00:00Z") });
    expect(draft.number).toBeNull();
    expect(draft.date).toBeNull();
    expect(draft.subject).toBe("báo cáo hoạt động công đoàn năm 2026, nhiệm vụ trọng tâm năm 2027");
  });
});
