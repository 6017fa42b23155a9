// The public API of vanban, and nothing else.
export * from "./model/document.js";
export { KIND_NAMES, KIND_IDS, KindSchema, kindName, kindFromName, isCongVan, type KindId } from "./model/kinds.js";
export { DocumentError, type DocumentIssue } from "./model/errors.js";
export { parseDocument, validateDocument, documentJsonSchema, type ParseOptions } from "./model/parse.js";
export { DEFAULT_LIMITS, LimitsSchema, limitsWith, maxPages, type Limits } from "./limits.js";
export { FileError } from "./util/file-error.js";
export { runsOf, plainText } from "./model/inline.js";
export { formatDateLine, formatDateWords } from "./text/date.js";
export { formatNumberLine, formatNumber, formatSymbol } from "./text/number.js";
export { toRoman, itemLetter, VIETNAMESE_ITEM_LETTERS } from "./text/labels.js";
export { upperVi } from "./text/case.js";
export {
  loadProfile,
  parseProfile,
  withPreset,
  listProfiles,
  profileForDocument,
  defaultProfileOf,
  type ProfileInfo,
  type ProfileChoice,
  type ProfileSources,
} from "./layout/load.js";
export { explainProfile, type ExplainedValue } from "./layout/explain.js";
export { ProfileSchema, FamilySchema, type Profile, type Style, type Family } from "./layout/schema.js";
export { StandingSchema, type Standing, type StandingEntry } from "./layout/standing.js";
export { SourceLineSchema, SourceLinesSchema, type SourceLine, type SourceLines } from "./model/source.js";
export { renderPdf, renderPdfSync, bundledFonts, fontSetFromFiles, type RenderOptions, type FontFiles, type FontSet } from "./writers/pdf/index.js";
export { renderPdfStream } from "./writers/pdf/stream.js";
export { renderDocx, readDocxSource, type DocxOptions } from "./writers/docx/index.js";
export { OutputFormatSchema, OUTPUT_FORMATS, type OutputFormat } from "./writers/output-format.js";
export { renderAs } from "./writers/render-as.js";
export { layoutDocument, layoutPrinted, DEFAULT_MAX_PAGES, type LayoutOptions } from "./layout/layout-document.js";
export {
  PagesSchema,
  PageSchema,
  LineSchema,
  SpanSchema,
  RuleSchema,
  FrameSchema,
  RegionSchema,
  type Pages,
  type Page,
  type Line,
  type Span,
  type Rule,
  type Frame,
  type Region,
  type Face,
} from "./layout/pages.js";
export { realize } from "./realize/index.js";
export type * from "./realize/printed.js";
export { writePdf } from "./writers/pdf/emit/index.js";
export { pdfmakeDefinition, pdfmakeFontFiles, pdfmakeFontContainer, renderWithPdfmake } from "./writers/pdfmake/index.js";
export { readDocumentJson } from "./readers/json/index.js";
export {
  checkDocument,
  checkSource,
  checkText,
  checkData,
  checkLayout,
  checkPages,
  hasErrors,
  FindingSchema,
  RULES,
  type Finding,
  type Severity,
  type CheckOptions,
  type CheckTextOptions,
} from "./check/index.js";
export {
  renderDraft,
  renderDraftText,
  renderDraftFile,
  readDocumentText,
  DraftError,
  type DraftOptions,
  type DraftFileOptions,
  type DraftIssue,
  type TemplateSource,
} from "./drafts/index.js";
export {
  importText,
  parseImportDefaults,
  type ImportResult,
  type ImportOptions,
  type ImportDefaults,
  type ImportWarning,
  type FieldOrigins,
} from "./readers/archive/index.js";
export { renderPdfDetailed, type RenderedPdf } from "./writers/pdf/index.js";
export {
  renderBatch,
  collectInputs,
  BatchReport,
  defaultJobs,
  type BatchInput,
  type BatchOptions,
  type BatchProgress,
  type BatchResult,
  type BatchStatus,
} from "./batch/index.js";
export { signatureFields, type SignatureField, type SignatureFieldName } from "./writers/pdf/issuance/fields.js";
export { signPdf, type SignOptions } from "./writers/pdf/issuance/sign.js";
export { readEmbeddedSource, SOURCE_FILE_NAME } from "./writers/pdf/issuance/source.js";
export type { WriteOptions } from "./writers/pdf/emit/index.js";
export type { AnnexMarkOptions } from "./layout/annex-mark.js";
export {
  createRenderer,
  Renderer,
  RendererBusyError,
  RendererOutOfMemoryError,
  RendererTimeoutError,
  type RendererOptions,
  type RendererLayout,
} from "./renderer/index.js";
export { startServer, type ServeOptions, type RunningServer } from "./serve/start.js";
