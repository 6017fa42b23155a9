// Issue 11: profiles are files that inherit (layouts/), each value with its standing, and a
// checker that is strict only where the values are sure.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { checkDocument, DocumentError, listProfiles, loadProfile, parseProfile } from "../../src/index.js";
import { mergeProfileData } from "../../src/layout/merge.js";
import { standingAt } from "../../src/layout/standing.js";
import { edit, NOW, partyPlan, unionLetter } from "../check/documents.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "bin/vanban.js");

function folder(files: Record<string, unknown>): string {
  const dir = mkdtempSync(join(tmpdir(), "vanban-profiles-"));
  for (const [name, data] of Object.entries(files)) writeFileSync(join(dir, name), JSON.stringify(data));
  return dir;
}

function issuesOf(run: () => unknown): { path: string; vi: string; en: string }[] {
  try {
    run();
  } catch (error) {
    if (error instanceof DocumentError) return error.issues;
    throw error;
  }
  throw new Error("expected a DocumentError");
}

describe("profiles are the files of layouts/, merged along extends", () => {
  test("listProfiles reads layouts/: one profile per file, named by it", () => {
    const files = readdirSync(join(root, "layouts")).map((n) => n.replace(/\.json$/, "")).sort();
    expect(listProfiles().map((p) => p.id)).toEqual(files);
    expect(files).toEqual(expect.arrayContaining(["nd30", "union", "party", "party-2018", "party-2026", "party-2026-hd05"]));
  });

  test("union.json holds only what differs from nd30; the merged profile is nd30's with those values", () => {
    const raw = JSON.parse(readFileSync(join(root, "layouts/union.json"), "utf8")) as Record<string, unknown>;
    expect(Object.keys(raw).sort()).toEqual(["check", "extends", "family", "familyDefault", "id", "regulation", "standing", "typeCodes", "variant"]);
    const [nd30, union] = [loadProfile("nd30"), loadProfile("union")];
    expect(union.elements).toEqual(nd30.elements);
    expect(union.page).toEqual(nd30.page);
    expect(union.typeCodes).toEqual({ ...nd30.typeCodes, "quy-dinh": "QĐ", "ket-luan": "KL" });
    expect(union.regulation.title).toBe("Quy định về thể loại, thẩm quyền ban hành, thể thức và kỹ thuật trình bày văn bản của tổ chức Công đoàn Việt Nam");
  });

  test('"party" is the Party family default: party-2018 under the id documents keep writing', () => {
    const { id, extends: base, description, familyDefault, ...alias } = loadProfile("party");
    const { id: _id, description: _d, familyDefault: _f, ...p2018 } = loadProfile("party-2018");
    expect([id, base, familyDefault, typeof description]).toEqual(["party", "party-2018", true, "string"]);
    expect(alias).toEqual(p2018);
    expect(alias.variant).toBe("party-2018");
  });

  test("a child's value replaces the parent's and is 'settled' by the child unless it says otherwise; its standing replaces the parent's below it", () => {
    const parent = { a: { b: 1, c: [1, 2] }, d: 1, standing: { "": { standing: "confirmed", source: "P" }, "/a/b": { standing: "reported", source: "R" } } };
    const merged = mergeProfileData(parent, { a: { c: [3] }, d: 2, standing: { "/a": { standing: "observed", source: "O" } } }, "child");
    expect(merged.a).toEqual({ b: 1, c: [3] });
    expect(merged.standing).toEqual({ "": { standing: "confirmed", source: "P" }, "/a": { standing: "observed", source: "O" }, "/d": { standing: "settled", source: "profile child" } });
    const map = merged.standing as Parameters<typeof standingAt>[0];
    expect(standingAt(map, "/a/b")).toMatchObject({ standing: "observed", at: "/a" });
    expect(standingAt(map, "/e")).toMatchObject({ standing: "confirmed", at: "" });
  });

  test("parseProfile merges a caller's data that extends a bundled profile, and validates the result", () => {
    expect(parseProfile({ id: "x", extends: "union", elements: { body: { size: 13 } } }).elements.body.size).toBe(13);
    expect(issuesOf(() => parseProfile({ id: "x", extends: "union", elements: { body: { size: 99 } } })).map((i) => i.path)).toEqual(["elements.body.size"]);
  });

  test("errors name the file and say what is wrong, in Vietnamese and English", () => {
    const loop = folder({ "a.json": { extends: "b" }, "b.json": { extends: "a" } });
    expect(issuesOf(() => loadProfile("a", { layouts: loop }))[0]!.en).toBe('"extends" loops or goes too deep: a → b → a');
    const missing = folder({ "c.json": { extends: "nowhere" } });
    expect(issuesOf(() => loadProfile("c", { layouts: missing }))[0]).toMatchObject({ path: `${join(missing, "c.json")}: extends`, en: expect.stringMatching(/^unknown profile "nowhere"; known profiles: c, nd30, /) });
    const misnamed = folder({ "d.json": { id: "e", extends: "union" } });
    expect(issuesOf(() => listProfiles({ layouts: misnamed }))[0]!.en).toBe('id "e" differs from the file name "d.json"');
    const one = folder({ "f.json": { extends: "union" } });
    const other = folder({ "f.json": { extends: "nd30" } });
    expect(issuesOf(() => listProfiles({ layouts: [one, other] }))[0]!.en).toMatch(/^profile "f" is already defined by .+f\.json; give this one another name and "extends": "f"$/);
  });
});

