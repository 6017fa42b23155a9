import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { parseDocument, renderPdf, renderPdfStream } from "../src/index.js";
import { inspectPdf } from "./support/pdf-inspect.js";

const root = new URL("../", import.meta.url).pathname;
const json = readFileSync(new URL("fixtures/union-minimal.json", import.meta.url), "utf8");

describe("public API", () => {
  test("renderPdfStream yields the same PDF as renderPdf", async () => {
    const doc = parseDocument(JSON.parse(json));
    const chunks: Buffer[] = [];
    for await (const chunk of renderPdfStream(doc)) chunks.push(chunk as Buffer);
    const { pages } = await inspectPdf(new Uint8Array(Buffer.concat(chunks)));
    expect(pages[0]!.text).toContain("HƯỚNG DẪN");
    expect((await inspectPdf(await renderPdf(doc))).pages[0]!.text).toBe(pages[0]!.text);
  });

  test('the built package imports as "vanban" through its exports map', () => {
    const script = `import("vanban").then(async (v) => { const d = v.parseDocument(JSON.parse(process.argv[1])); const pdf = await v.renderPdf(d); process.stdout.write(String(pdf.length > 1000 && Buffer.from(pdf.slice(0, 5)).toString() === "%PDF-")); })`;
    expect(execFileSync("node", ["-e", script, json], { cwd: root, encoding: "utf8" })).toBe("true");
  });
});
