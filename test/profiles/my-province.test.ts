// Issue 11, done-when 1: a caller's own profile file, `layouts/my-province.json` extending
// "union" and changing two values, works through every command and the API with no code change.
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { checkData, checkText, DocumentError, importText, listProfiles, loadProfile, profileForDocument, renderBatch, renderDraft, renderPdf, type Document } from "../../src/index.js";
import { explainProfile } from "../../src/layout/explain.js";
import { workerFile } from "../batch/support.js";
import { inspectPdf, type PageInfo } from "../support/pdf-inspect.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const cli = join(root, "bin/vanban.js");
const run = (...args: string[]) => spawnSync("node", [cli, ...args], { encoding: "utf8" });

const dir = mkdtempSync(join(tmpdir(), "vanban-my-province-"));
const layouts = join(dir, "layouts");
mkdirSync(layouts);
/** Two values change: the type name is set in 16 pt, and a missing "./." (R-END-1) is an error. */
const MY_PROVINCE = { extends: "union", variant: "my-province-2026", elements: { kindName: { size: 16 } }, severity: { "R-END-1": "error" } };
writeFileSync(join(layouts, "my-province.json"), JSON.stringify(MY_PROVINCE));
const sources = { layouts };

const union = JSON.parse(readFileSync(join(root, "test/fixtures/union-minimal.json"), "utf8")) as Document;
const doc: Document = { ...union, profile: "my-province" };
const docFile = join(dir, "doc.json");
writeFileSync(docFile, JSON.stringify(doc));
const seed = join(root, "test/fixtures/seeds/000_99201628fbdb1f64.txt");
const defaults = join(root, "examples/defaults/lai-chau-union.json");
const LAI_CHAU = { issuer: { superior: ["TỔNG LĐLĐ VIỆT NAM"], body: ["LĐLĐ TỈNH LAI CHÂU"] }, place: "Lai Châu" };
const NOW = new Date("2026-11-30T12:00:00+07:00");

const kindNameSize = (page: PageInfo) => page.items.find((i) => i.str === "HƯỚNG DẪN")!.size;

