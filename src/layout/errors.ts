import { DocumentError } from "../model/errors.js";

/** Something the layout cannot place without losing it: an error naming the block and why (L-LOST-1). */
export function layoutError(path: string, vi: string, en: string): DocumentError {
  return new DocumentError([{ path, vi, en }], "layout");
}

/** A table too wide for its page even at the smallest size (L-TABLE-2): an annex can turn landscape. */
export class TableTooWideError extends DocumentError {}

export function tableTooWide(path: string, vi: string, en: string): TableTooWideError {
  return new TableTooWideError([{ path, vi, en }], "layout");
}
