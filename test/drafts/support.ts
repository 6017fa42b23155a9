import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, expect } from "vitest";
import { DraftError, renderDraft, type DraftOptions, type TemplateSource } from "../../src/drafts/index.js";
import { plainText } from "../../src/model/inline.js";
import type { Document } from "../../src/model/document.js";

/** A valid header for small test templates; the subject comes from the data. */
export const HEADER = `Profile: union
Kind: Thông báo
Issuer: LĐLĐ TỈNH LAI CHÂU
Number: 5
Symbol: LĐLĐ
Place: Lai Châu
Date: 2025-01-02
Subject: {{subject}}
Title: CHỦ TỊCH
Signer: Hoàng Thọ Trung
---
`;

/** Lines HEADER takes, so that test templates can state their own line numbers. */
export const HEADER_LINES = HEADER.split("\n").length - 1;

export function draft(body: string, data: Record<string, unknown>, options: DraftOptions = {}, extra: Partial<TemplateSource> = {}): Document {
  return renderDraft({ source: HEADER + body, name: "test.hbs", ...extra }, data, options);
}

/** The DraftError a call throws (fails the test when it throws nothing or something else). */
export function draftError(run: () => unknown): DraftError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(DraftError);
    return error as DraftError;
  }
  throw new Error("expected a DraftError");
}

export function bodyTexts(doc: Document): string[] {
  return doc.body.map((b) => ("content" in b ? plainText(b.content) : ""));
}

const folders: string[] = [];
afterAll(() => {
  for (const dir of folders) rmSync(dir, { recursive: true, force: true });
});

/** A fresh folder with these files (removed after the test file), for partial and CLI tests. */
export function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), "vanban-drafts-"));
  folders.push(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}
