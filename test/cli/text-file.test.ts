import { spawnSync } from "node:child_process";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { decodeText, NotTextError } from "../../src/util/text-file.js";

const root = new URL("../../", import.meta.url).pathname;

describe("reading text files", () => {
  test("UTF-8, UTF-8 with a BOM and UTF-16 with a BOM read the same", () => {
    const text = "Số: 60/HD-LĐLĐ\nLai Châu, ngày 01 tháng 4 năm 2022";
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
    expect(decodeText(Buffer.from(text), "a")).toBe(text);
    expect(decodeText(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text)]), "a")).toBe(text);
    expect(decodeText(utf16, "a")).toBe(text);
  });

  test("a binary file and a legacy-encoded file are refused, not imported as garbage", () => {
    expect(() => decodeText(Buffer.from([0x25, 0x50, 0x44, 0x46, 0x00, 0x01, 0x02]), "x.txt")).toThrow(/not a text file/);
    // "Lai Châu" in Windows-1258: â is 0xE2, which is not valid UTF-8 on its own.
    expect(() => decodeText(Buffer.from([0x4c, 0x61, 0x69, 0x20, 0x43, 0x68, 0xe2, 0x75]), "y.txt")).toThrow(NotTextError);
  });

  test("vanban import reports such a file with its reason and goes on with the others", () => {
    const dir = mkdtempSync(join(tmpdir(), "vanban-text-"));
    writeFileSync(join(dir, "scan.txt"), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00]));
    const r = spawnSync("node", [join(root, "bin/vanban.js"), "import", join(dir, "scan.txt"), join(root, "test/fixtures/seeds/001_241fc221d9dce001.txt"), "--out-dir", join(dir, "out"), "--defaults", join(root, "examples/defaults/lai-chau-union.json")], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stdout + r.stderr).toContain("không phải tệp văn bản");
    expect(r.stdout).toContain("001_241fc221d9dce001.json");
  });
});
