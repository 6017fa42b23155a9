// The service's status for each renderer failure (src/serve/errors.ts): the caller learns what to fix.
import { describe, expect, test } from "vitest";
import { refusalOf } from "../../src/serve/errors.js";
import { MalformedJsonError, RendererBusyError, RendererOutOfMemoryError, RendererTimeoutError } from "../../src/renderer/index.js";

describe("refusalOf", () => {
  test("a document that outgrew the worker's heap is a 413 naming the cap, in both languages (was a bare 500)", () => {
    const r = refusalOf(new RendererOutOfMemoryError(1024), 10 * 1024 * 1024)!;
    expect(r.status).toBe(413);
    expect(r.body.error.code).toBe("document-too-large");
    expect(r.body.error.vi).toMatch(/1024 MB/);
    expect(r.body.error.en).toMatch(/1024 MB heap/);
  });

  test("busy, timeout and malformed JSON keep their statuses; an unknown error is left to the 500 handler", () => {
    expect(refusalOf(new RendererBusyError(3), 1)!.status).toBe(503);
    expect(refusalOf(new RendererTimeoutError(50), 1)!.status).toBe(504);
    expect(refusalOf(new MalformedJsonError("x"), 1)!.status).toBe(400);
    expect(refusalOf(new Error("boom"), 1)).toBeUndefined();
  });
});
