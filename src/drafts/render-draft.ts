import Handlebars from "handlebars";
import type { Document } from "../model/document.js";
import { DraftError, type DraftIssue } from "./errors.js";
import { cleanData, validateData } from "./template/data.js";
import { createHelpers, HelperProblem } from "./template/helpers.js";
import { loadTemplate, parseTemplate, type TemplateSource } from "./template/source.js";
import { checkTemplate } from "./template/strict.js";
import { FILE_KEY, LINE_KEY, VALUE_HELPER, routeValues } from "./template/transform.js";
import { ValueTable } from "./template/values.js";
import { readDocumentTextWith } from "./text/read-document-text.js";
import { formatCount, limitsWith, type Limits } from "../limits.js";

/** Thrown from inside a loop to stop a rendering that has gone past maxTemplateBlocks. */
class TooManyRounds extends Error {}

/** The template-blocks limit hit: a DraftError naming the template and the limit. */
function tooManyBlocks(name: string, max: number, what: { vi: string; en: string }): DraftError {
  const limit = formatCount(max);
  return new DraftError("template", [
    {
      file: name,
      path: name,
      vi: `${what.vi}, vượt giới hạn ${limit} khối của một mẫu (maxTemplateBlocks): kiểm tra dữ liệu của vòng lặp hoặc nâng giới hạn`,
      en: `${what.en}, over the limit of ${limit} blocks a template may produce (maxTemplateBlocks): check the data of the loop or raise the limit`,
    },
  ]);
}

/** Body lines of document text (after the "---" line), where a runaway loop shows. */
function bodyLines(text: string): number {
  const separator = text.search(/^\s*-{3,}\s*$/mu);
  let lines = 0;
  for (let at = text.indexOf("\n", Math.max(separator, 0)); at >= 0; at = text.indexOf("\n", at + 1)) lines++;
  return lines;
}

export interface DraftOptions {
  /** The clock for {{year}}, {{nextYear}}, {{today}} and {{ngay}}; now by default. */
  now?: Date;
  /** Report every variable the data lacks (default). With false, a missing variable prints nothing. */
  strict?: boolean;
  /** Bounds (src/limits.ts): maxTemplateBlocks, and the document's own (maxFieldLength, maxBlocks …). */
  limits?: Partial<Limits>;
  /** A caller's folders or files of profiles, so that a template may name one ("profile: my-province"). */
  layouts?: string | string[];
}

// One Handlebars environment for drafts, without the "log" helper (no console output from templates).
const env = Handlebars.create();
env.unregisterHelper("log");

const COMPILE: CompileOptions = {
  // The output is document text, not HTML: "&" and quotes stay as written. Values cannot
  // inject structure for another reason: they pass through the ValueTable.
  noEscape: true,
  strict: false,
  preventIndent: true,
};

const RUNTIME: Handlebars.RuntimeOptions = {
  // Explicit, so that inherited properties are refused silently (Handlebars 4.6+ defaults).
  allowProtoPropertiesByDefault: false,
  allowProtoMethodsByDefault: false,
};

interface Rendered {
  text: string;
  values: ValueTable;
  name: string;
}

function where(hash: Record<string, unknown>): { file?: string; line?: number } {
  const out: { file?: string; line?: number } = {};
  if (typeof hash[FILE_KEY] === "string") out.file = hash[FILE_KEY];
  if (typeof hash[LINE_KEY] === "number") out.line = hash[LINE_KEY];
  return out;
}

