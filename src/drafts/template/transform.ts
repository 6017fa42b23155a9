import { HELPER_NAMES } from "./helpers.js";

type Program = hbs.AST.Program;
type Expression = hbs.AST.Expression;

/** The hidden helper every {{…}} output goes through (see ValueTable). */
export const VALUE_HELPER = "__value";
/** Hidden hash keys carrying the template position of a helper call, for error messages. */
export const LINE_KEY = "__line";
export const FILE_KEY = "__file";

function pathTo(name: string, loc: hbs.AST.SourceLocation): hbs.AST.PathExpression {
  return { type: "PathExpression", data: false, depth: 0, parts: [name], original: name, loc };
}

function position(loc: hbs.AST.SourceLocation, file: string): hbs.AST.HashPair[] {
  const line: hbs.AST.NumberLiteral = { type: "NumberLiteral", value: loc.start.line, original: loc.start.line, loc };
  const name: hbs.AST.StringLiteral = { type: "StringLiteral", value: file, original: file, loc };
  return [
    { type: "HashPair", key: LINE_KEY, value: line, loc },
    { type: "HashPair", key: FILE_KEY, value: name, loc },
  ];
}

function withPosition(hash: hbs.AST.Hash | undefined, loc: hbs.AST.SourceLocation, file: string): hbs.AST.Hash {
  return { type: "Hash", pairs: [...(hash?.pairs ?? []), ...position(loc, file)], loc };
}

function isOwnHelper(path: hbs.AST.PathExpression | hbs.AST.Literal): boolean {
  if (path.type !== "PathExpression") return false;
  const p = path as hbs.AST.PathExpression;
  // "this.year" and "./year" name data, never a helper.
  const scoped = /^\.|this\b/.test(p.original);
  return !p.data && !scoped && p.depth === 0 && p.parts.length === 1 && HELPER_NAMES.has(p.parts[0]!) && p.parts[0] !== "lookup";
}

/** Adds the call position to our helpers' calls nested in an expression. */
function markExpression(expr: Expression, file: string): void {
  if (expr.type !== "SubExpression") return;
  const sub = expr as hbs.AST.SubExpression;
  sub.params.forEach((p) => markExpression(p, file));
  sub.hash?.pairs.forEach((p) => markExpression(p.value, file));
  if (isOwnHelper(sub.path) && sub.loc) sub.hash = withPosition(sub.hash, sub.loc, file);
}

/** `{{x}}`, `{{helper a b}}` → `{{__value x}}`, `{{__value (helper a b)}}`. */
function wrapMustache(node: hbs.AST.MustacheStatement, file: string): hbs.AST.MustacheStatement {
  const loc = node.loc;
  node.params.forEach((p) => markExpression(p, file));
  node.hash?.pairs.forEach((p) => markExpression(p.value, file));
  let inner: Expression;
  if (node.params.length > 0 || node.hash || isOwnHelper(node.path)) {
    const sub: hbs.AST.SubExpression = {
      type: "SubExpression",
      path: node.path as hbs.AST.PathExpression,
      params: node.params,
      hash: isOwnHelper(node.path) ? withPosition(node.hash, loc, file) : node.hash,
      loc,
    };
    inner = sub;
  } else {
    inner = node.path;
  }
  return {
    type: "MustacheStatement",
    path: pathTo(VALUE_HELPER, loc),
    params: [inner],
    hash: { type: "Hash", pairs: position(loc, file), loc },
    escaped: node.escaped,
    strip: node.strip,
    loc,
  };
}

/**
 * Rewrites a parsed template (in place) so that every output goes through the value table,
 * and our helpers learn the template line they are called from.
 */
export function routeValues(program: Program, file: string): Program {
  program.body = program.body.map((statement) => {
    switch (statement.type) {
      case "MustacheStatement":
        return wrapMustache(statement as hbs.AST.MustacheStatement, file);
      case "BlockStatement": {
        const block = statement as hbs.AST.BlockStatement;
        block.params.forEach((p) => markExpression(p, file));
        block.hash?.pairs.forEach((p) => markExpression(p.value, file));
        routeValues(block.program, file);
        if (block.inverse) routeValues(block.inverse, file);
        return block;
      }
      case "PartialStatement": {
        const partial = statement as hbs.AST.PartialStatement;
        partial.params.forEach((p) => markExpression(p, file));
        return partial;
      }
      default:
        return statement;
    }
  });
  return program;
}
