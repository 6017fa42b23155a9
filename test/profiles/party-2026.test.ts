// Issue 11, done-when 2: party-2026 (QĐ 399-QĐ/TW) renders every Party example, and its
// differences from party-2018 (and the opt-in HD 05 variant's) are read back from the PDFs.
import { readFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { DocumentError, loadProfile, parseDocument, profileForDocument, renderPdf, type Document } from "../../src/index.js";
import { inspectPdf, type PageInfo, type TextItem } from "../support/pdf-inspect.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const read = (path: string) => parseDocument(JSON.parse(readFileSync(join(root, path), "utf8")));

/** Every bundled example and fixture whose profile is of the Party family. */
const PARTY_EXAMPLES = ["examples", "test/fixtures"]
  .flatMap((folder) => readdirSync(join(root, folder)).filter((n) => n.endsWith(".json")).map((n) => `${folder}/${n}`))
  .filter((path) => loadProfile(read(path).profile).family === "party");

async function rendered(doc: Document, profile: string) {
  return inspectPdf(await renderPdf(doc, { profile: profileForDocument(doc.profile, { profile }) }));
}

/** Distance between the first two baselines of the first body paragraph ("Thực hiện Kế hoạch số 24-KH/TU …"). */
function lineSpacing(page: PageInfo, size: number): number {
  const start = page.items.find((i) => i.str.startsWith("Thực hiện Kế hoạch"))!;
  const below = page.items.filter((i) => Math.abs(i.size - size) < 0.05 && i.y > start.y + 1).map((i) => i.y);
  return Math.min(...below) - start.y;
}

const starting = (page: PageInfo, text: string): TextItem | undefined => page.items.find((i) => i.str.startsWith(text));

describe("party-2026 (QĐ 399-QĐ/TW) beside party-2018 (HD 36)", () => {
  test("there are Party examples to render", () => {
    expect(PARTY_EXAMPLES).toEqual(expect.arrayContaining(["examples/004-party-ke-hoach-nq02.json", "test/fixtures/party-ban-tuyen-giao.json"]));
  });

  test.each(PARTY_EXAMPLES)("party-2026 renders %s: the Party header, the number without colon, its variant recorded", async (path) => {
    const doc = read(path);
    const { pages, info } = await rendered(doc, "party-2026");
    const first = pages[0]!;
    expect(first.items.some((i) => i.str === "ĐẢNG CỘNG SẢN VIỆT NAM")).toBe(true);
    expect(first.items.some((i) => i.str === "*")).toBe(true);
    expect(first.items.find((i) => i.str.startsWith("Số "))!.str).toMatch(/^Số \d{2,}-\p{L}+\/[\p{Lu}0-9]+$/u); // P-NUM-1
    expect(info.Keywords).toBe("party-2026");
    // The 2018 rendering of the same document records its own variant; the text is the same (HD 36 still lays it out).
    const before = await rendered(doc, "party-2018");
    expect(before.info.Keywords).toBe("party-2018");
    expect(pages.map((p) => p.text)).toEqual(before.pages.map((p) => p.text));
  });

  test("a Giấy mời, a type QĐ 399 adds, renders under party-2026 and is refused by party-2018", async () => {
    const invitation: Document = { ...read("examples/004-party-ke-hoach-nq02.json"), kind: "giay-moi", subject: "dự hội nghị quán triệt Nghị quyết 02-NQ/TW" };
    const { pages } = await rendered(invitation, "party-2026");
    expect(pages[0]!.items.some((i) => i.str === "GIẤY MỜI")).toBe(true);
    expect(pages[0]!.items.find((i) => i.str.startsWith("Số "))!.str).toMatch(/^Số 24-GM\//u);
    await expect(rendered(invitation, "party-2018")).rejects.toThrow(DocumentError);
  });

  test("HD 36: the signer's title is not bold and a Party công văn summary has no V/v (party-2018)", async () => {
    const letter = read("test/fixtures/party-ban-tuyen-giao.json");
    const { pages } = await rendered(letter, "party-2018");
    const page = pages.at(-1)!;
    const title = page.items.find((i) => i.str === "PHÓ TRƯỞNG BAN")!;
    expect(title.bold).toBe(false);
    expect(title.size).toBeCloseTo(14, 1);
    expect(page.items.find((i) => i.str === "Nguyễn Văn A")!.bold).toBe(true);
    const summary = starting(pages[0]!, "triển khai tuyên truyền")!;
    expect(summary.italic).toBe(true);
    expect(pages[0]!.items.some((i) => /^V\/v/u.test(i.str))).toBe(false);
  });

  test("the opt-in HD 05 variant (reported): 'về việc', ';' between recipients, 19 pt lines", async () => {
    const letter = read("test/fixtures/party-ban-tuyen-giao.json");
    const hd36 = await rendered(letter, "party-2018");
    const hd05 = await rendered(letter, "party-2026-hd05");
    expect(starting(hd05.pages[0]!, "về việc triển khai tuyên truyền")).toBeDefined();
    expect(starting(hd36.pages[0]!, "về việc")).toBeUndefined();
    const last = (r: typeof hd36) => r.pages.at(-1)!;
    expect(starting(last(hd05), "- Như trên")!.str).toBe("- Như trên;");
    expect(starting(last(hd36), "- Như trên")!.str).toBe("- Như trên,");
    const body = loadProfile("party-2018").elements.body.size;
    expect(lineSpacing(hd36.pages[0]!, body)).toBeCloseTo(18, 1);
    expect(lineSpacing(hd05.pages[0]!, body)).toBeCloseTo(19, 1);
    expect(hd05.info.Keywords).toBe("party-2026-hd05");
    // Every value HD 05 changes is marked as only reported.
    const standing = loadProfile("party-2026-hd05").standing;
    for (const pointer of ["/vv/prefix", "/recipients/separator", "/paragraph/lineSpacingPt"]) expect(standing[pointer]?.standing, pointer).toBe("reported");
  });
});
