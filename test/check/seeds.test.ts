import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { checkText, type CheckTextOptions } from "../../src/check/check-text.js";
import type { Finding } from "../../src/check/finding.js";
import { NOW } from "./documents.js";
import { ofRule } from "./helpers.js";

// Copies of the five OCR'd seeds (shared/seeds) kept with the tests.
const SEEDS = fileURLToPath(new URL("../fixtures/seeds/", import.meta.url));
const UNION: CheckTextOptions = { profile: "union", issuer: { superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] }, place: "Lai Châu" };
const PARTY: CheckTextOptions = { profile: "party", issuer: { body: ["TỈNH ỦY THỪA THIÊN HUẾ"] }, place: "Thừa Thiên Huế" };

function seed(name: string, options: CheckTextOptions): Finding[] {
  return checkText(readFileSync(`${SEEDS}${name}`, "utf8"), { ...options, now: NOW });
}

const at = (f: Finding) => `${f.rule}@${f.line ?? f.path}`;
const errors = (findings: Finding[]) => findings.filter((f) => f.severity === "error").map(at).sort();

describe("the known mistakes of the seeds are found (checkText)", () => {
  test("000: 60/HD - LĐLĐ, spaced citations, 03/0/2022, Lưu line without '.', note after ';', missing ./.", () => {
    const found = seed("000_99201628fbdb1f64.txt", UNION);
    expect(errors(found)).toEqual(["R-NUM-3@3", "R-RCPT-5@79"]);
    expect(ofRule(found, "R-NUM-3")[0]).toMatchObject({ actual: "Số: 60/HD - LĐLĐ", expected: "Số: 60/HD-LĐLĐ", line: 3 });
    expect(ofRule(found, "R-CITE-1").map((f) => f.actual).sort()).toEqual(["53/HD -TLĐ", "710/QĐ - LĐLĐ"]);
    expect(ofRule(found, "R-CITE-2").map((f) => f.actual)).toEqual(["03/0/2022"]);
    expect(ofRule(found, "R-RCPT-5")[0]).toMatchObject({ actual: "- Lưu: VT, CSPL&QHLD", expected: "- Lưu: VT, CSPL&QHLD." });
    expect(ofRule(found, "R-RCPT-3")[0]).toMatchObject({ line: 75, expected: "- Tổng LĐLĐ Việt Nam (b/c);" });
    expect(ofRule(found, "R-END-1").map(at)).toEqual(["R-END-1@71"]);
  });

  test("001: only the note placed after ';' (its ./. is there)", () => {
    const found = seed("001_241fc221d9dce001.txt", UNION);
    expect(errors(found)).toEqual([]);
    expect(ofRule(found, "R-RCPT-3").map(at)).toEqual(["R-RCPT-3@147"]);
    expect(ofRule(found, "R-END-1")).toEqual([]);
  });

  test("002: Kính gửi lines without ';', - Lưu VT., Như kính gửi, 02 - NQ/TW, missing ./.; its 18/LĐLĐ is accepted (issue 11)", () => {
    const found = seed("002_781da1f03d488a91.txt", UNION);
    expect(errors(found)).toEqual(["R-KG-2@10", "R-KG-2@11", "R-RCPT-5@67"]);
    expect(ofRule(found, "R-RCPT-5")[0]).toMatchObject({ actual: "- Lưu VT.", expected: "- Lưu: VT." });
    expect(ofRule(found, "R-RCPT-4").map(at)).toEqual(["R-RCPT-4@64"]);
    // Union công văn symbols are written both 18/LĐLĐ and 7735/TLĐ-VP (sources.md §4): not a finding.
    expect(ofRule(found, "R-NUM-5").map(at)).toEqual([]);
    expect(ofRule(found, "R-CITE-1").map((f) => f.actual)).toEqual(["02 - NQ/TW"]);
    expect(ofRule(found, "R-END-1").map(at)).toEqual(["R-END-1@60"]);
  });

  test("003: - Lưu VT. and the missing ./.", () => {
    const found = seed("003_34ba4a1aec06838d.txt", UNION);
    expect(errors(found)).toEqual(["R-RCPT-5@52"]);
    expect(ofRule(found, "R-END-1").map(at)).toEqual(["R-END-1@45"]);
  });

  test("004 (party): Số 24-KH/TU, ',' lines, Lưu VPTU., T/M and the final '.' all pass", () => {
    const found = seed("004_e1221ab10df6c714.txt", PARTY);
    expect(found.map(at)).toEqual([]);
  });

  test("a model finding and a source finding of the same rule and region are reported once", () => {
    const found = seed("002_781da1f03d488a91.txt", UNION);
    // R-RCPT-4 is judged on the model (recipients.items[0].name) and on the lines.
    expect(ofRule(found, "R-RCPT-4")).toHaveLength(1);
  });
});

describe("checkText on a text that does not import completely", () => {
  test("each missing field is an INPUT error, and the lines are still checked", () => {
    const text = readFileSync(`${SEEDS}003_34ba4a1aec06838d.txt`, "utf8");
    const found = checkText(text, { profile: "union", now: NOW });
    expect(found.some((f) => f.rule === "INPUT" && f.path.startsWith("issuer"))).toBe(true);
    expect(ofRule(found, "R-RCPT-5").map(at)).toEqual(["R-RCPT-5@52"]);
  });
});

describe("checkText judges the parts an incomplete import has (no issuer, no defaults)", () => {
  test("000 without defaults: the INPUT issuer error, and the body's R-CITE-2 03/0/2022 and R-CITE-1 citations", () => {
    const found = checkText(readFileSync(`${SEEDS}000_99201628fbdb1f64.txt`, "utf8"), { now: NOW });
    expect(found.filter((f) => f.rule === "INPUT").map((f) => f.path)).toEqual(["issuer"]);
    expect(ofRule(found, "R-CITE-2").map((f) => f.actual)).toEqual(["03/0/2022"]);
    expect(ofRule(found, "R-CITE-1").map((f) => f.actual).sort()).toEqual(["53/HD -TLĐ", "710/QĐ - LĐLĐ"]);
    expect(ofRule(found, "R-CITE-2")[0]!.path).toMatch(/^body\[\d+\]\.content$/u);
  });

  test("002 without defaults keeps its Kính gửi and recipient findings, reported once", () => {
    const found = checkText(readFileSync(`${SEEDS}002_781da1f03d488a91.txt`, "utf8"), { now: NOW });
    expect(ofRule(found, "R-CITE-1").map((f) => f.actual)).toEqual(["02 - NQ/TW"]);
    expect(ofRule(found, "R-RCPT-4")).toHaveLength(1);
    expect(errors(found).filter((e) => !e.startsWith("INPUT"))).toEqual(["R-KG-2@10", "R-KG-2@11", "R-RCPT-5@67"]);
  });
});

describe("odd inputs give findings, not exceptions", () => {
  test("an empty text and a text that is no document", () => {
    for (const text of ["", "chỉ một dòng", "Số:\nKính gửi\n- Lưu\n\n\n"]) {
      const found = checkText(text, { now: NOW });
      expect(found.some((f) => f.rule === "INPUT" && f.severity === "error")).toBe(true);
    }
  });
});