function render(template: string | TemplateSource, data: unknown, options: DraftOptions): Rendered {
  const loaded = loadTemplate(template);
  let clean = cleanData(data);
  if (loaded.schema) clean = validateData(clean, loaded.schema);

  const program = parseTemplate(loaded.source, loaded.name);
  if ("vi" in program) throw new DraftError("template", [program]);
  const check = checkTemplate(program, clean, { strict: options.strict !== false, dir: loaded.dir, file: loaded.name });
  if (check.issues.length) throw new DraftError("template", check.issues);

  const values = new ValueTable();
  const failures: DraftIssue[] = [];
  const helpers: Record<string, Handlebars.HelperDelegate> = {};
  // Every round of every {{#each}} counts towards maxTemplateBlocks: a loop over a million items
  // stops at the limit instead of writing a million lines (issue 14).
  const maxBlocks = limitsWith(options.limits).maxTemplateBlocks;
  let rounds = 0;
  const each = env.helpers.each!;
  helpers.each = function (this: unknown, context: unknown, opts: Handlebars.HelperOptions) {
    const fn = opts.fn;
    const counted: Handlebars.HelperOptions = {
      ...opts,
      fn: (item: unknown, o?: Handlebars.RuntimeOptions) => {
        if (++rounds > maxBlocks) throw new TooManyRounds();
        return fn(item, o);
      },
    };
    return each.call(this, context, counted) as unknown;
  };
  const now = options.now;
  for (const [name, impl] of Object.entries(createHelpers(() => now ?? new Date()))) {
    helpers[name] = (...args: unknown[]) => {
      const { hash } = args.pop() as Handlebars.HelperOptions;
      const { [LINE_KEY]: _line, [FILE_KEY]: _file, ...rest } = hash;
      try {
        return impl(args, rest);
      } catch (error) {
        // Collect and go on, so that one error lists every failing call.
        const vi = error instanceof HelperProblem ? error.vi : String(error);
        const en = error instanceof HelperProblem ? error.en : String(error);
        failures.push({ ...where(hash), path: name, vi, en });
        return undefined;
      }
    };
  }
  helpers[VALUE_HELPER] = (value: unknown, opts: Handlebars.HelperOptions) => {
    try {
      return values.insert(value);
    } catch (error) {
      const what = error instanceof TypeError ? error.message : String(error);
      failures.push({
        ...where(opts.hash),
        path: "{{…}}",
        vi: `không chèn được ${what === "a list" ? "một danh sách" : what === "an object" ? "một đối tượng" : what} vào văn bản; dùng #each, #with hoặc list`,
        en: `cannot insert ${what} into the text; use #each, #with or list`,
      });
      return "";
    }
  };

  const partials: Record<string, Handlebars.TemplateDelegate> = {};
  for (const [name, partial] of check.partials) {
    partials[name] = env.compile(routeValues(partial.program, partial.file), COMPILE);
  }
  let text: string;
  try {
    text = env.compile(routeValues(program, loaded.name), COMPILE)(clean, { ...RUNTIME, helpers, partials });
  } catch (error) {
    if (error instanceof TooManyRounds) {
      throw tooManyBlocks(loaded.name, maxBlocks, { vi: "vòng lặp {{#each}} chạy quá nhiều lần", en: "{{#each}} loops ran too many rounds" });
    }
    const message = error instanceof Error ? error.message : String(error);
    throw new DraftError("template", [{ file: loaded.name, path: loaded.name, vi: `mẫu không chạy được: ${message}`, en: `the template failed: ${message}` }]);
  }
  if (failures.length) throw new DraftError("template", failures);
  const lines = bodyLines(text);
  if (lines > maxBlocks) {
    throw tooManyBlocks(loaded.name, maxBlocks, { vi: `mẫu tạo ra ${formatCount(lines)} dòng nội dung`, en: `the template produced ${formatCount(lines)} lines of body text` });
  }
  return { text, values, name: loaded.name };
}

/**
 * Fills a draft template with data and reads the result as document text: a Document, ready
 * for checkDocument and renderPdf. `template` is a path to a .hbs file (its partials
 * "_NAME.hbs" and schema "NAME.schema.json" sit next to it) or { source, dir?, schema? }.
 * Throws one DraftError per step: the data (schema), the template (every missing variable
 * with its line), or the document text it produced.
 */
export function renderDraft(template: string | TemplateSource, data: unknown, options: DraftOptions = {}): Document {
  const { text, values, name } = render(template, data, options);
  try {
    return readDocumentTextWith(text, values, options.layouts !== undefined ? { layouts: options.layouts } : {}, options.limits);
  } catch (error) {
    if (error instanceof DraftError) {
      throw new DraftError("text", error.issues.map((i) => ({ ...i, file: `${name} → văn bản / text` })));
    }
    throw error;
  }
}

/** The document text a template produces with this data, values in place: for looking at a draft. */
export function renderDraftText(template: string | TemplateSource, data: unknown, options: DraftOptions = {}): string {
  const { text, values } = render(template, data, options);
  return values.resolve(text);
}
