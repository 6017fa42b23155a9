import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, test } from "vitest";
import { lockOutputDir } from "../../src/batch/lock.js";
import { insideDir, OutputNamer, safeStem } from "../../src/batch/names.js";
import { tempTarget } from "../../src/util/atomic-write.js";
import { TwoGenerationCache } from "../../src/util/two-generation-cache.js";

describe("word cache", () => {
  test("holds at most twice its limit, keeps words in steady use, and counts hits", () => {
    const cache = new TwoGenerationCache<string, number>(100);
    let created = 0;
    const get = (k: string) => cache.getOrCreate(k, () => ++created);
    for (let i = 0; i < 10_000; i++) {
      get(`word-${i}`);
      get("thường"); // in use all along: never evicted, created once
      expect(cache.size).toBeLessThanOrEqual(200);
    }
    expect(created).toBe(10_001);
    expect(cache.hits).toBe(10_000 - 1);
  });
});

describe("output names", () => {
  test("a stem keeps Vietnamese letters and drops separators, leading dots and reserved names", () => {
    expect(safeStem("Kế hoạch số 38/KH-LĐLĐ")).toBe("Kế_hoạch_số_38_KH-LĐLĐ");
    expect(safeStem("../../etc/passwd")).toBe("etc_passwd");
    expect(safeStem("..")).toBe("document");
    expect(safeStem("CON")).toBe("document_CON");
    expect(Buffer.byteLength(safeStem("đ".repeat(500)))).toBeLessThanOrEqual(150);
  });

  test("insideDir refuses a name that leaves the folder", () => {
    expect(insideDir("/out", "a.pdf")).toBe("/out/a.pdf");
    expect(() => insideDir("/out", "../a.pdf")).toThrow(/leave the output folder/);
    expect(() => insideDir("/out", "sub/a.pdf")).toThrow();
  });

  test("same base name from two folders: deterministic, distinct names; earlier names are kept", () => {
    const namer = new OutputNamer();
    const a = namer.claim("/in/a/x.json", "x");
    const b = namer.claim("/in/b/x.json", "x");
    expect(a).toBe("x.pdf");
    expect(b).toMatch(/^x-[0-9a-f]{8}\.pdf$/);
    expect(namer.claim("/in/a/x.json", "x")).toBe("x.pdf");
    // Next run, inputs in the other order: the manifest's names win, nobody takes another's file.
    const next = new OutputNamer();
    next.remember("/in/a/x.json", a);
    next.remember("/in/b/x.json", b);
    expect(next.claim("/in/b/x.json", "x")).toBe(b);
    expect(next.claim("/in/a/x.json", "x")).toBe(a);
    expect(next.claim("/in/c/x.json", "x")).toMatch(/^x-[0-9a-f]{8}\.pdf$/);
  });

  test("temporary files are recognised by their pattern only", () => {
    expect(tempTarget(".a.pdf.0123456789ab.vanban-tmp")).toBe("a.pdf");
    expect(tempTarget("a.pdf")).toBeUndefined();
    expect(tempTarget(".a.pdf.tmp")).toBeUndefined();
  });
});

describe("output folder lock", () => {
  test("a second batch on the same folder is refused while the first holds it; a dead owner's lock is taken over", () => {
    const dir = mkdtempSync(join(tmpdir(), "vanban-lock-"));
    const release = lockOutputDir(dir);
    expect(() => lockOutputDir(dir)).toThrow(/another batch/);
    release();
    lockOutputDir(dir)();
    writeFileSync(join(dir, ".vanban-batch.lock"), "999999999"); // a process that does not exist
    lockOutputDir(dir)();
    rmSync(dir, { recursive: true, force: true });
  });
});
