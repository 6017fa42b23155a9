// The benches' command line: numbers, flags and the --only list of sections to run.
const argv = process.argv.slice(2);

/** `--name N`, or the fallback. */
export function numberOption(name: string, fallback: number): number {
  const i = argv.indexOf(name);
  return i >= 0 ? Number(argv[i + 1]) : fallback;
}

export const flag = (name: string): boolean => argv.includes(name);

/** `--only a,b`: the sections named; undefined when every section runs. */
export function onlySections(): Set<string> | undefined {
  const i = argv.indexOf("--only");
  return i >= 0 ? new Set((argv[i + 1] ?? "").split(",")) : undefined;
}

/** `--name VALUE`, or undefined. */
export function stringOption(name: string): string | undefined {
  const i = argv.indexOf(name);
  return i >= 0 ? argv[i + 1] : undefined;
}
