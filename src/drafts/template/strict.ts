import type { DraftIssue } from "../errors.js";
import { isForbiddenName } from "./forbidden.js";
import { BLOCK_HELPERS, HELPER_NAMES } from "./helpers.js";
import { parseTemplate, readPartial } from "./source.js";

type Program = hbs.AST.Program;
type Node = hbs.AST.Node;
type Expression = hbs.AST.Expression;
type PathExpression = hbs.AST.PathExpression;

/** A value the check cannot know (the result of a helper): paths below it are not checked. */
const UNKNOWN = Symbol("unknown");

/** What `{{@index}}` and friends read inside an #each. */
interface Frame {
  index: number;
  key: string | number;
  first: boolean;
  last: boolean;
}

/**
 * Where a template stands in the data. `up` is the context "../" reaches (Handlebars only
 * adds a level when the context changes); `outer` is the enclosing block, for block
 * parameters and @-variables.
 */
interface Scope {
  ctx: unknown;
  path: string;
  up?: Scope;
  outer?: Scope;
  frame?: Frame;
  params?: Map<string, { value: unknown; path: string }>;
}

type Resolution = { ok: true; value: unknown; path: string } | { ok: false; path: string; forbidden: boolean };

export interface ParsedPartial {
  program: Program;
  file: string;
}

export interface CheckOptions {
  /** Report every variable the data lacks (strict mode). */
  strict: boolean;
  /** The template's folder, where partials "_NAME.hbs" live. */
  dir?: string;
  /** The template's file name, for messages. */
  file: string;
}

export interface CheckResult {
  issues: DraftIssue[];
  /** The partials the template uses, parsed. */
  partials: Map<string, ParsedPartial>;
}

const MAX_PARTIAL_DEPTH = 8;

function lineOf(node: Node): number | undefined {
  return node.loc?.start.line;
}

function isScoped(path: PathExpression): boolean {
  return /^\.|this\b/.test(path.original);
}

/** The name of a plain one-part path ("titles", not "a.b", "../x", "this.x" or "@index"). */
function simpleName(node: Expression | hbs.AST.Literal): string | undefined {
  if (node.type !== "PathExpression") return undefined;
  const path = node as PathExpression;
  if (path.data || path.depth !== 0 || path.parts.length !== 1 || isScoped(path)) return undefined;
  return path.parts[0];
}

function join(base: string, part: string, parent: unknown): string {
  if (Array.isArray(parent) && /^\d+$/.test(part)) return `${base}[${part}]`;
  return base ? `${base}.${part}` : part;
}

/** Handlebars' notion of empty (Utils.isEmpty), which #if, #with and #each follow. */
function isEmpty(value: unknown): boolean {
  return (!value && value !== 0) || (Array.isArray(value) && value.length === 0);
}

/**
 * Walks a template over the real data the way Handlebars will run it, following #each,
 * #with, #if and partials, and collects every problem at once: each variable the data lacks
 * (strict mode) with its template line, prototype properties, unknown helpers, partials
 * that are not in the template's folder, and constructs the drafts do not allow.
 */
