import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseDocument } from "../../src/model/parse.js";
import { DocumentError } from "../../src/model/errors.js";
import { renderPdf } from "../../src/writers/pdf/index.js";
import { loadProfile } from "../../src/layout/load.js";
import { inspectPdf } from "../support/pdf-inspect.js";
import { item } from "./expect-layout.js";

const fixture = (name: string) =>
  parseDocument(JSON.parse(readFileSync(new URL(`../fixtures/${name}.json`, import.meta.url), "utf8")));

describe("presets and variants", () => {
  test('the "decree-example" preset sets the header as the decree\'s own example (spec §2.5)', async () => {
    const { pages } = await inspectPdf(await renderPdf(fixture("union-minimal"), { preset: "decree-example" }));
    const page = pages[0]!;
    expect(item(page, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").size).toBe(12);
    expect(item(page, "Độc lập - Tự do - Hạnh phúc").size).toBe(13);
    expect(item(page, "LĐLĐ TỈNH LAI CHÂU").size).toBe(12);
    expect(item(page, "Lai Châu, ngày").size).toBe(13);
  });

  test("an unknown preset is refused by name", async () => {
    await expect(renderPdf(fixture("union-minimal"), { preset: "fancy" })).rejects.toThrow(/unknown preset "fancy"/);
  });

  test("Kính gửi with one recipient stays on the label's line (R-KG-3)", async () => {
    const { pages } = await inspectPdf(await renderPdf(fixture("nd30-cong-van-khan")));
    expect(item(pages[0]!, "Kính gửi: Ủy ban nhân dân tỉnh Lai Châu.").str).toBe("Kính gửi: Ủy ban nhân dân tỉnh Lai Châu.");
  });

  test("Kính gửi with several recipients: own lines, dashes aligned under the colon, ; then . (R-KG-2, R-KG-3)", async () => {
    const doc = fixture("party-ban-tuyen-giao");
    const { pages } = await inspectPdf(await renderPdf(doc));
    const page = pages[0]!;
    const label = item(page, "Kính gửi:");
    expect(label.str.trim()).toBe("Kính gửi:");
    const lines = page.items.filter((i) => i.str.startsWith("- ") && i.y > label.y && i.y < label.y + 60);
    expect(lines.map((l) => l.str)).toEqual(["- Các huyện ủy, thị ủy, Thành ủy Huế;", "- Các đảng ủy trực thuộc Tỉnh ủy."]);
    const xs = lines.map((l) => l.x);
    expect(Math.max(...xs) - Math.min(...xs)).toBeLessThan(0.1);
    // The items column starts where "Kính gửi" ends, i.e. under the colon (narrower than 6 pt).
    expect(xs[0]!).toBeGreaterThan(label.x + label.width - 6);
    expect(xs[0]!).toBeLessThanOrEqual(label.x + label.width);
  });

  test("the accepted variant puts the first item on the label's line", async () => {
    const profile = loadProfile("party");
    const variant = { ...profile, kinhGui: { ...profile.kinhGui, firstOnLabelLine: true } };
    const { pages } = await inspectPdf(await renderPdf(fixture("party-ban-tuyen-giao"), { profile: variant }));
    const label = item(pages[0]!, "Kính gửi:");
    const first = item(pages[0]!, "- Các huyện ủy");
    expect(Math.abs(first.y - label.y)).toBeLessThan(0.5);
  });

  test("an unissued draft prints a blank number and date", async () => {
    const doc = { ...fixture("union-minimal"), number: null, date: null };
    const { pages } = await inspectPdf(await renderPdf(doc));
    const text = pages[0]!.text;
    // pdf.js folds the blanks to one space; the page itself shows the gaps for hand-writing.
    expect(text).toMatch(/Số:\s*\/HD-LĐLĐ/);
    expect(text).toMatch(/Lai Châu, ngày\s+tháng\s+năm 20\.\./);
  });

  test("the urgency stamp is a 20 × 8 mm frame under the number block (R-MARK-1)", async () => {
    const { pages } = await inspectPdf(await renderPdf(fixture("nd30-cong-van-khan")));
    const page = pages[0]!;
    const stamp = item(page, "KHẨN");
    expect(stamp.bold).toBe(true);
    const mm = 72 / 25.4;
    const frame = page.rules.filter((r) => r.x1 <= stamp.x && r.x2 >= stamp.x + stamp.width && Math.abs(r.y - stamp.y) < 8 * mm);
    expect(frame).toHaveLength(2);
    for (const edge of frame) expect(Math.abs(edge.width - 20 * mm)).toBeLessThan(0.5 * mm);
    expect(Math.abs(Math.abs(frame[0]!.y - frame[1]!.y) - 8 * mm)).toBeLessThan(0.5 * mm);
    expect(stamp.y).toBeGreaterThan(item(page, "Số: 05/SNV-VP").y);
  });

  test("a kind without a type code in its profile is a DocumentError at kind (nd30 has no Kết luận code)", async () => {
    const doc = { ...fixture("nd30-cong-van-khan"), kind: "ket-luan" as const, kinhGui: undefined };
    const error = await renderPdf(doc).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(DocumentError);
    expect((error as DocumentError).issues[0]).toMatchObject({ path: "kind" });
    const ok = await renderPdf({ ...doc, symbol: { ...doc.symbol, typeCode: "KL" } });
    expect((await inspectPdf(ok)).pages[0]!.text).toContain("Số: 05/KL-SNV-VP");
  });
});
