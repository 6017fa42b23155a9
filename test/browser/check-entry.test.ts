// vanban/check (src/entries/check.ts) run in Node: with the profiles given as data it finds what
// Node's checker finds with layouts/, it says what it needs when the data is short, and it bundles
// for a browser with no Node built-in. The page test (browser.test.ts) runs it in Chromium.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { checkDocument, checkSource, profileFromData } from "../../src/entries/check.js";
import { checkDocument as nodeCheckDocument, checkSource as nodeCheckSource } from "../../src/check/check-document.js";
import { loadProfile } from "../../src/layout/load.js";
import { parseDocument } from "../../src/model/parse.js";
import { browserBundle } from "../support/browser-bundle.js";
import { issuesOf } from "../support/document-issues.js";
import { edit, nd30Plan, partyPlan, unionGuide, unionLetter } from "../check/documents.js";
import { DOCUMENT_CASES, LAYOUT_DATA, NOW, SOURCE_CASES } from "./check-cases.js";

const root = new URL("../../", import.meta.url).pathname;
const profiles = LAYOUT_DATA;
const byId = (id: string) => profiles.find((p) => p.id === id)!;

describe("vanban/check: the findings of Node's checker, from profile data", () => {
  test.each(DOCUMENT_CASES)("checkDocument: $name", ({ doc, profile }) => {
    const options = { now: NOW, ...(profile ? { profile } : {}) };
    const node = nodeCheckDocument(doc, options);
    expect(checkDocument(doc, { ...options, profiles })).toEqual(node);
  });

  test("the mistaken documents have their findings (the comparison is not between empty lists)", () => {
    const rules = DOCUMENT_CASES.map(({ doc, profile }) => nodeCheckDocument(doc, { now: NOW, ...(profile ? { profile } : {}) }).map((f) => f.rule));
    expect(rules[0]).toEqual([]);
    expect(rules[1]).toEqual(expect.arrayContaining(["R-NUM-5", "R-HDR-3", "R-DATE-3", "R-FONT-2", "R-KG-2"]));
    expect(rules[2]).toEqual(expect.arrayContaining(["P-END-1", "P-TITLE-1"]));
    expect(rules[3]).toEqual(["P-END-1"]);
    expect(rules[4]).toEqual(expect.arrayContaining(["R-BODY-3", "R-TITLE-2"]));
  });

  test("every example, with each profile given as a resolved profile (profileData) too", () => {
    const dir = join(root, "examples");
    for (const file of readdirSync(dir).filter((f) => f.endsWith(".json"))) {
      const doc = parseDocument(JSON.parse(readFileSync(join(dir, file), "utf8")));
      const node = nodeCheckDocument(doc, { now: NOW });
      expect(checkDocument(doc, { now: NOW, profiles }), file).toEqual(node);
      expect(checkDocument(doc, { now: NOW, profiles, profileData: profileFromData(doc.profile, profiles) }), file).toEqual(node);
    }
  });

  test("property: documents edited at random (end, subject, symbol, date, issuer, profile) get the same findings as from Node", () => {
    const bases = [unionGuide, unionLetter, nd30Plan, partyPlan];
    const edits = fc.record({
      base: fc.constantFrom(...bases.keys()),
      end: fc.constantFrom("./.", ".", ";", "", " ./.", "…"),
      subject: fc.constantFrom("lower", "Upper", "V/v trùng", "Céng hßa"),
      typeCode: fc.option(fc.constantFrom("CV", "HD", "hd", "KH"), { nil: undefined }),
      date: fc.constantFrom("2020-02-29", "2024-12-31", "2026-01-01"),
      issuer: fc.constantFrom("LĐLĐ tỉnh Lai Châu", "TỈNH ỦY HUẾ", "BAN THƯỜNG VỤ"),
      variant: fc.boolean(),
    });
    fc.assert(
      fc.property(edits, (e) => {
        const doc = edit(bases[e.base]!(), (d) => {
          const last = d.body.length - 1;
          d.body[last] = { type: "paragraph", content: `Các đơn vị tổ chức thực hiện${e.end}` };
          d.subject = e.subject === "lower" ? d.subject.toLowerCase() : e.subject === "Upper" ? d.subject.toUpperCase() : e.subject;
          if (e.typeCode) d.symbol.typeCode = e.typeCode;
          d.date = e.date;
          d.issuer.body = [e.issuer];
        });
        const options = { now: NOW, ...(e.variant && doc.profile === "party" ? { profile: "party-2026" } : {}) };
        expect(checkDocument(doc, { ...options, profiles })).toEqual(nodeCheckDocument(doc, options));
      }),
      { numRuns: 150 },
    );
  });

  test.each(SOURCE_CASES)("checkSource: $name", ({ source, profile }) => {
    const node = nodeCheckSource(source, profile, { now: NOW });
    expect(node.length).toBeGreaterThan(0);
    expect(checkSource(source, profile, { now: NOW, profiles })).toEqual(node);
    expect(checkSource(source, loadProfile(profile), { now: NOW, profiles })).toEqual(node);
  });

  test('P-END-1 and R-NUM-5 read the other families\' forms from the data: "./." in a Party text, "CV-" in a union công văn', () => {
    const [, letter, partyEnd] = SOURCE_CASES;
    const cv = checkSource(letter!.source, letter!.profile, { now: NOW, profiles }).find((f) => f.rule === "R-NUM-5");
    expect(cv).toMatchObject({ line: 3, actual: "Số: 18/CV-LĐLĐ", expected: "Số: 18/LĐLĐ" }); // union: the issuer alone too
    const end = checkSource(partyEnd!.source, partyEnd!.profile, { now: NOW, profiles }).find((f) => f.rule === "P-END-1");
    expect(end?.message.en).toBe('A Party text does not end with "./."');
  });
});

