import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { inspectPdf } from "../support/pdf-inspect.js";

// The CLI runs from dist/: `npm test` builds before vitest.
const root = new URL("../../", import.meta.url).pathname;
const cli = join(root, "bin/vanban.js");
const run = (...args: string[]) => spawnSync("node", [cli, ...args], { encoding: "utf8" });

describe("vanban render / schema", () => {
  test("renders a document to the named file", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vanban-cli-"));
    const out = join(dir, "a.pdf");
    const r = run("render", join(root, "test/fixtures/union-minimal.json"), "-o", out);
    expect(r.status, r.stderr).toBe(0);
    const { pages } = await inspectPdf(new Uint8Array(readFileSync(out)));
    expect(pages[0]!.text).toContain("Số: 60/HD-LĐLĐ");
  });

  test("invalid input: a readable bilingual error, exit 1, and no output file", () => {
    const dir = mkdtempSync(join(tmpdir(), "vanban-cli-"));
    const bad = join(dir, "bad.json");
    const doc = JSON.parse(readFileSync(join(root, "test/fixtures/union-minimal.json"), "utf8"));
    doc.date = "2023-02-31";
    delete doc.issuer;
    writeFileSync(bad, JSON.stringify(doc));
    writeFileSync(join(dir, "broken.json"), "{ not json");
    const r = run("render", bad, join(dir, "broken.json"), "--out-dir", join(dir, "out"));
    expect(r.status).toBe(1);
    expect(r.stderr).toContain("date: ngày không có thật trong lịch / not a real calendar date");
    expect(r.stderr).toContain("issuer: thiếu trường bắt buộc / required field is missing");
    expect(r.stderr).toContain("invalid JSON");
    expect(existsSync(join(dir, "out")) ? readdirSync(join(dir, "out")) : []).toEqual([]);
  });

  test("schema prints the model's JSON Schema", () => {
    const schema = JSON.parse(execFileSync("node", [cli, "schema"], { encoding: "utf8" }));
    expect(schema.properties.kind.enum).toContain("ke-hoach");
    expect(schema.required).toEqual(expect.arrayContaining(["profile", "issuer", "body", "signature"]));
  });

  test("--layout renders with other profile data (a later regulation's file)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "vanban-cli-"));
    // A profile file holds only what changes (issue 11): it extends the bundled union profile.
    const layout = { id: "union-next", extends: "union", variant: "union-next", elements: { motto: { size: 13 } } };
    writeFileSync(join(dir, "layout.json"), JSON.stringify(layout));
    const out = join(dir, "a.pdf");
    const r = run("render", join(root, "test/fixtures/union-minimal.json"), "-o", out, "--layout", join(dir, "layout.json"));
    expect(r.status, r.stderr).toBe(0);
    const { pages } = await inspectPdf(new Uint8Array(readFileSync(out)));
    expect(pages[0]!.items.find((i) => i.str === "Độc lập - Tự do - Hạnh phúc")!.size).toBe(13);
  });
});
