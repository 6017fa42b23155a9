/**
 * Property names a template may never reach, whatever the data holds: everything objects
 * inherit ("constructor", "__proto__", "toString", …) and "prototype". Handlebars 4.6+ already
 * refuses inherited properties at run time; naming them here lets strict mode report them
 * and lets the data cleaner drop such keys from the data itself.
 */
export const FORBIDDEN_NAMES: ReadonlySet<string> = new Set([
  ...Object.getOwnPropertyNames(Object.prototype),
  "__proto__",
  "prototype",
]);

export function isForbiddenName(name: string): boolean {
  return FORBIDDEN_NAMES.has(name);
}
