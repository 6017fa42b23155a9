// DOCX beyond `render` (issue 12): drafts in either format, and the PDF-only issuance options
// (issue 13) refused with DOCX instead of being silently left out. Runs in-process (no LibreOffice).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { registerDraft } from "../../src/cli/draft.js";
import { registerRender } from "../../src/cli/render.js";
import { renderDraft, renderDraftFile } from "../../src/drafts/index.js";
import { parseDocument } from "../../src/model/parse.js";
import { readDocxSource, renderDocx } from "../../src/writers/docx/index.js";
import type { RenderOptions } from "../../src/writers/pdf/index.js";
import { runInProcess } from "../support/cli-in-process.js";

const root = new URL("../../", import.meta.url).pathname;
const TEMPLATE = join(root, "examples/drafts/thong-bao-nhiem-vu.hbs");
const DATA = join(root, "examples/drafts/thong-bao-nhiem-vu.data.json");
const INPUT = join(root, "test/fixtures/union-minimal.json");
const NOW = new Date("2025-10-20T12:00:00+07:00");
const data = () => JSON.parse(readFileSync(DATA, "utf8")) as unknown;

const dirs: string[] = [];
function tempDir(): string {
  const dir = mkdtempSync(join(tmpdir(), "vanban-docx-formats-"));
  dirs.push(dir);
  return dir;
}
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe("drafts in DOCX", () => {
  test("renderDraftFile({ format: 'docx' }) gives a .docx holding the drafted Document; PDF by default", async () => {
    const drafted = renderDraft(TEMPLATE, data(), { now: NOW });
    const docx = await renderDraftFile(TEMPLATE, data(), { now: NOW, format: "docx" });
    expect(docx.format).toBe("docx");
    expect(docx.document).toEqual(drafted);
    expect(await readDocxSource(docx.bytes)).toEqual(drafted);
    const pdf = await renderDraftFile(TEMPLATE, data(), { now: NOW });
    expect(pdf.format).toBe("pdf");
    expect(Buffer.from(pdf.bytes.subarray(0, 5)).toString()).toBe("%PDF-");
    // @ts-expect-error: a JavaScript caller's typo
    await expect(renderDraftFile(TEMPLATE, data(), { format: "odt" })).rejects.toThrow('unknown format "odt"; use pdf or docx');
  });

  test("vanban draft --format docx -o NAME.docx, and -o - writes the .docx to standard output", async () => {
    const dir = tempDir();
    const out = join(dir, "thong-bao.docx");
    const written = await runInProcess(registerDraft, ["draft", TEMPLATE, "--data", DATA, "--now", "2025-10-20", "--format", "docx", "-o", out]);
    expect(written.code, written.err).toBe(0);
    const json = await runInProcess(registerDraft, ["draft", TEMPLATE, "--data", DATA, "--now", "2025-10-20", "--json"]);
    expect(await readDocxSource(new Uint8Array(readFileSync(out)))).toEqual(parseDocument(JSON.parse(json.out)));
    expect(readdirSync(dir)).toEqual(["thong-bao.docx"]); // written atomically: no temporary file left

    const piped = await runInProcess(registerDraft, ["draft", TEMPLATE, "--data", DATA, "--now", "2025-10-20", "--format", "DOCX", "-o", "-"]);
    expect(piped.code, piped.err).toBe(0);
    expect(await readDocxSource(new Uint8Array(Buffer.from(piped.out, "latin1")))).toEqual(parseDocument(JSON.parse(json.out)));
  });

  test("--format and the -o name disagreeing, or an unknown format: a usage error and nothing written", async () => {
    const dir = tempDir();
    const clash = await runInProcess(registerDraft, ["draft", TEMPLATE, "--data", DATA, "--format", "pdf", "-o", join(dir, "x.docx")]);
    expect(clash.code).toBe(2);
    expect(clash.err).toContain("-o names a .docx file but --format is pdf");
    const unknown = await runInProcess(registerDraft, ["draft", TEMPLATE, "--data", DATA, "--format", "odt", "-o", join(dir, "x.odt")]);
    expect(unknown.code).toBe(2);
    expect(unknown.err).toContain('unknown --format "odt"; use pdf or docx');
    expect(readdirSync(dir)).toEqual([]);
  });

  test("draft takes no PDF-only flag: --pdfa is refused by name, nothing written", async () => {
    const dir = tempDir();
    const r = await runInProcess(registerDraft, ["draft", TEMPLATE, "--data", DATA, "--format", "docx", "--pdfa", "-o", join(dir, "x.docx")]);
    expect(r.thrown?.message).toContain("--pdfa");
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe("PDF-only options with DOCX are an error naming them (issue 13's flags)", () => {
  const cases: [string[], string][] = [
    [["--pdfa"], "--pdfa applies to PDF output only"],
    [["--no-signature-fields"], "--no-signature-fields applies to PDF output only"],
    [["--embed-source"], "--embed-source applies to PDF output only"],
    [["--annex", "1"], "--annex applies to PDF output only"],
    [["--annex-signed-at", "2025-01-02T10:00:00+07:00"], "--annex-signed-at applies to PDF output only"],
    // Named before the password is looked for: the unset variable is not the problem here.
    [["--sign", "x.p12", "--password-env", "VANBAN_TEST_UNSET"], "--sign, --password-env apply to PDF output only"],
    [["--sign", "x.p12", "--seal-image", "s.png", "--signature-image", "i.png", "--sign-field", "both"], "--sign, --signature-image, --seal-image, --sign-field apply to PDF output only"],
  ];
  test.each(cases)("render --format docx %j: refused, bilingual, nothing written", async (flags, english) => {
    const dir = tempDir();
    const out = join(dir, "x.docx");
    const r = await runInProcess(registerRender, ["render", INPUT, "--format", "docx", ...flags, "-o", out]);
    expect(r.thrown?.message).toContain(english);
    expect(r.thrown?.message).toContain("chỉ dùng cho PDF");
    expect(existsSync(out)).toBe(false);
  });

  test("the same flag with PDF is taken", async () => {
    const dir = tempDir();
    const out = join(dir, "x.pdf");
    const r = await runInProcess(registerRender, ["render", INPUT, "--no-signature-fields", "-o", out]);
    expect(r.thrown).toBeUndefined();
    expect(r.code, r.err).toBe(0);
    expect(readFileSync(out).subarray(0, 5).toString()).toBe("%PDF-");
  });

  test("renderDocx refuses renderPdf's issuance options from a JavaScript caller, naming them", async () => {
    const doc = parseDocument(JSON.parse(readFileSync(INPUT, "utf8")));
    const pdfOnly: RenderOptions = { pdfa: true, embedSource: true, sign: { p12: "x.p12" } };
    await expect(renderDocx(doc, pdfOnly)).rejects.toThrow(/^renderDocx: pdfa, embedSource, sign chỉ dùng cho PDF.* \/ pdfa, embedSource, sign apply to PDF output only/);
    await expect(renderDocx(doc, { signatureFields: false } as RenderOptions)).rejects.toThrow("signatureFields applies to PDF output only");
    // Options a DOCX uses are fine.
    expect(await readDocxSource(await renderDocx(doc, { preset: "common" }))).toEqual(doc);
  });
});
