// Drafting documents from Handlebars templates that produce document text (see README.md).
export { renderDraft, renderDraftText, type DraftOptions } from "./render-draft.js";
export { readDocumentText } from "./text/read-document-text.js";
export { DraftError, type DraftIssue, type DraftStage } from "./errors.js";
export type { TemplateSource } from "./template/source.js";
export { renderDraftFile, draftWithProfile, type DraftFileOptions } from "./render-draft-file.js";