export function checkTemplate(program: Program, data: unknown, options: CheckOptions): CheckResult {
  const issues: DraftIssue[] = [];
  const reported = new Set<string>();
  const partials = new Map<string, ParsedPartial | null>();
  const root: Scope = { ctx: data, path: "" };
  // Missing data, one entry per data path and file, with every line that uses it.
  const missing = new Map<string, { file: string; path: string; uses: Set<string>; lines: number[] }>();

  const report = (file: string, node: Node, key: string, path: string, vi: string, en: string): void => {
    const line = lineOf(node);
    const id = `${file}:${line}:${node.loc?.start.column}:${key}`;
    if (reported.has(id)) return;
    reported.add(id);
    const issue: DraftIssue = { file, path, vi, en };
    if (line !== undefined) issue.line = line;
    issues.push(issue);
  };

  const resolve = (path: PathExpression, scope: Scope): Resolution => {
    let base: unknown;
    let basePath: string;
    let rest: string[];
    if (path.data) {
      const [head = "", ...tail] = path.parts;
      rest = tail;
      if (head === "root") {
        base = data;
        basePath = "";
      } else {
        let frameScope: Scope | undefined = scope;
        while (frameScope && !frameScope.frame) frameScope = frameScope.outer;
        const frame = frameScope?.frame;
        if (!frame || !["index", "key", "first", "last"].includes(head)) return { ok: false, path: `@${head}`, forbidden: false };
        base = frame[head as keyof Frame];
        basePath = `@${head}`;
      }
    } else {
      let target: Scope | undefined = scope;
      for (let d = 0; d < path.depth && target; d++) target = target.up;
      if (!target) return { ok: false, path: path.original, forbidden: false };
      const head = path.parts[0];
      let param: { value: unknown; path: string } | undefined;
      if (path.depth === 0 && head !== undefined && !isScoped(path)) {
        for (let s: Scope | undefined = scope; s && !param; s = s.outer) param = s.params?.get(head);
      }
      if (param) {
        base = param.value;
        basePath = param.path;
        rest = path.parts.slice(1);
      } else {
        base = target.ctx;
        basePath = target.path;
        rest = path.parts;
      }
    }
    for (const part of rest) {
      const next = join(basePath, part, base);
      if (isForbiddenName(part)) return { ok: false, path: next, forbidden: true };
      if (base === UNKNOWN) return { ok: true, value: UNKNOWN, path: next };
      if (base === null || typeof base !== "object" || !Object.prototype.hasOwnProperty.call(base, part)) {
        return { ok: false, path: next, forbidden: false };
      }
      base = (base as Record<string, unknown>)[part];
      basePath = next;
    }
    return { ok: true, value: base, path: basePath };
  };

  /** A path the template needs: reports it when the data lacks it. */
  const need = (path: PathExpression, scope: Scope, file: string): Resolution => {
    const r = resolve(path, scope);
    if (!r.ok && r.forbidden && options.strict) {
      // Outside strict mode Handlebars itself gives nothing for them (tested).
      report(file, path, path.original, r.path,
        `"${path.original}" chạm tới thuộc tính nguyên mẫu của đối tượng; mẫu không được dùng`,
        `"${path.original}" reaches an inherited (prototype) property; templates cannot use it`);
    } else if (!r.ok && options.strict) {
      addMissing(file, path, r.path, `{{${path.original}}}`);
    }
    return r;
  };

  /** Records a data path the template uses and the data lacks; one entry per path and file. */
  const addMissing = (file: string, node: Node, dataPath: string, use: string): void => {
    const key = `${file}|${dataPath}`;
    const line = lineOf(node);
    const entry = missing.get(key) ?? { file, path: dataPath, uses: new Set<string>(), lines: [] };
    entry.uses.add(use);
    if (line !== undefined && !entry.lines.includes(line)) entry.lines.push(line);
    missing.set(key, entry);
  };

  /**
   * {{lookup obj KEY}} with a key the walk knows (a literal, or a path it resolved): the value
   * at that key, a missing variable when the data lacks it, or UNKNOWN. An inherited name
   * ("constructor") gives nothing, as Handlebars' own lookup does, and is not reported. An
   * `optional` lookup is the condition of an #if / #unless, which may test absent data.
   */
  const checkLookup = (node: hbs.AST.MustacheStatement | hbs.AST.SubExpression, scope: Scope, file: string, optional = false): unknown => {
    const [objectArg, keyArg] = node.params;
    if (node.params.length !== 2 || node.hash || !objectArg || !keyArg) {
      checkArguments(node.params, node.hash, scope, file);
      return UNKNOWN;
    }
    const objectPath = objectArg.type === "PathExpression" ? resolve(objectArg as PathExpression, scope) : undefined;
    const object = checkExpression(objectArg, scope, file);
    const key = checkExpression(keyArg, scope, file);
    if (objectPath && !objectPath.ok) return undefined; // already reported as missing
    if (object === UNKNOWN || (typeof key !== "string" && typeof key !== "number")) return UNKNOWN;
    const name = String(key);
    if (isForbiddenName(name)) return undefined;
    if (object !== null && object !== undefined && Object.prototype.hasOwnProperty.call(Object(object), name)) {
      return (Object(object) as Record<string, unknown>)[name];
    }
    if (options.strict && !optional) {
      const base = objectPath?.ok ? objectPath.path : "(…)";
      const shown = keyArg.type === "StringLiteral" ? JSON.stringify(name) : keyArg.type === "PathExpression" ? (keyArg as PathExpression).original : name;
      const objectShown = objectArg.type === "PathExpression" ? (objectArg as PathExpression).original : "(…)";
      addMissing(file, node, join(base, name, object), `{{lookup ${objectShown} ${shown}}}`);
    }
    return undefined;
  };

  const checkHelperName = (node: Node, name: string | undefined, original: string, file: string): void => {
    if (name !== undefined && HELPER_NAMES.has(name)) return;
    const known = [...HELPER_NAMES].join(", ");
    report(file, node, `helper:${original}`, original,
      `không có hàm trợ giúp "${original}"; các hàm: ${known}`,
      `no helper "${original}"; helpers: ${known}`);
  };

  const checkExpression = (expr: Expression, scope: Scope, file: string): unknown => {
    switch (expr.type) {
      case "PathExpression": {
        const r = need(expr as PathExpression, scope, file);
        return r.ok ? r.value : undefined;
      }
      case "SubExpression": {
        const sub = expr as hbs.AST.SubExpression;
        if (simpleName(sub.path) === "lookup") return checkLookup(sub, scope, file);
        checkHelperName(sub, simpleName(sub.path), sub.path.original, file);
        checkArguments(sub.params, sub.hash, scope, file);
        return UNKNOWN;
      }
      case "StringLiteral":
      case "NumberLiteral":
      case "BooleanLiteral":
        return (expr as hbs.AST.StringLiteral).value;
      default:
        return undefined;
    }
  };

  const checkArguments = (params: Expression[], hash: hbs.AST.Hash | undefined, scope: Scope, file: string): void => {
    for (const p of params) checkExpression(p, scope, file);
    for (const pair of hash?.pairs ?? []) checkExpression(pair.value, scope, file);
  };

  const child = (scope: Scope, value: unknown, path: string, extra: Partial<Scope> = {}): Scope => ({
    ctx: value,
    path,
    up: value === scope.ctx ? scope.up : scope,
    outer: scope,
    ...extra,
  });

  const blockParams = (program: Program, values: { value: unknown; path: string }[]): Map<string, { value: unknown; path: string }> | undefined => {
    if (!program.blockParams?.length) return undefined;
    return new Map(program.blockParams.map((name, i) => [name, values[i] ?? { value: undefined, path: name }]));
  };

  const visitBlock = (node: hbs.AST.BlockStatement, scope: Scope, file: string, depth: number): void => {
    const name = simpleName(node.path);
    if (name === undefined || !BLOCK_HELPERS.has(name)) {
      report(file, node, `block:${node.path.original}`, node.path.original,
        `"{{#${node.path.original}}}" không phải khối được phép; dùng #if, #unless, #each, #with`,
        `"{{#${node.path.original}}}" is not an allowed block; use #if, #unless, #each, #with`);
      return;
    }
    if (node.params.length !== 1) {
      report(file, node, `arity:${name}`, name, `{{#${name}}} cần đúng một đối số`, `{{#${name}}} takes exactly one argument`);
      return;
    }
    const param = node.params[0]!;
    for (const pair of node.hash?.pairs ?? []) checkExpression(pair.value, scope, file);
    const walkInverse = (): void => {
      if (node.inverse) visitProgram(node.inverse, scope, file, depth);
    };

    if (name === "if" || name === "unless") {
      // A condition may be absent: {{#if note}} is how a template handles optional data.
      let value: unknown;
      if (param.type === "PathExpression") {
        const r = resolve(param as PathExpression, scope);
        if (!r.ok && r.forbidden) need(param as PathExpression, scope, file);
        value = r.ok ? r.value : undefined;
      } else if (param.type === "SubExpression" && simpleName((param as hbs.AST.SubExpression).path) === "lookup") {
        value = checkLookup(param as hbs.AST.SubExpression, scope, file, true);
      } else value = checkExpression(param, scope, file);
      if (value === UNKNOWN) {
        visitProgram(node.program, scope, file, depth);
        walkInverse();
        return;
      }
      const includeZero = node.hash?.pairs.some((p) => p.key === "includeZero" && p.value.type === "BooleanLiteral" && (p.value as hbs.AST.BooleanLiteral).value);
      const truthy = !((!includeZero && !value) || isEmpty(value));
      if (truthy === (name === "if")) visitProgram(node.program, scope, file, depth);
      else walkInverse();
      return;
    }

    const r: Resolution = param.type === "PathExpression" ? need(param as PathExpression, scope, file) : { ok: true, value: checkExpression(param, scope, file), path: "(…)" };
    if (!r.ok) return;
    const value = r.value;
    if (value === UNKNOWN) {
      visitProgram(node.program, child(scope, UNKNOWN, r.path, { params: blockParams(node.program, []) }), file, depth);
      walkInverse();
      return;
    }
    if (name === "with") {
      if (isEmpty(value)) walkInverse();
      else visitProgram(node.program, child(scope, value, r.path, { params: blockParams(node.program, [{ value, path: r.path }]) }), file, depth);
      return;
    }
    // #each over a list or over an object's own keys.
    const entries: [string | number, unknown][] = Array.isArray(value)
      ? value.map((v, i) => [i, v])
      : value !== null && typeof value === "object"
        ? Object.entries(value)
        : [];
    if (entries.length === 0) {
      walkInverse();
      return;
    }
    entries.forEach(([key, item], i) => {
      const path = typeof key === "number" ? `${r.path}[${key}]` : join(r.path, key, value);
      const frame: Frame = { index: i, key, first: i === 0, last: i === entries.length - 1 };
      const params = blockParams(node.program, [{ value: item, path }, { value: key, path: `@key` }]);
      visitProgram(node.program, child(scope, item, path, { frame, params }), file, depth);
    });
  };

  const loadPartial = (name: string): ParsedPartial | { vi: string; en: string } => {
    if (partials.has(name)) {
      return partials.get(name) ?? { vi: "mẫu con có lỗi (xem trên)", en: "the partial has errors (see above)" };
    }
    const read = readPartial(options.dir, name);
    if (!("source" in read)) return read;
    const parsed = parseTemplate(read.source, read.file);
    if ("vi" in parsed) {
      issues.push(parsed);
      partials.set(name, null);
      return { vi: "mẫu con có lỗi (xem trên)", en: "the partial has errors (see above)" };
    }
    const partial = { program: parsed, file: read.file };
    partials.set(name, partial);
    return partial;
  };

  const visitPartial = (node: hbs.AST.PartialStatement, scope: Scope, file: string, depth: number): void => {
    if (node.name.type !== "PathExpression") {
      report(file, node, "partial:dynamic", "(partial)", "không dùng mẫu con động {{> (…)}}", "dynamic partials {{> (…)}} are not allowed");
      return;
    }
    const name = (node.name as PathExpression).original;
    if (node.hash?.pairs.length || node.params.length > 1) {
      report(file, node, `partial-args:${name}`, name,
        `mẫu con chỉ nhận một ngữ cảnh: {{> ${name}}} hoặc {{> ${name} duLieu}}`,
        `a partial takes at most one context: {{> ${name}}} or {{> ${name} data}}`);
      return;
    }
    if (depth >= MAX_PARTIAL_DEPTH) {
      report(file, node, `partial-depth:${name}`, name, `mẫu con lồng quá sâu (> ${MAX_PARTIAL_DEPTH})`, `partials nested too deep (> ${MAX_PARTIAL_DEPTH})`);
      return;
    }
    const partial = loadPartial(name);
    if (!("program" in partial)) {
      report(file, node, `partial:${name}`, name, partial.vi, partial.en);
      return;
    }
    let inner = scope;
    if (node.params.length === 1) {
      const param = node.params[0]!;
      if (param.type === "PathExpression") {
        const r = need(param as PathExpression, scope, file);
        // Without its context the partial would only repeat that one gap.
        if (!r.ok) return;
        inner = child(scope, r.value, r.path);
      } else {
        inner = child(scope, checkExpression(param, scope, file), "(…)");
      }
    }
    visitProgram(partial.program, inner, partial.file, depth + 1);
  };

  const visitMustache = (node: hbs.AST.MustacheStatement, scope: Scope, file: string): void => {
    const name = simpleName(node.path);
    const original = node.path.type === "PathExpression" ? (node.path as PathExpression).original : String((node.path as hbs.AST.StringLiteral).value);
    if (name === "lookup" && (node.params.length > 0 || node.hash)) {
      checkLookup(node, scope, file);
    } else if (node.params.length > 0 || node.hash) {
      checkHelperName(node, name, original, file);
      checkArguments(node.params, node.hash, scope, file);
    } else if (name !== undefined && HELPER_NAMES.has(name)) {
      // {{year}}: a helper called without arguments.
    } else if (node.path.type === "PathExpression") {
      need(node.path as PathExpression, scope, file);
    }
  };

  const visitProgram = (program: Program, scope: Scope, file: string, depth: number): void => {
    for (const statement of program.body) {
      switch (statement.type) {
        case "MustacheStatement":
          visitMustache(statement as hbs.AST.MustacheStatement, scope, file);
          break;
        case "BlockStatement":
          visitBlock(statement as hbs.AST.BlockStatement, scope, file, depth);
          break;
        case "PartialStatement":
          visitPartial(statement as hbs.AST.PartialStatement, scope, file, depth);
          break;
        case "ContentStatement":
        case "CommentStatement":
          break;
        default:
          report(file, statement, `construct:${statement.type}`, statement.type,
            `cấu trúc ${statement.type} không được dùng trong mẫu văn bản (không decorator, không khối mẫu con)`,
            `${statement.type} is not allowed in draft templates (no decorators, no partial blocks)`);
      }
    }
  };

  visitProgram(program, root, options.file, 0);
  for (const gap of missing.values()) {
    const uses = [...gap.uses].join(", ");
    const at = gap.lines.length > 1 ? gap.lines.join(", ") : "";
    const issue: DraftIssue = {
      file: gap.file,
      path: gap.path,
      vi: `dữ liệu thiếu "${gap.path}" (mẫu dùng ${uses}${at && ` ở các dòng ${at}`})`,
      en: `the data has no "${gap.path}" (the template uses ${uses}${at && ` on lines ${at}`})`,
    };
    if (gap.lines[0] !== undefined) issue.line = gap.lines[0];
    issues.push(issue);
  }
  // The template's own lines first, then each partial's.
  const rank = (i: DraftIssue): number => (i.file === options.file ? 0 : 1);
  issues.sort((a, b) => rank(a) - rank(b) || (a.file ?? "").localeCompare(b.file ?? "") || (a.line ?? 0) - (b.line ?? 0));
  const used = new Map<string, ParsedPartial>();
  for (const [name, partial] of partials) if (partial) used.set(name, partial);
  return { issues, partials: used };
}