describe("a caller's profile that extends union (issue 11)", () => {
  test("the API loads it merged: its two changes, everything else from union and nd30, with standing", () => {
    const p = loadProfile("my-province", sources);
    expect(p).toMatchObject({ id: "my-province", family: "union", extends: "union", variant: "my-province-2026" });
    expect(p.elements.kindName).toEqual({ size: 16, bold: true });
    expect(p.severity).toEqual({ "R-END-1": "error" });
    expect(p.regulation.code).toBe("933/QĐ-TLĐ");
    expect(p.check.congVanSymbol).toBe("issuer-any");
    expect(p.elements.body).toEqual(loadProfile("union").elements.body);
    const values = explainProfile("my-province", sources).values;
    expect(values.find((v) => v.pointer === "/elements/kindName/size")).toMatchObject({ value: 16, standing: "settled", source: "profile my-province", setBy: "my-province" });
    expect(values.find((v) => v.pointer === "/regulation/code")).toMatchObject({ standing: "confirmed", setBy: "union" });
    expect(listProfiles(sources).find((i) => i.id === "my-province")).toMatchObject({ family: "union", extends: "union", bundled: false });
    expect(listProfiles().map((i) => i.id)).not.toContain("my-province");
  });

  test("without the caller's folder the id is unknown: a bilingual error naming the known profiles", () => {
    expect(() => loadProfile("my-province")).toThrow(DocumentError);
    const [finding] = checkData(doc, { now: NOW });
    expect(finding).toMatchObject({ rule: "INPUT", severity: "error", path: "profile", profile: "my-province" });
    expect(finding!.message.vi).toMatch(/không có hồ sơ "my-province"; các hồ sơ có: nd30, party, .*union/);
    expect(finding!.message.en).toMatch(/unknown profile "my-province"; known profiles: nd30, party, .*union/);
  });

  test("API: render (read back: 16 pt type name, the variant in the metadata), check, import, batch, draft", async () => {
    const bytes = await renderPdf(doc, { profile: profileForDocument(doc.profile, sources) });
    const { pages, info } = await inspectPdf(bytes);
    expect(kindNameSize(pages[0]!)).toBeCloseTo(16, 1);
    expect(info.Keywords).toBe("my-province-2026");
    const plain = await inspectPdf(await renderPdf(union));
    expect(kindNameSize(plain.pages[0]!)).toBeCloseTo(loadProfile("union").elements.kindName.size, 1);

    expect(checkData(doc, { now: NOW, layouts })).toEqual([]);
    const text = readFileSync(seed, "utf8");
    const mine = checkText(text, { profile: "my-province", layouts, ...LAI_CHAU, now: NOW }).filter((f) => f.rule === "R-END-1");
    const theirs = checkText(text, { profile: "union", ...LAI_CHAU, now: NOW }).filter((f) => f.rule === "R-END-1");
    expect(mine.map((f) => [f.profile, f.severity])).toEqual([["my-province", "error"]]);
    expect(theirs.map((f) => [f.profile, f.severity])).toEqual([["union", "warning"]]);

    const imported = importText(text, { profile: "my-province", layouts, ...LAI_CHAU });
    expect(imported.document.profile).toBe("my-province");

    const outDir = join(dir, "batch-api");
    const results = [];
    for await (const r of renderBatch([{ document: doc, name: "mine" }], { outDir, jobs: 1, layouts, workerFile: workerFile() })) results.push(r);
    expect(results.map((r) => [r.status, r.error])).toEqual([["ok", undefined]]);
    const batched = await inspectPdf(new Uint8Array(readFileSync(results[0]!.output!)));
    expect(kindNameSize(batched.pages[0]!)).toBeCloseTo(16, 1);

    const template = draftTemplate();
    expect(renderDraft(template, draftData(), { layouts }).profile).toBe("my-province");
    const refused = (() => {
      try {
        renderDraft(template, draftData());
      } catch (error) {
        return error as { issues: { path: string; vi: string; en: string }[] };
      }
    })();
    expect(refused?.issues.find((i) => i.path === "profile")?.en).toMatch(/must be one of nd30, party, .*union$/);
  });

  test("CLI: render, check, import, draft, batch and profile show, each with --layout DIR", async () => {
    const pdf = join(dir, "cli.pdf");
    const rendered = run("render", docFile, "-o", pdf, "--layout", layouts);
    expect(rendered.status, rendered.stderr).toBe(0);
    expect(kindNameSize((await inspectPdf(new Uint8Array(readFileSync(pdf)))).pages[0]!)).toBeCloseTo(16, 1);

    const checked = run("check", seed, "--json", "--now", "2026-11-30", "--profile", "my-province", "--layout", layouts, "--defaults", defaults);
    const findings = JSON.parse(checked.stdout).files[0].findings as { rule: string; severity: string; profile: string }[];
    expect(findings.filter((f) => f.rule === "R-END-1").map((f) => [f.profile, f.severity])).toEqual([["my-province", "error"]]);
    expect(run("check", docFile, "--now", "2026-11-30", "--layout", layouts).status).toBe(0);

    const imported = run("import", seed, "--out-dir", join(dir, "imported"), "--defaults", defaults, "--profile", "my-province", "--layout", layouts, "--json");
    expect(imported.stderr).toBe("");
    expect(JSON.parse(readFileSync(join(dir, "imported", "000_99201628fbdb1f64.json"), "utf8")).profile).toBe("my-province");

    const template = draftTemplate();
    const draftPdf = join(dir, "draft.pdf");
    const drafted = run("draft", template, "--data", join(dir, "ke-hoach-nam.data.json"), "-o", draftPdf, "--layout", layouts);
    expect(drafted.status, drafted.stderr).toBe(0);
    expect((await inspectPdf(new Uint8Array(readFileSync(draftPdf)))).info.Keywords).toBe("my-province-2026");

    const batchOut = join(dir, "batch-cli");
    const batched = run("batch", docFile, "--out-dir", batchOut, "--jobs", "1", "--layout", layouts);
    expect(batched.status, batched.stderr).toBe(0);
    expect(readdirSync(batchOut)).toContain("doc.pdf");

    const shown = run("profile", "show", "my-province", "--layout", layouts);
    expect(shown.status, shown.stderr).toBe(0);
    expect(shown.stdout).toMatch(/^\/elements\/kindName\/size +16 +settled: profile my-province +\(set by my-province\)$/m);
    expect(shown.stdout).toMatch(/^\/regulation\/code +"933\/QĐ-TLĐ" +confirmed: .+\(set by union\)$/m);
  });
});

/** The bundled Kế hoạch template copied next to the caller's profiles, its header naming my-province. */
function draftTemplate(): string {
  const source = join(root, "examples/drafts");
  for (const name of readdirSync(source)) if (/^(_.*\.hbs|ke-hoach-nam\..*)$/.test(name)) copyFileSync(join(source, name), join(dir, name));
  const header = join(dir, "_co-quan.hbs");
  writeFileSync(header, readFileSync(header, "utf8").replace("Thể thức: union", "Thể thức: my-province"));
  return join(dir, "ke-hoach-nam.hbs");
}

function draftData(): unknown {
  return JSON.parse(readFileSync(join(root, "examples/drafts/ke-hoach-nam.data.json"), "utf8"));
}
