import type { Document } from "../model/document.js";
import type { Profile } from "../layout/schema.js";
import { profileForDocument } from "../layout/load.js";
import { outputFormat, type OutputFormat } from "../writers/output-format.js";
import { renderAs } from "../writers/render-as.js";
import { renderDraft, type DraftOptions } from "./render-draft.js";
import type { TemplateSource } from "./template/source.js";

export interface DraftFileOptions extends DraftOptions {
  /** "pdf" (default) or "docx" (Word, the drafted Document kept inside). */
  format?: OutputFormat;
  /** A profile to render with instead of the one the template names (same family); the Document then names it. */
  profile?: string;
}

/** A drafted Document and the profile it is rendered with: the template's, or `options.profile` (same family). */
export function draftWithProfile(template: string | TemplateSource, data: unknown, options: DraftFileOptions = {}): { document: Document; profile: Profile } {
  const drafted = renderDraft(template, data, options);
  const profile = profileForDocument(drafted.profile, {
    ...(options.profile ? { profile: options.profile } : {}),
    ...(options.layouts !== undefined ? { layouts: options.layouts } : {}),
  });
  return { document: { ...drafted, profile: profile.id }, profile };
}

/**
 * Drafts a document from a template and data and renders it in one step: the file's bytes in
 * the format asked for (PDF by default, or DOCX), with the Document they were made from.
 * Fails as renderDraft does (DraftError), or with the format named when it is not pdf or docx.
 */
export async function renderDraftFile(
  template: string | TemplateSource,
  data: unknown,
  options: DraftFileOptions = {},
): Promise<{ document: Document; format: OutputFormat; bytes: Uint8Array }> {
  const format = outputFormat(options.format, "format");
  const { document, profile } = draftWithProfile(template, data, options);
  return { document, format, bytes: await renderAs(format, document, { profile }) };
}
