import { execFileSync } from "node:child_process";
import { createHash } from "node:crypto";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { afterAll, describe, expect, test } from "vitest";
import type { Document } from "../../src/model/document.js";
import { plainText } from "../../src/model/inline.js";
import { upperVi } from "../../src/text/case.js";
import { loadProfile } from "../../src/layout/load.js";
import { renderPdf, renderPdfDetailed } from "../../src/writers/pdf/index.js";
import { renderBatch } from "../../src/batch/render-batch.js";
import { fold, inspectPdf, joinLines } from "../support/pdf-inspect.js";
import { built, example, exampleNames, removeTempDirs, root, tempDir, workerFile } from "./support.js";

afterAll(removeTempDirs);

const latin1 = (bytes: Uint8Array): string => Buffer.from(bytes).toString("latin1");
const fileId = (bytes: Uint8Array): string => /\/ID \[<([0-9a-f]+)> <\1>\]/.exec(latin1(bytes))?.[1] ?? "";

/** Renders example files in a fresh node process (the build), as base64 PDFs. */
function renderInFreshProcess(files: string[]): Buffer[] {
  const script = `
    import { readFileSync } from "node:fs";
    import { renderPdf } from ${JSON.stringify(built("src/writers/pdf/index.js"))};
    for (const f of ${JSON.stringify(files.map((f) => join(root, "examples", f)))}) {
      const bytes = await renderPdf(JSON.parse(readFileSync(f, "utf8")));
      process.stdout.write(Buffer.from(bytes).toString("base64") + "\\n");
    }`;
  const out = execFileSync(process.execPath, ["--input-type=module", "-e", script], { encoding: "utf8", maxBuffer: 64 << 20 });
  return out.trim().split("\n").map((b) => Buffer.from(b, "base64"));
}

const MM = 72 / 25.4;

/** The text block of every page (no page numbers, no footer), in reading order, whitespace folded. */
async function textOf(bytes: Uint8Array, doc: Document): Promise<string> {
  const { page } = loadProfile(doc.profile);
  const top = page.margins.top * MM;
  const bottom = (page.heightMm - page.margins.bottom) * MM;
  const { pages } = await inspectPdf(bytes);
  return fold(pages.map((p) => joinLines(p.items.filter((i) => i.y > top && i.y < bottom))).join("\n"));
}

/** Every body block's text is in the PDF's text, exactly (after folding line breaks). */
function expectBodyText(text: string, doc: Document): void {
  for (const [i, block] of doc.body.entries()) {
    if (block.type === "table") continue;
    const source = fold(block.type === "article" ? plainText(block.title) : plainText(block.content)).replace(/\.\/\.$/, "");
    const probe = block.type === "heading" && block.level === 1 ? upperVi(source) : source;
    expect(text.includes(probe), `body[${i}] "${probe.slice(0, 60)}…" is in the extracted text`).toBe(true);
  }
}

describe("deterministic output (issue 4, item 5)", () => {
  test("the same document renders to identical bytes, twice in one process and in another process", async () => {
    const files = exampleNames().slice(0, 3);
    const here = await Promise.all(files.map(async (f) => [await renderPdf(example(f)), await renderPdf(example(f))] as const));
    const there = renderInFreshProcess(files);
    here.forEach(([first, second], i) => {
      expect(Buffer.compare(Buffer.from(first), Buffer.from(second)), `${files[i]} twice in one process`).toBe(0);
      expect(Buffer.compare(Buffer.from(first), there[i]!), `${files[i]} here and in a fresh process`).toBe(0);
    });
  });

  test("the creation date is the document's own date, and the file ID is the MD5 of the content before the xref table", () => {
    const doc = example(exampleNames()[0]!);
    const bytes = renderPdfDetailed(doc).bytes;
    const text = latin1(bytes);
    expect(text).toContain(`/CreationDate (D:${doc.date!.replaceAll("-", "")}000000Z)`);
    const xref = Number(/startxref\n(\d+)\n%%EOF/.exec(text)![1]);
    expect(fileId(bytes)).toBe(createHash("md5").update(bytes.subarray(0, xref)).digest("hex"));
    // Another document (here only its number differs) gets another ID.
    expect(fileId(renderPdfDetailed({ ...doc, number: (doc.number ?? 0) + 1 }).bytes)).not.toBe(fileId(bytes));
  });
});

describe("fonts parsed once per thread change nothing but speed", () => {
  test("font reuse: documents 1, 2 and 3 rendered in one worker have exactly their source text (ToUnicode intact)", async () => {
    const files = ["000-huong-dan-chu-de-2022.json", "001-ke-hoach-dot-pha.json", "004-party-ke-hoach-nq02.json"];
    const outDir = tempDir();
    const outputs: string[] = [];
    for await (const r of renderBatch(
      files.map((f) => ({ document: example(f), name: f })),
      { outDir, jobs: 1, workerFile: workerFile() },
    )) {
      expect(r.status, r.error).toBe("ok");
      outputs[r.index] = r.output!;
    }
    const alone = renderInFreshProcess(files);
    for (const [i, file] of files.entries()) {
      const bytes = new Uint8Array(readFileSync(outputs[i]!));
      const doc = example(file);
      const text = await textOf(bytes, doc);
      expectBodyText(text, doc);
      // The same text as the document rendered first in a fresh process: nothing leaked from documents before it.
      expect(text, `${file} (document ${i + 1} in the worker)`).toBe(await textOf(new Uint8Array(alone[i]!), doc));
      expect(Buffer.compare(Buffer.from(bytes), alone[i]!), `${file}: same bytes as alone`).toBe(0);
    }
  });
});
