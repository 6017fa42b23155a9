/// <reference types="handlebars" preserve="true" />
import { existsSync, realpathSync, statSync } from "node:fs";
import { FileError, fileReason } from "../../util/file-error.js";
import { readJsonFileSync } from "../../util/json-file.js";
import { readTextFileSync } from "../../util/text-file.js";
import { basename, dirname, join, resolve } from "node:path";
import Handlebars from "handlebars";
import { z } from "zod";
import { DraftError, type DraftIssue } from "../errors.js";
import { RESERVED_CHARS } from "./values.js";

type Program = hbs.AST.Program;

/** A template given as text: its folder (for partials) and its data schema are optional. */
export interface TemplateSource {
  source: string;
  /** The folder whose "_NAME.hbs" files are the partials; without it, no partials. */
  dir?: string;
  /** A name for messages ("ke-hoach-nam.hbs"). */
  name?: string;
  /** A zod schema, or a JSON Schema object, for the data. */
  schema?: z.ZodType | Record<string, unknown>;
}

export interface LoadedTemplate {
  name: string;
  source: string;
  dir?: string;
  schema?: z.ZodType;
}

function schemaFrom(schema: z.ZodType | Record<string, unknown>, where: string): z.ZodType {
  if (schema instanceof z.ZodType) return schema;
  try {
    return z.fromJSONSchema(schema as Parameters<typeof z.fromJSONSchema>[0]);
  } catch (error) {
    const reason = error instanceof Error ? error.message : String(error);
    throw new DraftError("template", [
      { path: where, vi: `lược đồ dữ liệu không dùng được: ${reason}`, en: `the data schema cannot be used: ${reason}` },
    ]);
  }
}

/** The template file's text; a file that is not there or cannot be read is a DraftError naming it. */
function readTemplateFile(file: string, shown: string): string {
  try {
    return readTextFileSync(file);
  } catch (error) {
    if (error instanceof FileError && !fileReason(error.code, "read")) throw new DraftError("template", [{ path: shown, vi: error.vi, en: error.en }]);
    const code = error instanceof FileError ? error.code : (error as NodeJS.ErrnoException).code;
    const [vi, en] =
      code === "ENOENT"
        ? ["không tìm thấy tệp mẫu", "template file not found"]
        : code === "EISDIR"
          ? ["là một thư mục, không phải tệp mẫu", "is a folder, not a template file"]
          : code === "EACCES" || code === "EPERM"
            ? ["không có quyền đọc tệp mẫu", "permission denied reading the template file"]
            : [`không đọc được tệp mẫu (${code ?? String(error)})`, `cannot read the template file (${code ?? String(error)})`];
    throw new DraftError("template", [{ path: shown, vi, en }]);
  }
}

/**
 * A template from a path ("examples/drafts/ke-hoach-nam.hbs", with its optional
 * "ke-hoach-nam.schema.json" next to it) or from text.
 */
export function loadTemplate(template: string | TemplateSource): LoadedTemplate {
  if (typeof template !== "string") {
    const loaded: LoadedTemplate = { name: template.name ?? "(template)", source: template.source };
    if (template.dir !== undefined) loaded.dir = resolve(template.dir);
    if (template.schema !== undefined) loaded.schema = schemaFrom(template.schema, "schema");
    return loaded;
  }
  const file = resolve(template);
  const name = basename(file);
  const loaded: LoadedTemplate = { name, source: readTemplateFile(file, template), dir: dirname(file) };
  const schemaFile = join(dirname(file), `${name.replace(/\.hbs$/i, "")}.schema.json`);
  if (existsSync(schemaFile)) {
    let json: Record<string, unknown>;
    try {
      json = readJsonFileSync(schemaFile) as Record<string, unknown>;
    } catch (error) {
      const reason = error instanceof Error ? error.message : String(error);
      throw new DraftError("template", [{ path: basename(schemaFile), vi: `JSON không hợp lệ: ${reason}`, en: `invalid JSON: ${reason}` }]);
    }
    loaded.schema = schemaFrom(json, basename(schemaFile));
  }
  return loaded;
}

/** Parses a template (no whitespace processing yet: compiling does that), or reports why not. */
export function parseTemplate(source: string, file: string): Program | DraftIssue {
  const reserved = RESERVED_CHARS.exec(source);
  if (reserved) {
    const line = source.slice(0, reserved.index).split("\n").length;
    return { file, line, path: file, vi: "mẫu chứa ký tự dành riêng U+E000/U+E001", en: "the template contains the reserved characters U+E000/U+E001" };
  }
  try {
    return Handlebars.parseWithoutProcessing(source, { srcName: file });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    const line = /line (\d+)/i.exec(message);
    const issue: DraftIssue = { file, path: file, vi: `lỗi cú pháp Handlebars: ${message}`, en: `Handlebars syntax error: ${message}` };
    if (line) issue.line = Number(line[1]);
    return issue;
  }
}

/** Partial names are plain names: no folders, no dots, nothing that could leave the folder. */
const PARTIAL_NAME = /^[\p{L}\p{N}][\p{L}\p{N}_-]*$/u;

/**
 * The source of partial NAME: the file "_NAME.hbs" in the template's own folder, and only
 * there (a symbolic link that leads elsewhere is refused).
 */
export function readPartial(dir: string | undefined, name: string): { source: string; file: string } | { vi: string; en: string } {
  if (!PARTIAL_NAME.test(name)) {
    return {
      vi: `tên mẫu con "${name}" không hợp lệ: chỉ chữ, số, "-" và "_", không có thư mục`,
      en: `invalid partial name "${name}": letters, digits, "-" and "_" only, no folders`,
    };
  }
  if (dir === undefined) {
    return { vi: `không có thư mục mẫu để tìm mẫu con "${name}"`, en: `no template folder to look for partial "${name}" in` };
  }
  const file = join(dir, `_${name}.hbs`);
  if (!existsSync(file) || !statSync(file).isFile() || dirname(realpathSync(file)) !== realpathSync(dir)) {
    return { vi: `không có mẫu con "${name}" (tệp _${name}.hbs trong thư mục của mẫu)`, en: `no partial "${name}" (file _${name}.hbs in the template's folder)` };
  }
  return { source: readTextFileSync(file), file: `_${name}.hbs` };
}
