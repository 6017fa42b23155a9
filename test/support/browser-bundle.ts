// An entry point bundled by esbuild for the browser platform, the way a web app would: what went
// in, and any import that a browser could not satisfy (a Node built-in, or one left external).
import { build } from "esbuild";

export interface BrowserBundle {
  /** Every file that went into the bundle, relative to the working directory ("src/check/rules.ts"). */
  inputs: string[];
  /** Imports of a Node built-in ("node:fs") or left external: none in a browser-safe entry. */
  unbundlable: string[];
  /** Minified size in bytes. */
  bytes: number;
}

export async function browserBundle(entry: string): Promise<BrowserBundle> {
  const result = await build({ entryPoints: [entry], bundle: true, platform: "browser", format: "esm", minify: true, write: false, metafile: true, logLevel: "silent" });
  const imports = Object.values(result.metafile.inputs).flatMap((i) => i.imports);
  return {
    inputs: Object.keys(result.metafile.inputs),
    unbundlable: imports.filter((i) => i.path.startsWith("node:") || i.external).map((i) => i.path),
    bytes: result.outputFiles[0]!.contents.length,
  };
}
