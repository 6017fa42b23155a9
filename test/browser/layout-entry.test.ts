// vanban/layout (src/entries/layout.ts) run in Node: the profiles it builds from data are the ones
// Node reads from layouts/, its PDF holds the same objects as Node's writer, and it bundles for a
// browser with no Node built-in. The page test (browser.test.ts) runs it in Chromium.
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import { fontSetFromBytes, layoutDocument, profileFromData, renderPdf, type ProfileData } from "../../src/entries/layout.js";
import { bundledFonts } from "../../src/fonts/fonts.js";
import { layoutDocument as nodeLayout } from "../../src/layout/layout-document.js";
import { loadProfile } from "../../src/layout/load.js";
import { parseDocument } from "../../src/model/parse.js";
import { renderPdfDetailed } from "../../src/writers/pdf/index.js";
import { browserBundle } from "../support/browser-bundle.js";
import { issuesOf } from "../support/document-issues.js";

const root = new URL("../../", import.meta.url).pathname;
const profiles: ProfileData[] = readdirSync(join(root, "layouts"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => JSON.parse(readFileSync(join(root, "layouts", f), "utf8")) as ProfileData);
const byId = new Map(profiles.map((p) => [p.id as string, p]));
const node = bundledFonts();
const fonts = fontSetFromBytes(node.bytes);
const example = (name: string) => parseDocument(JSON.parse(readFileSync(join(root, "examples", `${name}.json`), "utf8")));
const dir = mkdtempSync(join(tmpdir(), "vanban-layout-entry-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe("vanban/layout: profiles from data", () => {
  test("every bundled profile built from the JSON data equals the one Node loads from layouts/", () => {
    expect(byId.size).toBeGreaterThanOrEqual(6);
    for (const id of byId.keys()) expect(profileFromData(id, profiles), id).toEqual(loadProfile(id));
  });

  test("only the chain is needed: union from [nd30, union], party-2026-hd05 from its three files", () => {
    expect(profileFromData("union", [byId.get("nd30")!, byId.get("union")!])).toEqual(loadProfile("union"));
    const chain = ["party-2026-hd05", "party-2026", "party-2018"].map((id) => byId.get(id)!);
    expect(profileFromData("party-2026-hd05", chain)).toEqual(loadProfile("party-2026-hd05"));
  });

  test("a missing parent, data without its id, a profile given twice: bilingual errors naming where", () => {
    const [missing] = issuesOf(() => profileFromData("union", [byId.get("union")!]));
    expect(missing![0]).toBe("profiles[0]: extends");
    expect(missing![2]).toContain('unknown profile "nd30"');
    expect(missing![1]).toContain('không có hồ sơ "nd30"');
    expect(issuesOf(() => profileFromData("nd30", [{ family: "state" }]))[0]!.slice(0, 1)).toEqual(["profiles[0].id"]);
    expect(issuesOf(() => profileFromData("nd30", [byId.get("nd30")!, byId.get("nd30")!]))[0]![0]).toBe("profiles[1].id");
    const nd30 = byId.get("nd30")!;
    const [bad] = issuesOf(() => profileFromData("x", [nd30, { id: "x", extends: "nd30", elements: { body: { size: 99 } } }]));
    expect(bad![0]).toMatch(/^elements\.body\.size/);
  });

  test("a layout without profile data says what it needs", () => {
    const [issue] = issuesOf(() => layoutDocument(example("nd30-huong-dan"), { fonts }));
    expect(issue).toEqual(["profiles", expect.stringContaining("hồ sơ"), expect.stringContaining("profile data")]);
  });

  test("fontSetFromBytes refuses a missing face, naming it", () => {
    expect(() => fontSetFromBytes({ ...node.bytes, italics: undefined } as never)).toThrow(/"italics"/);
  });
});

describe("vanban/layout: pages and PDF", () => {
  test("the Pages equal Node's for an nd30, a union and a party document, and for a preset", () => {
    for (const name of ["nd30-huong-dan", "000-huong-dan-chu-de-2022", "004-party-ke-hoach-nq02"]) {
      expect(layoutDocument(example(name), { fonts, profiles }), name).toEqual(nodeLayout(example(name)));
    }
    const doc = example("nd30-huong-dan");
    const preset = Object.keys(loadProfile("nd30").presets ?? {})[0];
    if (preset) expect(layoutDocument(doc, { fonts, profiles, preset })).toEqual(nodeLayout(doc, { preset }));
  });

  test("its PDF holds the same objects as Node's writer: equal once both are uncompressed (qpdf), but for the file ID", () => {
    const doc = example("000-huong-dan-chu-de-2022");
    const portable = renderPdf(doc, { fonts, profiles });
    const native = renderPdfDetailed(doc).bytes;
    expect(Buffer.from(portable).equals(Buffer.from(native))).toBe(false); // another deflate: other bytes
    const plain = (bytes: Uint8Array, name: string): string => {
      writeFileSync(join(dir, `${name}.pdf`), bytes);
      execFileSync("qpdf", ["--qdf", "--object-streams=disable", "--decode-level=generalized", join(dir, `${name}.pdf`), join(dir, `${name}.qdf`)]);
      return readFileSync(join(dir, `${name}.qdf`), "latin1").replace(/\/ID \[<[0-9a-f]+>\s*<[0-9a-f]+>\]/, "/ID []");
    };
    const [a, b] = [plain(portable, "portable"), plain(native, "native")];
    expect(a.length).toBeGreaterThan(10_000);
    expect(a).toBe(b);
  });

  test("the entry bundles for the browser: no node: import, nothing external, none of the Node-side modules", async () => {
    const { inputs, unbundlable, bytes: size } = await browserBundle(join(root, "src/entries/layout.ts"));
    expect(unbundlable).toEqual([]);
    expect(inputs).toContain("src/writers/pdf/emit/emit-pdf.ts");
    expect(inputs.filter((p) => /codec-node|fonts\/fonts\.ts|layout\/registry|layout\/load\.ts|issuance\/(pdfa|source|sign)/.test(p))).toEqual([]);
    expect(size).toBeLessThan(1_500_000); // ~1 MB minified, a third of it fontkit: a bound, not a target
    process.stdout.write(`vanban/layout browser bundle: ${(size / 1024).toFixed(0)} KiB minified\n`);
  });
});