describe("the checker is strict only where the rules are sure (issue 11)", () => {
  const partyLetter = () => edit(partyPlan(), (d) => { d.kind = "cong-van"; d.subject = "V/v triển khai nhiệm vụ"; d.recipients.items[1] = { name: "Văn phòng Trung ương;" }; });

  test("a rule on a disputed value warns at most, and says the value is not confirmed", () => {
    const found = checkDocument(partyLetter(), { now: NOW });
    const vv = found.find((f) => f.rule === "P-VV-1")!;
    expect(vv.severity).toBe("warning");
    expect(vv.message.en).toMatch(/has no "V\/v" prefix \(value not confirmed: HD 36 Phụ lục 3 example/);
    expect(vv.message.vi).toContain("giá trị chưa được xác nhận");
  });

  test("a profile cannot make such a rule an error; a rule on a confirmed value keeps the profile's severity", () => {
    const strict = parseProfile({ id: "strict-party", extends: "party", severity: { "P-VV-1": "error", "P-TITLE-1": "error" } });
    expect(checkDocument(partyLetter(), { now: NOW, profileData: strict }).find((f) => f.rule === "P-VV-1")!.severity).toBe("warning");
    const plan = edit(partyPlan(), (d) => (d.subject = "Thực hiện Nghị quyết 02-NQ/TW"));
    const title = checkDocument(plan, { now: NOW, profileData: strict }).find((f) => f.rule === "P-TITLE-1")!;
    expect(title).toMatchObject({ severity: "error", profile: "strict-party" });
    expect(title.message.en).not.toMatch(/not confirmed/);
    expect(checkDocument(plan, { now: NOW }).find((f) => f.rule === "P-TITLE-1")!.severity).toBe("warning");
  });

  test("union: a deputy signs under TM. with no KT. line (U1, U4), and 18/LĐLĐ is a công văn symbol", () => {
    const doc = edit(unionLetter(), (d) => {
      d.signature = { authority: ["TM. ĐOÀN CHỦ TỊCH"], title: "PHÓ CHỦ TỊCH THƯỜNG TRỰC", name: "Nguyễn Văn A" };
      delete d.symbol.unit;
    });
    const rules = checkDocument(doc, { now: NOW }).map((f) => f.rule);
    expect(rules).not.toContain("R-SIG-3");
    expect(rules).not.toContain("R-NUM-5");
    expect(checkDocument({ ...doc, profile: "nd30" }, { now: NOW }).map((f) => f.rule)).toEqual(expect.arrayContaining(["R-SIG-3", "R-NUM-5"]));
  });
});

describe("vanban profile show", () => {
  test("union: every value with its standing and source, and the file that set it", () => {
    const r = spawnSync("node", [cli, "profile", "show", "union"], { encoding: "utf8" });
    expect(r.status, r.stderr).toBe(0);
    const rows = r.stdout.split("\n").filter((l) => l.startsWith("/"));
    expect(rows.length).toBeGreaterThan(100);
    for (const row of rows) expect(row).toMatch(/^\/\S+ +.+ {2}(confirmed|observed|reported|conflicting|settled): .+ +\(set by (union|nd30)\)$/);
    expect(rows.find((l) => l.startsWith("/check/congVanSymbol "))).toMatch(/"issuer-any" +conflicting: .*"18\/LĐLĐ" \(seed 002\).*\(set by union\)$/);
    expect(rows.find((l) => l.startsWith("/elements/body/size "))).toMatch(/settled: QĐ 933.*\(set by nd30\)$/);
  });

  test("an unknown id: a bilingual error listing the known ones, exit code 1", () => {
    const r = spawnSync("node", [cli, "profile", "show", "nowhere"], { encoding: "utf8" });
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/không có hồ sơ "nowhere"; các hồ sơ có: nd30, party, .* \/ unknown profile "nowhere"; known profiles: nd30, party/);
  });
});

