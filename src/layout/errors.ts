import { DocumentError } from "../model/errors.js";

/** Something the layout cannot place without losing it: an error naming the block and why (L-LOST-1). */
export function layoutError(path: string, vi: string, en: string): DocumentError {
  return new DocumentError([{ path, vi, en }], "layout");
}
