// Shared by the issuance tests: the examples, a throw-away PKI made with openssl, PNGs made with
// pngjs, and the PDF's objects read back through qpdf's JSON (qpdf is in .ci/run).
import { execFileSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { PNG } from "pngjs";

export const root = new URL("../../", import.meta.url).pathname;
export const exampleFiles = readdirSync(join(root, "examples"))
  .filter((f) => f.endsWith(".json"))
  .map((f) => join(root, "examples", f));
export const readJson = (file: string): unknown => JSON.parse(readFileSync(file, "utf8"));

export const tempDir = (): string => mkdtempSync(join(tmpdir(), "vanban-issuance-"));

/** A self-signed certificate and its PKCS#12, made now with openssl; returns the .p12 path. */
export function throwAwayP12(dir: string, cn: string, password: string): string {
  const base = join(dir, cn.replace(/\W+/g, "-"));
  execFileSync("openssl", ["req", "-x509", "-newkey", "rsa:2048", "-nodes", "-keyout", `${base}.key`, "-out", `${base}.crt`, "-days", "2", "-subj", `/CN=${cn}/O=vanban test`], { stdio: "pipe" });
  execFileSync("openssl", ["pkcs12", "-export", "-inkey", `${base}.key`, "-in", `${base}.crt`, "-out", `${base}.p12`, "-passout", `pass:${password}`], { stdio: "pipe" });
  return `${base}.p12`;
}

/**
 * A w × h PNG: a disc of `color` on a fully transparent background whose hidden colour is green,
 * so any green pixel on the rendered page means the transparency was lost.
 */
export function discPng(w: number, h: number, color: [number, number, number]): Buffer {
  const png = new PNG({ width: w, height: h });
  const r = Math.min(w, h) / 2 - 1;
  for (let y = 0; y < h; y++) {
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 4;
      const inside = (x - w / 2 + 0.5) ** 2 + (y - h / 2 + 0.5) ** 2 <= r * r;
      const [cr, cg, cb] = inside ? color : [0, 255, 0];
      png.data[i] = cr;
      png.data[i + 1] = cg;
      png.data[i + 2] = cb;
      png.data[i + 3] = inside ? 255 : 0;
    }
  }
  return PNG.sync.write(png);
}

export const pdfsig = (file: string): string => {
  try {
    return execFileSync("pdfsig", [file], { encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  } catch (e) {
    // pdfsig exits non-zero for a file without signatures yet still prints what it found.
    return String((e as { stdout?: string }).stdout ?? "");
  }
};

/** One page rendered by poppler at `dpi`, as RGBA pixels. */
export function rasterPage(file: string, pageIndex: number, dpi: number): PNG {
  const dir = tempDir();
  execFileSync("pdftoppm", ["-r", String(dpi), "-f", String(pageIndex + 1), "-l", String(pageIndex + 1), "-png", "-singlefile", file, join(dir, "p")]);
  return PNG.sync.read(readFileSync(join(dir, "p.png")));
}

/** Bounding box (in pt, from the top-left) of the pixels matching `test`, or null. */
export function pixelBox(png: PNG, dpi: number, test: (r: number, g: number, b: number) => boolean): { x1: number; y1: number; x2: number; y2: number; count: number } | null {
  let [x1, y1, x2, y2, count] = [Infinity, Infinity, -Infinity, -Infinity, 0];
  for (let y = 0; y < png.height; y++) {
    for (let x = 0; x < png.width; x++) {
      const i = (y * png.width + x) * 4;
      if (!test(png.data[i]!, png.data[i + 1]!, png.data[i + 2]!)) continue;
      count++;
      x1 = Math.min(x1, x);
      y1 = Math.min(y1, y);
      x2 = Math.max(x2, x + 1);
      y2 = Math.max(y2, y + 1);
    }
  }
  const k = 72 / dpi;
  return count ? { x1: x1 * k, y1: y1 * k, x2: x2 * k, y2: y2 * k, count } : null;
}

export interface QpdfObject {
  value?: unknown;
  stream?: { dict: Record<string, unknown>; data?: string };
}

/** The PDF's objects as qpdf reads them ("obj:N 0 R" → object), streams decoded, and the trailer. */
export function qpdfObjects(bytes: Uint8Array): { objects: Record<string, QpdfObject>; trailer: Record<string, unknown> } {
  const dir = tempDir();
  const file = join(dir, "f.pdf");
  writeFileSync(file, bytes);
  const out = execFileSync("qpdf", ["--json=2", "--json-key=qpdf", "--json-stream-data=inline", "--decode-level=generalized", file], { encoding: "utf8", maxBuffer: 1 << 28 });
  const objects = (JSON.parse(out) as { qpdf: [unknown, Record<string, QpdfObject>] }).qpdf[1];
  const trailer = objects.trailer!.value as Record<string, unknown>;
  return { objects, trailer };
}

/** Follows "N 0 R" to its object; a direct value is returned as it is. */
export function deref(objects: Record<string, QpdfObject>, v: unknown): QpdfObject {
  if (typeof v === "string" && /^\d+ 0 R$/.test(v)) return objects[`obj:${v}`]!;
  return { value: v };
}

export const dictOf = (o: QpdfObject): Record<string, unknown> => (o.stream ? o.stream.dict : (o.value as Record<string, unknown>));
export const streamBytes = (o: QpdfObject): Buffer => Buffer.from(o.stream?.data ?? "", "base64");
/** qpdf writes text strings as "u:…" (or "b:<hex>"). */
export const text = (v: unknown): string => String(v).replace(/^u:/, "");
