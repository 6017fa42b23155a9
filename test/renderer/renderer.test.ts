import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseDocument, renderPdf, renderPdfDetailed, renderPdfSync } from "../../src/index.js";
import { layoutDocument } from "../../src/layout/layout-document.js";
import { bundledFonts } from "../../src/writers/pdf/index.js";
import { DocumentError } from "../../src/model/errors.js";
import { createRenderer, RendererBusyError, RendererOutOfMemoryError, RendererTimeoutError, type Renderer } from "../../src/renderer/index.js";
import { inspectPdf } from "../support/pdf-inspect.js";
import { example, isPdf, longDocument, root } from "../serve/support.js";

let renderer: Renderer;
beforeAll(() => {
  renderer = createRenderer({ workers: 2 });
});
afterAll(async () => {
  await renderer.close();
});

describe("createRenderer: rendering on worker threads", () => {
  test("render gives the very bytes renderPdf gives on this thread", async () => {
    const bytes = await renderer.render(example());
    expect(isPdf(bytes)).toBe(true);
    expect(Buffer.from(bytes).equals(Buffer.from(renderPdfDetailed(parseDocument(example())).bytes))).toBe(true);
  });

  test("stream sends a long document in several pieces that join into the same PDF", async () => {
    const doc = longDocument(8);
    const stream = await renderer.stream(doc);
    const pieces: Buffer[] = [];
    for await (const piece of stream) pieces.push(piece as Buffer);
    expect(pieces.length).toBeGreaterThan(2);
    const whole = Buffer.concat(pieces);
    expect(whole.equals(Buffer.from(renderPdfDetailed(parseDocument(doc)).bytes))).toBe(true);
    expect((await inspectPdf(new Uint8Array(whole))).pages.length).toBeGreaterThan(4);
  });

  test("an invalid document rejects with every issue, path and both languages, before any byte", async () => {
    const doc = example();
    delete doc.subject;
    doc.date = "2024-02-30";
    const error = await renderer.stream(doc).then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(error).toBeInstanceOf(DocumentError);
    const issues = (error as DocumentError).issues;
    expect(issues.map((i) => i.path).sort()).toEqual(["date", "subject"]);
    for (const issue of issues) expect(issue.vi && issue.en).toBeTruthy();
  });

  test("layout gives the page model of layoutDocument", async () => {
    const pages = await renderer.layout(example());
    expect(pages).toEqual(JSON.parse(JSON.stringify(layoutDocument(parseDocument(example()), { fonts: bundledFonts() }))));
  });

  test("draft, check and import run on the workers too", async () => {
    const data = JSON.parse((await import("node:fs")).readFileSync(`${root}examples/drafts/ke-hoach-nam.data.json`, "utf8")) as unknown;
    const drafted = await renderer.draft(`${root}examples/drafts/ke-hoach-nam.hbs`, data, { now: new Date("2025-01-20T12:00:00+07:00") });
    expect(drafted.kind).toBe("ke-hoach");
    const findings = await renderer.check({ data: { ...example(), date: "2099-01-01" } }, { now: new Date("2025-01-01") });
    expect(findings.some((f) => f.rule === "R-DATE-3")).toBe(true);
    const imported = await renderer.importText("not a document");
    expect(imported.ok).toBe(false);
    expect(imported.errors.length).toBeGreaterThan(0);
  });
});

describe("createRenderer: bounds", () => {
  test("a job past timeoutMs is stopped with RendererTimeoutError, and the renderer goes on", async () => {
    const slow = createRenderer({ workers: 1, timeoutMs: 50 });
    try {
      await expect(slow.render(longDocument(40))).rejects.toBeInstanceOf(RendererTimeoutError);
      const quick = createRenderer({ workers: 1, timeoutMs: 30_000 });
      expect(isPdf(await quick.render(example()))).toBe(true);
      await quick.close();
    } finally {
      await slow.close();
    }
  });

  test("a document that outgrows the worker's heap fails with RendererOutOfMemoryError naming the cap; the renderer goes on", async () => {
    const tight = createRenderer({ workers: 1, workerHeapMb: 32, timeoutMs: 60_000 });
    try {
      const failed = await tight.render(longDocument(240)).catch((e: unknown) => e);
      expect(failed).toBeInstanceOf(RendererOutOfMemoryError);
      expect((failed as Error).message).toMatch(/32 MB/);
      await expect(tight.render(longDocument(240))).rejects.toBeInstanceOf(RendererOutOfMemoryError); // a fresh worker took over
    } finally {
      await tight.close();
    }
    await expect(tight.render(example())).rejects.toThrow(/pool is closed/);
  });

  test("jobs beyond maxQueue are refused with RendererBusyError; the admitted ones finish", async () => {
    const small = createRenderer({ workers: 1, maxQueue: 1 });
    try {
      const outcomes = await Promise.allSettled(Array.from({ length: 5 }, () => small.render(example())));
      const refused = outcomes.filter((o) => o.status === "rejected");
      expect(refused.length).toBeGreaterThan(0);
      for (const o of refused) expect((o as PromiseRejectedResult).reason).toBeInstanceOf(RendererBusyError);
      for (const o of outcomes) if (o.status === "fulfilled") expect(isPdf(o.value)).toBe(true);
    } finally {
      await small.close();
    }
  });
});

describe("renderPdf on the calling thread: honest about what blocks", () => {
  test("renderPdfSync and renderPdf give the bytes of renderPdfDetailed; renderPdfSync refuses `sign`", async () => {
    const doc = parseDocument(example());
    const expected = Buffer.from(renderPdfDetailed(doc).bytes);
    expect(Buffer.from(renderPdfSync(doc)).equals(expected)).toBe(true);
    expect(Buffer.from(await renderPdf(doc)).equals(expected)).toBe(true);
    expect(() => renderPdfSync(doc, { sign: { p12: new Uint8Array() } } as never)).toThrow(/renderPdf/);
  });

  test("renderPdf returns before any work and lets the event loop run while it writes a long document", async () => {
    const doc = parseDocument(longDocument(30));
    let turns = 0;
    let done = false;
    const turn = () => {
      turns++;
      if (!done) setImmediate(turn);
    };
    setImmediate(turn);
    const started = performance.now();
    const pending = renderPdf(doc);
    expect(performance.now() - started).toBeLessThan(5); // nothing rendered yet: the promise comes back at once
    const bytes = await pending;
    done = true;
    expect(isPdf(bytes)).toBe(true);
    // Writing 30 copies of the example takes far longer than one slice, so other work ran in between.
    expect(turns).toBeGreaterThan(2);
  });
});

describe("createRenderer: workers recycled after recycleAfter jobs", () => {
  test("jobs go on across fresh workers with the same bytes; the old ones finish theirs", async () => {
    const small = createRenderer({ workers: 1, recycleAfter: 1 });
    try {
      const expected = Buffer.from(renderPdfDetailed(parseDocument(example())).bytes);
      const results = await Promise.all([small.render(example()), small.render(example())]);
      for (const bytes of results) expect(Buffer.from(bytes).equals(expected)).toBe(true);
      expect(small.recycled).toBe(1); // one job per pool: the first pool was replaced for the second job
      expect(Buffer.from(await small.render(example())).equals(expected)).toBe(true);
      expect(small.recycled).toBe(2);
    } finally {
      await small.close();
    }
  });
});
