import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { parseDocument } from "../../src/model/parse.js";
import { readDocxSource } from "../../src/writers/docx/index.js";

// The CLI runs from dist/: `npm test` builds before vitest.
const root = new URL("../../", import.meta.url).pathname;
const run = (...args: string[]) => spawnSync("node", [join(root, "bin/vanban.js"), ...args], { encoding: "utf8" });

describe("vanban render --format docx", () => {
  test("writes NAME.docx into --out-dir, holding the document it was made from", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vanban-docx-cli-"));
    const input = join(root, "test/fixtures/union-minimal.json");
    const r = run("render", input, "--format", "docx", "--out-dir", dir);
    expect(r.status, r.stderr).toBe(0);
    const bytes = new Uint8Array(readFileSync(join(dir, "union-minimal.docx")));
    expect(Buffer.from(bytes.slice(0, 2)).toString()).toBe("PK");
    expect(await readDocxSource(bytes)).toEqual(parseDocument(JSON.parse(readFileSync(input, "utf8"))));
  });

  test("an unknown format: a bilingual usage error, exit 2, no output", () => {
    const dir = mkdtempSync(join(tmpdir(), "vanban-docx-cli-"));
    const r = run("render", join(root, "test/fixtures/union-minimal.json"), "--format", "odt", "-o", join(dir, "a.odt"));
    expect(r.status).toBe(2);
    expect(r.stderr).toContain('unknown --format "odt"; use pdf or docx');
    expect(existsSync(join(dir, "a.odt"))).toBe(false);
  });
});

describe("vanban draft -o NAME.docx", () => {
  test("a template's document as Word, the drafted Document inside", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vanban-docx-draft-"));
    const template = join(root, "examples/drafts/ke-hoach-nam.hbs");
    const data = join(root, "examples/drafts/ke-hoach-nam.data.json");
    const out = join(dir, "ke-hoach.docx");
    const r = run("draft", template, "--data", data, "-o", out);
    expect(r.status, r.stderr).toBe(0);
    const json = run("draft", template, "--data", data, "--json");
    expect(await readDocxSource(new Uint8Array(readFileSync(out)))).toEqual(parseDocument(JSON.parse(json.stdout).document));
  });
});