describe("vanban/check: what it needs", () => {
  const doc = DOCUMENT_CASES[0]!.doc;

  test("no profile data: a bilingual error at profiles", () => {
    const [issue] = issuesOf(() => checkDocument(doc, { profiles: [] }));
    expect(issue).toEqual(["profiles", expect.stringContaining("hồ sơ"), expect.stringContaining("profile data")]);
    expect(issuesOf(() => checkDocument(doc, undefined as never))[0]![0]).toBe("profiles");
  });

  test("data without a family (the Party's): an error naming it, since P-END-1 and R-NUM-5 read across families", () => {
    const [issue] = issuesOf(() => checkDocument(doc, { profiles: [byId("nd30"), byId("union")] }));
    expect(issue![0]).toBe("profiles");
    expect(issue![1]).toContain("party");
    expect(issue![2]).toMatch(/no profile of family party.*P-END-1/);
  });

  test("a document of a profile not in the data, or checked with another family's: errors at profile and profileData", () => {
    const [unknown] = issuesOf(() => checkDocument({ ...doc, profile: "my-province" }, { profiles }));
    expect(unknown).toEqual(["profile", expect.stringContaining('không có hồ sơ "my-province"'), expect.stringContaining("known profiles: nd30, party")]);
    const [family] = issuesOf(() => checkDocument(doc, { profiles, profile: "party-2026" }));
    expect(family![0]).toBe("profile");
    expect(family![2]).toContain("cannot be used for a document of profile union");
    const partyData = profileFromData("party", profiles);
    const [given] = issuesOf(() => checkDocument(doc, { profiles, profileData: partyData }));
    expect(given).toEqual(["profileData", expect.stringContaining("không dùng cho"), "profile party (party) cannot be used for a document of profile union (union)"]);
    expect(issuesOf(() => nodeCheckDocument(doc, { profileData: partyData }))).toEqual([given]); // Node's says the same
  });

  test("a caller's own profile, given with the data, is checked like Node's with --layout", () => {
    const own = { id: "my-province", extends: "union", severity: { "R-DATE-3": "warning" } };
    const late = { ...DOCUMENT_CASES[1]!.doc, profile: "my-province" };
    const found = checkDocument(late, { now: NOW, profiles: [...profiles, own] });
    expect(found.find((f) => f.rule === "R-DATE-3")).toMatchObject({ profile: "my-province", severity: "warning" });
  });
});

test("vanban/check bundles for the browser: no node: import, nothing external, none of the Node-side modules", async () => {
  const { inputs, unbundlable, bytes } = await browserBundle(join(root, "src/entries/check.ts"));
  expect(unbundlable).toEqual([]);
  expect(inputs).toEqual(expect.arrayContaining(["src/check/check-core.ts", "src/check/model/end.ts", "src/check/source/number.ts"]));
  expect(inputs.filter((p) => /layout\/(registry|load)\.ts|check\/(bundled|check-document|check-text|check-data)\.ts|readers\/|util\//.test(p))).toEqual([]);
  expect(bytes).toBeLessThan(1_000_000); // ~600 KB minified, three quarters of it zod: a bound, not a target
  process.stdout.write(`vanban/check browser bundle: ${(bytes / 1024).toFixed(0)} KiB minified\n`);
});
