// Bounds on the work one input can cause (issue 14: nothing hangs, nothing grows without bound).
// Each default is far above any real official document and far below what holds a batch worker
// or exhausts memory; each can be changed where the API takes options.
import { z } from "zod";

const count = z.number().int().positive();

export const LimitsSchema = z.strictObject({
  /**
   * Bytes of one input file (document JSON, archived text, template data, defaults, profile).
   * 10 MiB: a 500-page document is about 1.5 MB of text (3 MB as UTF-16); reading stops here
   * even when the file grows while it is read (a link to /dev/zero, a log being written).
   */
  maxInputBytes: count.default(10 * 1024 * 1024),
  /**
   * Characters of one text field (a paragraph, the subject, a name, a table cell). 250,000 (a
   * hundred pages in one paragraph): the longest paragraph in the archived seeds is 1,546
   * characters, the layout is linear and its tests lay out a 200,000-character word; a
   * 10-million-character subject crashed V8.
   */
  maxFieldLength: count.default(250_000),
  /**
   * Blocks of one document, table rows included. 5,000: a long Quy chế (100 articles of a few
   * clauses each) has under 1,500; a million blocks took minutes and gigabytes.
   */
  maxBlocks: count.default(5_000),
  /**
   * Pages of one rendered document, enforced by the layout (its DEFAULT_MAX_PAGES is the same
   * 2,000). A whole code of law with its annexes runs to a few hundred pages; a 33,334-page PDF
   * came from one runaway {{#each}}.
   */
  maxPages: count.default(2_000),
  /**
   * Blocks (lines of body text) one template rendering may produce. 5,000, as for a document:
   * a template cannot make a document larger than a document may be, and a runaway {{#each}}
   * stops before its text is read.
   */
  maxTemplateBlocks: count.default(5_000),
  /**
   * Issues an error's message lists; the rest are counted ("… and 12,345 more"). 50: enough to
   * fix a document in one pass; one formatting slip once printed 999,999 issues (326 MB).
   */
  maxIssuesListed: count.default(50),
  /**
   * Milliseconds one document may take in a batch worker before the worker is stopped and the
   * input reported as failed. 60 s: a typical document takes a tenth of a second.
   */
  documentTimeoutMs: count.default(60_000),
});

export type Limits = z.infer<typeof LimitsSchema>;

/** The defaults, documented above. */
export const DEFAULT_LIMITS: Readonly<Limits> = Object.freeze(LimitsSchema.parse({}));

/** The pages limit the layout enforces (a constant, since the layout takes no limits option yet). */
export const maxPages = DEFAULT_LIMITS.maxPages;

/** The defaults with a caller's changes; a limit that is not a positive whole number is refused. */
export function limitsWith(changes: Partial<Limits> = {}): Limits {
  const result = LimitsSchema.safeParse({ ...DEFAULT_LIMITS, ...changes });
  if (!result.success) {
    const names = [...new Set(result.error.issues.map((i) => i.path.join(".")))].join(", ");
    throw new RangeError(`Giới hạn phải là số nguyên dương / limits must be positive whole numbers: ${names}`);
  }
  return result.data;
}

/** "12345" → "12,345", for messages. */
export function formatCount(n: number): string {
  return n.toLocaleString("en-US");
}
