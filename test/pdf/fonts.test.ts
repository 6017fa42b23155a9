import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseDocument } from "../../src/model/parse.js";
import { renderPdf } from "../../src/writers/pdf/index.js";
import { inspectPdf } from "../support/pdf-inspect.js";

const root = new URL("../../", import.meta.url).pathname;
const doc = parseDocument(JSON.parse(readFileSync(join(root, "test/fixtures/union-minimal.json"), "utf8")));

describe("fonts", () => {
  test("the bundled font is embedded and carries the licence beside it", async () => {
    const { pages } = await inspectPdf(await renderPdf(doc));
    expect(new Set(pages[0]!.items.map((i) => i.font.replace(/^[A-Z]{6}\+/, "")))).toEqual(
      new Set(["LiberationSerif", "LiberationSerif-Bold", "LiberationSerif-Italic", "LiberationSerif-BoldItalic"]),
    );
    expect(readFileSync(join(root, "fonts/OFL.txt"), "utf8")).toContain("SIL OPEN FONT LICENSE Version 1.1");
  });

  test("a caller's own font files are used instead (here: the italic faces as the upright ones)", async () => {
    const f = (name: string) => join(root, "fonts", name);
    const fonts = {
      normal: f("LiberationSerif-Italic.ttf"),
      bold: f("LiberationSerif-BoldItalic.ttf"),
      italics: f("LiberationSerif-Italic.ttf"),
      bolditalics: f("LiberationSerif-BoldItalic.ttf"),
    };
    const { pages } = await inspectPdf(await renderPdf(doc, { fonts }));
    expect(pages[0]!.items.every((i) => i.italic)).toBe(true);
  });

  test("text the font cannot draw is refused with the characters named", async () => {
    const bad = { ...doc, subject: "Thực hiện chủ đề 漢字" };
    await expect(renderPdf(bad)).rejects.toThrow(/U\+6F22/);
  });

  test("decomposed (NFD) input prints as NFC text (R-FONT-2)", async () => {
    const nfd = JSON.parse(JSON.stringify(doc).normalize("NFD"));
    expect(nfd.subject).not.toBe(doc.subject);
    const { pages } = await inspectPdf(await renderPdf(nfd));
    expect(pages[0]!.text).toContain(doc.subject);
    expect(pages[0]!.text).toBe(pages[0]!.text.normalize("NFC"));
  });
});
