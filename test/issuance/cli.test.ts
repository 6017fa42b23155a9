import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { readEmbeddedSource } from "../../src/writers/pdf/issuance/source.js";
import { discPng, exampleFiles, pdfsig, readJson, root, tempDir, throwAwayP12 } from "./support.js";

// The CLI runs from dist/: `npm test` builds before vitest.
const cli = join(root, "bin/vanban.js");
const run = (args: string[], env: Record<string, string> = {}) => spawnSync("node", [cli, ...args], { encoding: "utf8", env: { ...process.env, ...env } });
const input = exampleFiles.find((f) => f.includes("nd30-cong-van"))!;

describe("issue 13: vanban render --pdfa --embed-source --sign …", () => {
  it("signs both fields with the images, keeps the source, and reads the password from the named variable only", () => {
    const dir = tempDir();
    const p12 = throwAwayP12(dir, "Cli Signer", "cli-pass");
    writeFileSync(join(dir, "sig.png"), discPng(120, 60, [230, 0, 0]));
    writeFileSync(join(dir, "seal.png"), discPng(100, 100, [0, 0, 230]));
    const out = join(dir, "signed.pdf");
    const args = ["render", input, "-o", out, "--pdfa", "--embed-source", "--sign", p12, "--password-env", "VANBAN_P12_PASSWORD", "--signature-image", join(dir, "sig.png"), "--seal-image", join(dir, "seal.png")];
    const r = run(args, { VANBAN_P12_PASSWORD: "cli-pass" });
    expect(r.status, r.stderr).toBe(0);
    const report = pdfsig(out);
    expect(report.match(/Signature is Valid/g)).toHaveLength(2);
    expect(readEmbeddedSource(readFileSync(out))).toEqual(readJson(input));
    // A missing variable is named, and nothing is written.
    const missing = run([...args.slice(0, 3), join(dir, "none.pdf"), ...args.slice(4)], {});
    expect(missing.status).toBe(1);
    expect(missing.stderr).toContain("VANBAN_P12_PASSWORD");
    expect(existsSync(join(dir, "none.pdf"))).toBe(false);
  });

  it("--no-signature-fields leaves the fields out", () => {
    const dir = tempDir();
    const out = join(dir, "plain.pdf");
    const r = run(["render", input, "-o", out, "--no-signature-fields"]);
    expect(r.status, r.stderr).toBe(0);
    expect(pdfsig(out)).not.toContain("Signature Field Name");
    expect(readFileSync(out).toString("latin1")).not.toContain("/AcroForm");
  });
});
