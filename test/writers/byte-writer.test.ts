import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { ByteWriter } from "../../src/writers/pdf/emit/bytes.js";

const text = (w: ByteWriter) => String.fromCharCode(...w.bytes());

describe("ByteWriter (the content stream's bytes)", () => {
  it("writes ASCII strings, single bytes and 4-digit lower-case hex in order, growing past its first capacity", () => {
    const w = new ByteWriter(4);
    w.ascii("BT /F1 13 Tf ").byte(0x3c).hex4(0x1a2f).hex4(0).hex4(0xffff).byte(0x3e).ascii(" TJ ET");
    expect(text(w)).toBe("BT /F1 13 Tf <1a2f0000ffff> TJ ET");
    expect(w.size).toBe("BT /F1 13 Tf <1a2f0000ffff> TJ ET".length);
  });

  it("holds whatever is written, for any sequence of writes (what a string concatenation would give)", () => {
    const write = fc.oneof(
      fc.string({ unit: fc.integer({ min: 0x20, max: 0x7e }).map((c) => String.fromCharCode(c)), maxLength: 300 }).map((s) => ({ s, kind: "ascii" as const })),
      fc.integer({ min: 0, max: 0xffff }).map((v) => ({ v, kind: "hex" as const })),
    );
    fc.assert(
      fc.property(fc.array(write, { maxLength: 200 }), fc.integer({ min: 1, max: 64 }), (writes, capacity) => {
        const w = new ByteWriter(capacity);
        let expected = "";
        for (const x of writes) {
          if (x.kind === "ascii") {
            w.ascii(x.s);
            expected += x.s;
          } else {
            w.hex4(x.v);
            expected += x.v.toString(16).padStart(4, "0");
          }
        }
        expect(text(w)).toBe(expected);
      }),
    );
  });
});
