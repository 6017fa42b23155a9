// The browser-safe entry points (vanban/model, vanban/text) bundled by esbuild for the browser
// platform, where a Node built-in fails the build, and run in a real page in headless Chromium
// (Debian's "chromium"; .ci/run installs it when missing). Skipped, saying why, without it.
import { execFileSync, spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "esbuild";
import { afterAll, describe, expect, test } from "vitest";

const root = new URL("../../", import.meta.url).pathname;
const chromium = spawnSync("sh", ["-c", "command -v chromium"], { encoding: "utf8" }).stdout.trim();
if (!chromium) process.stdout.write("browser test skipped: no `chromium` on PATH (Debian package chromium; .ci/run installs it)\n");

const dir = mkdtempSync(join(tmpdir(), "vanban-browser-"));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const page = `
import { validateDocument, parseDocument, DocumentError } from ${JSON.stringify(join(root, "src/entries/model.ts"))};
import { formatDateLine, formatNumberLine, upperVi } from ${JSON.stringify(join(root, "src/entries/text.ts"))};
const good = ${readFileSync(join(root, "examples/nd30-huong-dan.json"), "utf8")};
const bad = { ...good, date: "2024-02-30", body: [{ type: "poem" }] };
let thrown = null;
try { parseDocument(bad); } catch (e) { thrown = e instanceof DocumentError ? e.issues.map((i) => i.path) : String(e); }
const checked = validateDocument(bad);
document.body.textContent = JSON.stringify({
  valid: validateDocument(good).ok,
  invalidPaths: checked.ok ? [] : checked.issues.map((i) => i.path),
  bilingual: !checked.ok && checked.issues.every((i) => i.vi && i.en && i.vi !== i.en),
  thrown,
  date: formatDateLine("Hà Nội", "2024-03-05"),
  upper: upperVi("hướng dẫn"),
  userAgent: navigator.userAgent.includes("HeadlessChrome"),
});
`;

describe.skipIf(!chromium)("in a browser (headless Chromium)", () => {
  test("vanban/model and vanban/text bundle for the browser and validate a document in a real page", async () => {
    writeFileSync(join(dir, "page.ts"), page);
    await build({ entryPoints: [join(dir, "page.ts")], bundle: true, platform: "browser", format: "iife", outfile: join(dir, "page.js"), logLevel: "silent" });
    writeFileSync(join(dir, "index.html"), '<!doctype html><meta charset="utf-8"><body></body><script src="page.js"></script>');
    const dom = execFileSync(chromium, ["--headless", "--no-sandbox", "--disable-gpu", "--dump-dom", `file://${join(dir, "index.html")}`], {
      encoding: "utf8",
      timeout: 60_000,
      stdio: ["ignore", "pipe", "ignore"],
    });
    const result = JSON.parse(/<body>(.*)<\/body>/s.exec(dom)![1]!.trim());
    expect(result).toEqual({
      valid: true,
      invalidPaths: expect.arrayContaining(["date", "body[0].type"]),
      bilingual: true,
      thrown: expect.arrayContaining(["date", "body[0].type"]),
      date: "Hà Nội, ngày 05 tháng 3 năm 2024",
      upper: "HƯỚNG DẪN",
      userAgent: true,
    });
  });

  test("bundling fails for the browser when a Node built-in is reached (the guard is real)", async () => {
    writeFileSync(join(dir, "node.ts"), `import { renderPdf } from ${JSON.stringify(join(root, "src/index.ts"))}; console.log(renderPdf);`);
    await expect(build({ entryPoints: [join(dir, "node.ts")], bundle: true, platform: "browser", write: false, logLevel: "silent" })).rejects.toThrow(/node:/);
  });
});
