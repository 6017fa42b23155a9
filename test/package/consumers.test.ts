// The packed tarball installed into fresh apps: a CommonJS consumer, an ESM consumer, and
// TypeScript consumers (ESM and CommonJS) with skipLibCheck: false and exactOptionalPropertyTypes.
// The install uses the npm cache first (--prefer-offline), so only declared dependencies resolve.
import { execFile, execFileSync } from "node:child_process";
import { promisify } from "node:util";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, test } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const tsc = join(root, "node_modules", "typescript", "bin", "tsc");
let dir: string;
let app: string;
let packed: string[];

const execFileAsync = promisify(execFile);
const run = (cmd: string, args: string[], cwd = app) => execFileSync(cmd, args, { cwd, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), "vanban-consumer-"));
  const out = JSON.parse(run("npm", ["pack", "--json", "--pack-destination", dir], root)) as { filename: string; files: { path: string }[] }[];
  packed = out[0]!.files.map((f) => f.path);
  app = join(dir, "app");
  mkdirSync(app);
  writeFileSync(join(app, "package.json"), JSON.stringify({ name: "consumer", private: true }));
  const typesNode = JSON.parse(readFileSync(join(root, "node_modules", "@types", "node", "package.json"), "utf8")).version as string;
  run("npm", ["install", "--prefer-offline", "--no-audit", "--no-fund", "--ignore-scripts", join(dir, out[0]!.filename), `@types/node@${typesNode}`]);
  writeFileSync(join(app, "doc.json"), readFileSync(join(root, "examples", "nd30-huong-dan.json")));
}, 240_000);
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe("the package", () => {
  test("ships LICENSE, the compiled code, profiles, fonts and examples; no bench, tests or source maps", () => {
    expect(packed).toEqual(expect.arrayContaining(["LICENSE", "dist/src/index.js", "dist/src/index.d.ts", "layouts/nd30.json", "fonts/OFL.txt", "examples/nd30-huong-dan.json"]));
    expect(packed.filter((p) => p.startsWith("dist/bench") || p.startsWith("dist/test") || p.endsWith(".map") || p.startsWith("test/"))).toEqual([]);
  });

  test("a CommonJS consumer requires vanban and its subpaths", () => {
    writeFileSync(
      join(app, "consumer.cjs"),
      `const v = require("vanban");
const { parseDocument } = require("vanban/model");
const { formatDateLine } = require("vanban/text");
const { checkDocument } = require("vanban/check");
const profiles = ["nd30", "union", "party-2018"].map((id) => require("vanban/layouts/" + id + ".json"));
const doc = parseDocument(require("./doc.json"));
const late = { ...doc, date: "2099-01-01" }; // R-DATE-3
v.renderPdf(doc).then((pdf) => {
  process.stdout.write(JSON.stringify({ pdf: Buffer.from(pdf.subarray(0, 5)).toString(), findings: checkDocument(late, { profiles }).map((f) => f.rule), same: JSON.stringify(checkDocument(late, { profiles })) === JSON.stringify(v.checkDocument(late)), date: formatDateLine("Hà Nội", "2024-03-05"), profile: v.loadProfile("union").id }));
});`,
    );
    const result = JSON.parse(run("node", ["consumer.cjs"]));
    expect(result).toEqual({ pdf: "%PDF-", findings: ["R-DATE-3"], same: true, date: expect.stringContaining("năm 2024"), profile: "union" });
  });

  test("an ESM consumer imports vanban and renders on a worker pool (createRenderer)", () => {
    writeFileSync(
      join(app, "consumer.mjs"),
      `import { readFileSync } from "node:fs";
import { createRenderer } from "vanban";
import { validateDocument } from "vanban/model";
const data = JSON.parse(readFileSync("doc.json", "utf8"));
const renderer = createRenderer({ workers: 1 });
const pdf = await renderer.render(data);
await renderer.close();
process.stdout.write(JSON.stringify({ valid: validateDocument(data).ok, pdf: Buffer.from(pdf.subarray(0, 5)).toString() }));`,
    );
    expect(JSON.parse(run("node", ["consumer.mjs"]))).toEqual({ valid: true, pdf: "%PDF-" });
  });

  test("a web app bundles vanban/layout, vanban/check and the profiles (vanban/layouts/*.json) for the browser; the bundle renders and checks", async () => {
    const { build } = await import("esbuild");
    writeFileSync(
      join(app, "page.mjs"),
      `import { fontSetFromBytes, renderPdf } from "vanban/layout";
import { checkDocument } from "vanban/check";
import nd30 from "vanban/layouts/nd30.json";
import union from "vanban/layouts/union.json";
import party from "vanban/layouts/party-2018.json";
export const render = (doc, faces) => renderPdf(doc, { fonts: fontSetFromBytes(faces), profiles: [nd30, union] });
export const check = (doc) => checkDocument(doc, { profiles: [nd30, union, party] });`,
    );
    const result = await build({ entryPoints: [join(app, "page.mjs")], bundle: true, platform: "browser", format: "esm", outfile: join(app, "page.bundle.mjs"), metafile: true, logLevel: "silent" });
    const inputs = Object.keys(result.metafile.inputs); // relative to the working directory
    for (const file of ["dist/src/entries/layout.js", "dist/src/entries/check.js", "layouts/union.json"]) expect(inputs.some((p) => p.endsWith(`app/node_modules/vanban/${file}`)), file).toBe(true);
    writeFileSync(
      join(app, "run-page.mjs"),
      `import { readFileSync } from "node:fs";
import { checkDocument } from "vanban";
import { render, check } from "./page.bundle.mjs";
const font = (f) => new Uint8Array(readFileSync("node_modules/vanban/fonts/LiberationSerif-" + f + ".ttf"));
const doc = JSON.parse(readFileSync("union.json", "utf8"));
const pdf = render(doc, { normal: font("Regular"), bold: font("Bold"), italics: font("Italic"), bolditalics: font("BoldItalic") });
const mistaken = { ...doc, subject: "thực hiện chủ đề", issuer: { ...doc.issuer, body: ["LĐLĐ tỉnh Lai Châu"] } }; // R-TITLE-2, R-HDR-3
const findings = check(mistaken);
process.stdout.write(JSON.stringify({ head: new TextDecoder().decode(pdf.subarray(0, 8)), pages: (new TextDecoder("latin1").decode(pdf).match(/\\/Type \\/Page\\b/g) ?? []).length, rules: findings.map((f) => f.rule), asNode: JSON.stringify(findings) === JSON.stringify(checkDocument(mistaken)) }));`,
    );
    writeFileSync(join(app, "union.json"), readFileSync(join(root, "examples", "000-huong-dan-chu-de-2022.json")));
    expect(JSON.parse(run("node", ["run-page.mjs"]))).toEqual({ head: "%PDF-1.7", pages: 4, rules: expect.arrayContaining(["R-HDR-3", "R-TITLE-2"]), asNode: true });
  });

  const source = `import { parseDocument, renderPdf, createRenderer, type Document, type Pages } from "vanban";
import { validateDocument, type DocumentIssue } from "vanban/model";
import { formatDateLine } from "vanban/text";
import { checkDocument, type Finding, type PortableCheckOptions } from "vanban/check";
import { loadProfile } from "vanban";
import { fontSetFromBytes, renderPdf as renderInPage, type ProfileData } from "vanban/layout";
import { readFileSync } from "node:fs";
const doc: Document = parseDocument(JSON.parse(readFileSync("doc.json", "utf8")));
const issues: DocumentIssue[] = validateDocument({}).ok ? [] : [{ path: "", vi: "", en: "" }];
const checkOptions: PortableCheckOptions = { profiles: ["nd30", "union", "party-2018"].map((id) => JSON.parse(readFileSync(\`node_modules/vanban/layouts/\${id}.json\`, "utf8")) as ProfileData) };
const findings: Finding[] = checkDocument(doc, checkOptions);
const inPage = (d: Document, faces: Record<"normal" | "bold" | "italics" | "bolditalics", Uint8Array>, profiles: ProfileData[]): Uint8Array =>
  renderInPage(d, { fonts: fontSetFromBytes(faces), profiles });
void inPage;
const profile = loadProfile("union");
const layout: Promise<Pages> = createRenderer({ workers: 1 }).layout(doc).then((p) => p);
void layout;
renderPdf(doc).then((pdf: Uint8Array) => {
  process.stdout.write(JSON.stringify({ pdf: pdf.length > 1000, issues: issues.length, findings: Array.isArray(findings), profile: profile.id, date: formatDateLine("Huế", "2024-01-01").length > 0 }));
  process.exit(0);
});
`;
  const tsconfig = (module: string) => ({
    compilerOptions: { strict: true, skipLibCheck: false, exactOptionalPropertyTypes: true, module, moduleResolution: "nodenext", target: "es2022", types: ["node"], outDir: "out" },
    files: ["consumer.ts"],
  });

  test("TypeScript consumers, ESM and CommonJS, typecheck with skipLibCheck: false and run", async () => {
    // Both at once: the compiler is the slow part.
    await Promise.all(
      ["module", "commonjs"].map(async (type) => {
        const project = join(dir, `ts-${type}`);
        mkdirSync(project);
        // Its own package.json says ESM or CommonJS; node_modules are those of ../app.
        writeFileSync(join(project, "package.json"), JSON.stringify({ name: `ts-${type}`, private: true, type }));
        writeFileSync(join(project, "tsconfig.json"), JSON.stringify(tsconfig("nodenext")));
        writeFileSync(join(project, "consumer.ts"), source);
        writeFileSync(join(project, "doc.json"), readFileSync(join(root, "examples", "nd30-huong-dan.json")));
        symlinkSync(join(app, "node_modules"), join(project, "node_modules"));
        await execFileAsync("node", [tsc, "-p", "."], { cwd: project });
        if (type === "commonjs") expect(readFileSync(join(project, "out", "consumer.js"), "utf8")).toContain('require("vanban")');
        const { stdout } = await execFileAsync("node", ["out/consumer.js"], { cwd: project });
        expect(JSON.parse(stdout)).toEqual({ pdf: true, issues: 1, findings: true, profile: "union", date: true });
      }),
    );
  }, 180_000); // two compilers on a loaded 2-core machine took over 60 s
});
