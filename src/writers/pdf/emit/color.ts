import { DocumentError } from "../../../model/errors.js";
import { num } from "./objects.js";

/** An RGB colour with components in 0…1. */
export type Rgb = readonly [number, number, number];

const NAMED: Record<string, Rgb> = { black: [0, 0, 0], red: [1, 0, 0] };

/** The colours Pages may carry: "black", "red" or "#rrggbb"; absent means black. */
/** `path` names the colour in an error; a function, so no string is built for the colours that parse. */
export function parseColor(color: string | undefined, path: () => string): Rgb {
  if (color === undefined) return NAMED.black!;
  const named = NAMED[color];
  if (named) return named;
  const hex = /^#([0-9a-fA-F]{6})$/.exec(color)?.[1];
  if (hex) {
    const v = parseInt(hex, 16);
    return [((v >> 16) & 255) / 255, ((v >> 8) & 255) / 255, (v & 255) / 255];
  }
  throw new DocumentError(
    [
      {
        path: path(),
        vi: `màu "${color}" không dùng được; hãy dùng "black", "red" hoặc #rrggbb`,
        en: `colour "${color}" is not supported; use "black", "red" or #rrggbb`,
      },
    ],
    "page model",
  );
}

/** The colour as operands of `rg`/`RG`. */
export const rgbOperands = (c: Rgb): string => `${num(c[0])} ${num(c[1])} ${num(c[2])}`;
