// Converts .docx files to PDF with LibreOffice, all in ONE soffice run (starting it costs seconds).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { basename, join } from "node:path";
import { packageRoot } from "../../src/util/package-root.js";

export function hasSoffice(): boolean {
  try {
    execFileSync("soffice", ["--version"], { stdio: "ignore", timeout: 60_000 });
    return true;
  } catch {
    return false;
  }
}

/** Writes each .docx to a temporary folder and returns the PDF LibreOffice made of it, by name. */
export function convertWithLibreOffice(files: { name: string; bytes: Uint8Array }[]): Map<string, Uint8Array> {
  const dir = mkdtempSync(join(tmpdir(), "vanban-docx-"));
  const paths = files.map((f) => {
    const path = join(dir, `${f.name}.docx`);
    writeFileSync(path, f.bytes);
    return path;
  });
  // Fonts: only the bundled Liberation Serif (Times New Roman's metric twin, full Vietnamese), as a
  // reader without Times New Roman would see the file, and whatever fonts the machine has (an old
  // Liberation 1.07 lacks the precomposed Vietnamese capitals) cannot change the result.
  const fontsConf = join(dir, "fonts.conf");
  writeFileSync(
    fontsConf,
    `<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig><dir>${join(packageRoot(), "fonts")}</dir><cachedir>${join(dir, "fc-cache")}</cachedir>` +
      `<alias binding="same"><family>Times New Roman</family><prefer><family>Liberation Serif</family></prefer></alias></fontconfig>`,
  );
  // A profile of its own, so a desktop LibreOffice running at the same time does not take the job.
  execFileSync("soffice", ["--headless", "--norestore", `-env:UserInstallation=file://${join(dir, "profile")}`, "--convert-to", "pdf", "--outdir", join(dir, "pdf"), ...paths], {
    stdio: "ignore",
    timeout: 300_000,
    env: { ...process.env, FONTCONFIG_FILE: fontsConf },
  });
  return new Map(paths.map((p) => [basename(p, ".docx"), new Uint8Array(readFileSync(join(dir, "pdf", `${basename(p, ".docx")}.pdf`)))]));
}
