// The browser-safe entry points (vanban/model, vanban/text, vanban/check, vanban/layout) bundled by esbuild for
// the browser platform, where a Node built-in fails the build, and run in a real page in headless
// Chromium (Debian's "chromium"; .ci/run installs it when missing). Skipped, saying why, without it.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, describe, expect, test } from "vitest";
import { parseDocument } from "../../src/model/parse.js";
import { renderPdfDetailed } from "../../src/writers/pdf/index.js";
import type { Pages } from "../../src/layout/pages.js";
import { inspectPdf, type PageInfo, type TextItem } from "../support/pdf-inspect.js";
import { checkDocument as nodeCheckDocument, checkSource as nodeCheckSource } from "../../src/check/check-document.js";
import type { Finding } from "../../src/check/finding.js";
import { DOCUMENT_CASES, NOW, SOURCE_CASES } from "./check-cases.js";

const root = new URL("../../", import.meta.url).pathname;
const chromium = spawnSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).stdout.trim();
if (!chromium) process.stdout.write("browser test skipped: no `chromium` on PATH (Debian package chromium; .ci/run installs it)\n");

const dir = mkdtempSync(join(tmpdir(), "vanban-browser-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** Half a millimetre in pt. */
const MM_HALF = (0.5 * 72) / 25.4;
const LAYOUT_EXAMPLES = ["nd30-huong-dan", "000-huong-dan-chu-de-2022", "004-party-ke-hoach-nq02"];
const FACES = { normal: "Regular", bold: "Bold", italics: "Italic", bolditalics: "BoldItalic" } as const;

/** The text item that holds `text` (a whole line: one item per span in vanban's PDFs). */
const itemAt = (page: PageInfo, text: string): TextItem | undefined => page.items.find((i) => i.str === text) ?? page.items.find((i) => text.startsWith(i.str) && i.str.length > 3);

// What the layout pages share: the profiles imported as JSON data (as from vanban/layouts/*.json)
// and the fonts' bytes inlined as base64, as a page would fetch them.
const PROFILE_FILES = readdirSync(join(root, "layouts")).filter((f) => f.endsWith(".json"));
const profileImports = `
${PROFILE_FILES.map((f, i) => `import profile${i} from ${JSON.stringify(join(root, "layouts", f))};`).join("\n")}
const profiles = [${PROFILE_FILES.map((_, i) => `profile${i}`).join(", ")}];
`;
const pagePrelude = (names: readonly string[]) => `
${profileImports}const bytesOf = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
const fontData = ${JSON.stringify(Object.fromEntries(Object.entries(FACES).map(([v, f]) => [v, readFileSync(join(root, "fonts", `LiberationSerif-${f}.ttf`)).toString("base64")])))};
const faces = () => ({ normal: bytesOf(fontData.normal), bold: bytesOf(fontData.bold), italics: bytesOf(fontData.italics), bolditalics: bytesOf(fontData.bolditalics) });
const examples: Record<string, unknown> = {${names.map((n) => `${JSON.stringify(n)}: ${readFileSync(join(root, "examples", `${n}.json`), "utf8")}`).join(",\n")}};
`;
const layoutEntry = JSON.stringify(join(root, "src/entries/layout.ts"));

// vanban/model, vanban/text and vanban/check in one page (one Chromium start): a document
// validated, and the check cases (check-cases.ts) checked with the profiles imported as JSON.
const page = `
import { validateDocument, parseDocument, DocumentError } from ${JSON.stringify(join(root, "src/entries/model.ts"))};
import { formatDateLine, formatNumberLine, upperVi } from ${JSON.stringify(join(root, "src/entries/text.ts"))};
import { checkDocument, checkSource } from ${JSON.stringify(join(root, "src/entries/check.ts"))};
${profileImports}const good = ${readFileSync(join(root, "examples/nd30-huong-dan.json"), "utf8")};
const bad = { ...good, date: "2024-02-30", body: [{ type: "poem" }] };
let thrown = null;
try { parseDocument(bad); } catch (e) { thrown = e instanceof DocumentError ? e.issues.map((i) => i.path) : String(e); }
const checked = validateDocument(bad);
const now = new Date(${JSON.stringify(NOW.toISOString())});
let findings, sourceFindings, checkError = null, checkMs = [0, 0];
try {
  const t0 = performance.now();
  findings = ${JSON.stringify(DOCUMENT_CASES)}.map(({ doc, profile }) => checkDocument(parseDocument(doc), { now, profiles, ...(profile ? { profile } : {}) }));
  sourceFindings = ${JSON.stringify(SOURCE_CASES)}.map(({ source, profile }) => checkSource(source, profile, { now, profiles }));
  const t1 = performance.now(); // once more, warm
  for (const { doc } of ${JSON.stringify(DOCUMENT_CASES)}) checkDocument(parseDocument(doc), { now, profiles });
  checkMs = [t1 - t0, (performance.now() - t1) / ${DOCUMENT_CASES.length}];
} catch (e) { checkError = String(e.stack ?? e); }
document.body.textContent = JSON.stringify({
  valid: validateDocument(good).ok,
  invalidPaths: checked.ok ? [] : checked.issues.map((i) => i.path),
  bilingual: !checked.ok && checked.issues.every((i) => i.vi && i.en && i.vi !== i.en),
  thrown,
  date: formatDateLine("Hà Nội", "2024-03-05"),
  upper: upperVi("hướng dẫn"),
  userAgent: navigator.userAgent.includes("HeadlessChrome"),
  checkError,
  checkMs,
  findings,
  sourceFindings,
});
`;

// A page that imports only vanban/layout: each example becomes a PDF, returned as base64.
const layoutPage = `
import { fontSetFromBytes, renderPdf } from ${layoutEntry};
${pagePrelude(LAYOUT_EXAMPLES)}
const base64Of = (bytes: Uint8Array) => { let s = ""; for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000)); return btoa(s); };
let out: unknown;
try {
  const fonts = fontSetFromBytes(faces());
  const pdfs: Record<string, string> = {};
  const ms: Record<string, number> = {};
  for (const [name, doc] of Object.entries(examples)) {
    const t0 = performance.now();
    const pdf = renderPdf(doc as never, { fonts, profiles });
    ms[name] = Math.round(performance.now() - t0);
    pdfs[name] = base64Of(pdf);
  }
  out = { buffer: typeof (globalThis as { Buffer?: unknown }).Buffer, pdfs, ms };
} catch (e) {
  out = { error: String((e as Error).stack ?? e), buffer: "", pdfs: {} };
}
document.body.textContent = JSON.stringify(out);
`;

// The pdfmake way (issue 10): the page model from vanban/layout drawn by pdfmake 0.3's browser
// build (loaded before this script) with pdfmakeDefinition and pdfmakeFontContainer.
const PDFMAKE_EXAMPLE = "000-huong-dan-chu-de-2022";
const pdfmakePage = `
import { fontSetFromBytes, layoutDocument, pdfmakeDefinition, pdfmakeFontContainer } from ${layoutEntry};
${pagePrelude([PDFMAKE_EXAMPLE])}
declare const pdfMake: { addFontContainer(c: unknown): void; createPdf(d: unknown): { getBase64(): Promise<string> } };
const done = (out: unknown) => { document.body.textContent = JSON.stringify(out); };
try {
  const fonts = fontSetFromBytes(faces());
  const pages = layoutDocument(examples[${JSON.stringify(PDFMAKE_EXAMPLE)}] as never, { fonts, profiles });
  pdfMake.addFontContainer(pdfmakeFontContainer(pages, fonts));
  pdfMake.createPdf(pdfmakeDefinition(pages, fonts)).getBase64().then((pdf) => done({ pdf }), (e) => done({ error: String(e) }));
} catch (e) {
  done({ error: String((e as Error).stack ?? e) });
}
`;

const ENTITIES = { amp: "&", lt: "<", gt: ">", nbsp: "\u00a0" };

/** Bundles `script` for the browser, loads it in headless Chromium after `before` scripts, and gives back the JSON the page wrote. */
async function runPage<T>(name: string, script: string, before: string[] = []): Promise<T> {
  writeFileSync(join(dir, `${name}.ts`), script);
  await build({ entryPoints: [join(dir, `${name}.ts`)], bundle: true, platform: "browser", format: "iife", outfile: join(dir, `${name}.js`), logLevel: "silent" });
  const scripts = [...before.map((f) => `file://${f}`), `${name}.js`].map((src) => `<script src="${src}"></script>`).join("");
  writeFileSync(join(dir, `${name}.html`), `<!doctype html><meta charset="utf-8"><body></body>${scripts}`);
  const dom = execFileSync(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--virtual-time-budget=60000", "--dump-dom", `file://${join(dir, `${name}.html`)}`], {
    encoding: "utf8",
    timeout: 120_000,
    maxBuffer: 64 << 20,
    stdio: ["ignore", "pipe", "ignore"],
  });
  // --dump-dom serialises the text node as HTML: "&" "<" ">" and U+00A0 come back as entities.
  const text = /<body>(.*)<\/body>/s.exec(dom)![1]!.trim().replace(/&(amp|lt|gt|nbsp);/g, (_, e: keyof typeof ENTITIES) => ENTITIES[e]);
  return JSON.parse(text) as T;
}

/** The number line and the title (type name and subject) of page 1, as Node's Pages print them. */
const titleMarks = (pages: Pages): string[] =>
  pages.pages[0]!.lines.filter((l) => ["number", "kindName", "subject"].includes(l.role)).map((l) => l.spans.map((s) => s.text).join(""));

/** Each mark is on page 1 of both PDFs, within half a millimetre. */
function expectMarksAt(marks: string[], mine: PageInfo, theirs: PageInfo, name: string): void {
  expect(marks.length, name).toBeGreaterThanOrEqual(3);
  for (const text of marks) {
    const [a, b] = [itemAt(mine, text), itemAt(theirs, text)];
    expect(a, `${name}: "${text}" in Node's PDF`).toBeDefined();
    expect(b, `${name}: "${text}" in the browser's PDF`).toBeDefined();
    expect(Math.abs(a!.x - b!.x), `${name}: "${text}" x`).toBeLessThan(MM_HALF);
    expect(Math.abs(a!.y - b!.y), `${name}: "${text}" y`).toBeLessThan(MM_HALF);
  }
}

describe.skipIf(!chromium)("in a browser (headless Chromium)", () => {
  test("vanban/model, vanban/text and vanban/check bundle for the browser; a page validates documents and finds what Node's checker finds", async () => {
    const result = await runPage<Record<string, unknown> & { findings: Finding[][]; sourceFindings: Finding[][] }>("page", page);
    expect(result).toEqual({
      valid: true,
      invalidPaths: expect.arrayContaining(["date", "body[0].type"]),
      bilingual: true,
      thrown: expect.arrayContaining(["date", "body[0].type"]),
      date: "Hà Nội, ngày 05 tháng 3 năm 2024",
      upper: "HƯỚNG DẪN",
      userAgent: true,
      checkError: null,
      checkMs: expect.any(Array),
      findings: expect.any(Array),
      sourceFindings: expect.any(Array),
    });
    const [cold, warm] = result.checkMs as [number, number];
    process.stdout.write(`vanban/check in Chromium: the ${DOCUMENT_CASES.length + SOURCE_CASES.length} cases in ${cold.toFixed(0)} ms cold, then ${warm.toFixed(1)} ms a document (with parseDocument and the profiles built from data)\n`);
    // The same findings (rule, severity, path, line, message …) as Node's checker with layouts/.
    DOCUMENT_CASES.forEach(({ name, doc, profile }, i) => expect(result.findings[i], name).toEqual(nodeCheckDocument(doc, { now: NOW, ...(profile ? { profile } : {}) })));
    SOURCE_CASES.forEach(({ name, source, profile }, i) => expect(result.sourceFindings[i], name).toEqual(nodeCheckSource(source, profile, { now: NOW })));
    // Real findings, among them those that read the other families' forms (P-END-1 "./.", R-NUM-5 "CV-").
    expect(result.findings.flat().length).toBeGreaterThanOrEqual(10);
    expect(result.findings[2]!.map((f) => [f.rule, f.severity, f.path])).toEqual(expect.arrayContaining([["P-END-1", "info", "body[5].content"]]));
    expect(result.sourceFindings[1]!.map((f) => [f.rule, f.line])).toEqual(expect.arrayContaining([["R-NUM-5", 3]]));
  }, 120_000);

  test("vanban/layout renders PDFs in the page: the same pages, text and positions as Node's (nd30, union, party)", async () => {
    const result = await runPage<{ error?: string; buffer: string; pdfs: Record<string, string>; ms: Record<string, number> }>("layout", layoutPage);
    expect(result.error).toBeUndefined();
    process.stdout.write(`vanban/layout in Chromium, ms per document (first is cold): ${JSON.stringify(result.ms)}\n`);
    expect(result.buffer).toBe("undefined"); // no Node Buffer in the page: the writer ran on Uint8Array alone
    expect(Object.keys(result.pdfs).sort()).toEqual([...LAYOUT_EXAMPLES].sort());

    for (const name of LAYOUT_EXAMPLES) {
      const doc = parseDocument(JSON.parse(readFileSync(join(root, "examples", `${name}.json`), "utf8")));
      const node = renderPdfDetailed(doc);
      const inBrowser = Uint8Array.from(Buffer.from(result.pdfs[name]!, "base64"));
      expect(new TextDecoder().decode(inBrowser.subarray(0, 8)), name).toBe("%PDF-1.7");
      const [mine, theirs] = [await inspectPdf(node.bytes), await inspectPdf(inBrowser)];
      expect(theirs.pages.length, name).toBe(node.pages);
      expect(mine.pages.length, name).toBe(node.pages);
      expectMarksAt(titleMarks(node.layout), mine.pages[0]!, theirs.pages[0]!, name);
      // And every other text item of every page: the same string, font and place.
      mine.pages.forEach((page, p) => {
        const other = theirs.pages[p]!;
        expect(other.text, `${name} page ${p + 1}`).toBe(page.text);
        expect(other.items.length, `${name} page ${p + 1}`).toBe(page.items.length);
        page.items.forEach((item, i) => {
          const o = other.items[i]!;
          expect([o.str, o.font, o.size], `${name} page ${p + 1} item ${i}`).toEqual([item.str, item.font, item.size]);
          expect(Math.max(Math.abs(o.x - item.x), Math.abs(o.y - item.y)), `${name} page ${p + 1} "${item.str}"`).toBeLessThan(MM_HALF);
        });
      });
    }
  }, 180_000);

  test("pdfmake's browser build draws the page model of vanban/layout (pdfmakeDefinition, pdfmakeFontContainer) where Node's PDF has it", async () => {
    const result = await runPage<{ error?: string; pdf?: string }>("pdfmake", pdfmakePage, [join(root, "node_modules/pdfmake/build/pdfmake.min.js")]);
    expect(result.error).toBeUndefined();
    const node = renderPdfDetailed(parseDocument(JSON.parse(readFileSync(join(root, "examples", `${PDFMAKE_EXAMPLE}.json`), "utf8"))));
    const [mine, theirs] = [await inspectPdf(node.bytes), await inspectPdf(Uint8Array.from(Buffer.from(result.pdf!, "base64")))];
    expect(theirs.pages.length).toBe(node.pages);
    expectMarksAt(titleMarks(node.layout), mine.pages[0]!, theirs.pages[0]!, PDFMAKE_EXAMPLE);
  }, 180_000);

  test("bundling fails for the browser when a Node built-in is reached (the guard is real)", async () => {
    writeFileSync(join(dir, "node.ts"), `import { renderPdf } from ${JSON.stringify(join(root, "src/index.ts"))}; console.log(renderPdf);`);
    await expect(build({ entryPoints: [join(dir, "node.ts")], bundle: true, platform: "browser", write: false, logLevel: "silent" })).rejects.toThrow(/node:/);
  });
});
