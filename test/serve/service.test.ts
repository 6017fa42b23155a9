// The service's routes through Fastify's inject (no socket): what each endpoint answers, its
// errors, the token rule and the OpenAPI document. Sockets and load: abuse.test.ts, load.test.ts.
import { readdirSync, readFileSync } from "node:fs";
import { Validator } from "@seriousme/openapi-schema-validator";
import type { FastifyInstance } from "fastify";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { parseDocument, renderPdfDetailed } from "../../src/index.js";
import { importFile } from "../../src/readers/registry.js";
import { textAsBytes, unicodeToTcvn3 } from "../../src/readers/decode/legacy.js";
import { readDocxSource } from "../../src/writers/docx/index.js";
import { createRenderer, type Renderer } from "../../src/renderer/index.js";
import { buildApp } from "../../src/serve/app.js";
import { isLoopback, requireTokenFor } from "../../src/serve/auth.js";
import { inspectPdf } from "../support/pdf-inspect.js";
import { example, exampleText, isPdf, root } from "./support.js";

const TOKEN = "a-token-of-at-least-16-chars";
let renderer: Renderer;
let app: FastifyInstance;
let guarded: FastifyInstance;

beforeAll(async () => {
  renderer = createRenderer({ workers: 1 });
  app = await buildApp({ renderer, bodyLimit: 1024 * 1024 });
  guarded = await buildApp({ renderer, token: TOKEN });
});
afterAll(async () => {
  await app.close();
  await guarded.close();
  await renderer.close();
});

const json = { "content-type": "application/json" };
const DOCX = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

describe("vanban serve: endpoints", () => {
  test("POST /render streams the PDF of the document, the bytes of renderPdf", async () => {
    const res = await app.inject({ method: "POST", url: "/render", headers: json, payload: exampleText });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe("application/pdf");
    expect(isPdf(res.rawPayload)).toBe(true);
    expect(res.rawPayload.equals(Buffer.from(renderPdfDetailed(parseDocument(example())).bytes))).toBe(true);
    const { pages } = await inspectPdf(new Uint8Array(res.rawPayload));
    expect(pages[0]!.text).toContain("HƯỚNG DẪN");
  });

  test("POST /render?preset= passes the preset; an unknown one is a 422 naming it", async () => {
    const res = await app.inject({ method: "POST", url: "/render?preset=no-such-preset", headers: json, payload: exampleText });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.issues.length).toBeGreaterThan(0);
    expect(JSON.stringify(res.json())).toContain("no-such-preset");
  });

  test("POST /layout gives the page model as JSON", async () => {
    const res = await app.inject({ method: "POST", url: "/layout", headers: json, payload: exampleText });
    expect(res.statusCode).toBe(200);
    const pages = res.json();
    expect(pages.pages.length).toBe(renderPdfDetailed(parseDocument(example())).pages);
    expect(pages.pages[0].width).toBeCloseTo(595.28, 1);
  });

  test("POST /check takes document JSON (valid or not) and document text", async () => {
    const future = await app.inject({ method: "POST", url: "/check?now=2024-01-01", headers: json, payload: { ...example(), date: "2099-01-01" } });
    expect(future.statusCode).toBe(200);
    expect(future.json().findings.some((f: { rule: string }) => f.rule === "R-DATE-3")).toBe(true);
    const allowed = await app.inject({ method: "POST", url: "/check?now=2024-01-01&allowFuture=true", headers: json, payload: { ...example(), date: "2099-01-01" } });
    expect(allowed.json().findings.some((f: { rule: string }) => f.rule === "R-DATE-3")).toBe(false);
    const text = await app.inject({ method: "POST", url: "/check", headers: { "content-type": "text/plain" }, payload: "Một dòng chữ không phải văn bản" });
    expect(text.statusCode).toBe(200);
    expect(text.json().errors).toBe(true);
    const badDay = await app.inject({ method: "POST", url: "/check?now=2024-13-01", headers: json, payload: example() });
    expect(badDay.statusCode).toBe(400);
    expect(badDay.json().error.issues[0].path).toBe("now");
  });

  test("POST /import reads the text of a document into Document JSON", async () => {
    const seed = readFileSync(`${root}test/fixtures/seeds/${readdirFirst()}`, "utf8");
    const res = await app.inject({ method: "POST", url: "/import", headers: { "content-type": "text/plain; charset=utf-8" }, payload: seed });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(typeof body.ok).toBe("boolean");
    expect(body.document.kind ?? body.errors.length).toBeTruthy();
  });

  test("POST /render?format=docx (or Accept) gives the .docx of the DOCX writer, which reads back to the same Document", async () => {
    const expected = parseDocument(example());
    for (const request of [{ url: "/render?format=docx", headers: json }, { url: "/render", headers: { ...json, accept: `${DOCX}, application/pdf;q=0.5` } }]) {
      const res = await app.inject({ method: "POST", payload: exampleText, ...request });
      expect(res.statusCode).toBe(200);
      expect(res.headers["content-type"]).toBe(DOCX);
      expect(res.rawPayload.subarray(0, 2).toString("latin1")).toBe("PK");
      expect(await readDocxSource(new Uint8Array(res.rawPayload))).toEqual(expected);
    }
    const pdf = await app.inject({ method: "POST", url: "/render", headers: { ...json, accept: `application/pdf, ${DOCX}` }, payload: exampleText });
    expect(pdf.headers["content-type"]).toBe("application/pdf");
    const bad = await app.inject({ method: "POST", url: "/render?format=odt", headers: json, payload: exampleText });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.issues[0].path).toBe("format");
  });

  test("POST /import reads a real .docx through the readers' registry, as importFile does", async () => {
    const bytes = readFileSync(`${root}test/fixtures/office/union-huong-dan.docx`);
    const expected = JSON.parse(JSON.stringify(await importFile(new Uint8Array(bytes))));
    const byType = await app.inject({ method: "POST", url: "/import", headers: { "content-type": DOCX }, payload: bytes });
    expect(byType.statusCode).toBe(200);
    expect(byType.json()).toEqual(expected);
    expect(byType.json().type).toBe("docx");
    expect(byType.json().document.kind).toBeTruthy();
    // An unnamed type: the bytes and the name decide.
    const byName = await app.inject({ method: "POST", url: "/import?name=van-ban.docx", headers: { "content-type": "application/octet-stream" }, payload: bytes });
    expect(byName.json()).toEqual(expected);
  });

  test("POST /import reads back a PDF that POST /render made: the same document", async () => {
    const pdf = await app.inject({ method: "POST", url: "/render", headers: json, payload: exampleText });
    const res = await app.inject({ method: "POST", url: "/import", headers: { "content-type": "application/pdf" }, payload: pdf.rawPayload });
    expect(res.statusCode).toBe(200);
    const read = res.json();
    expect(read.type).toBe("pdf");
    const original = parseDocument(example());
    expect(read.document.kind).toBe(original.kind);
    expect(read.document.subject).toBe(original.subject);
    expect(read.document.number).toBe(original.number);
  });

  test("POST /import decodes legacy TCVN3 text and takes document JSON", async () => {
    const seed = readFileSync(`${root}test/fixtures/seeds/${readdirFirst()}`, "utf8");
    const tcvn3 = await app.inject({ method: "POST", url: "/import", headers: { "content-type": "text/plain" }, payload: Buffer.from(textAsBytes(unicodeToTcvn3(seed))) });
    expect(tcvn3.statusCode).toBe(200);
    expect(tcvn3.json().encoding).toBe("tcvn3");
    const utf8 = await app.inject({ method: "POST", url: "/import", headers: { "content-type": "text/plain" }, payload: seed });
    // TCVN3 has no curly quotes, so the body may differ there; the header fields may not.
    for (const field of ["kind", "number", "subject", "date", "issuer"]) expect(tcvn3.json().document[field]).toEqual(utf8.json().document[field]);
    expect(utf8.json().document.subject).toBeTruthy();
    const doc = await app.inject({ method: "POST", url: "/import", headers: json, payload: exampleText });
    expect(doc.json()).toMatchObject({ ok: true, type: "json", document: parseDocument(example()) });
    const broken = await app.inject({ method: "POST", url: "/import", headers: json, payload: "{" });
    expect(broken.statusCode).toBe(200);
    expect(broken.json().ok).toBe(false);
    expect(broken.json().errors[0].path).toBe("(json)");
    const odt = await app.inject({ method: "POST", url: "/import", headers: { "content-type": "application/vnd.oasis.opendocument.text" }, payload: "x" });
    expect(odt.statusCode).toBe(415);
  });

  test("POST /draft renders a named template with its data, as PDF or Document JSON", async () => {
    const data = JSON.parse(readFileSync(`${root}examples/drafts/ke-hoach-nam.data.json`, "utf8")) as unknown;
    const doc = await app.inject({ method: "POST", url: "/draft", headers: json, payload: { template: "ke-hoach-nam", data, now: "2025-01-20", format: "json" } });
    expect(doc.statusCode).toBe(200);
    expect(doc.json().kind).toBe("ke-hoach");
    const pdf = await app.inject({ method: "POST", url: "/draft", headers: json, payload: { template: "ke-hoach-nam", data, now: "2025-01-20" } });
    expect(pdf.statusCode).toBe(200);
    expect(isPdf(pdf.rawPayload)).toBe(true);
  });

  test("POST /draft refuses names outside the templates folder and unknown templates", async () => {
    for (const template of ["../package", "_co-quan", "/etc/passwd"]) {
      const res = await app.inject({ method: "POST", url: "/draft", headers: json, payload: { template, data: {} } });
      expect(res.statusCode).toBe(422);
      expect(res.json().error.issues[0].path).toBe("template");
    }
    const unknown = await app.inject({ method: "POST", url: "/draft", headers: json, payload: { template: "khong-co", data: {} } });
    expect(unknown.statusCode).toBe(404);
    expect(unknown.json().error.en).toContain("ke-hoach-nam");
  });

  test("GET /schema, /healthz", async () => {
    expect((await app.inject({ url: "/schema" })).json().properties.kind).toBeDefined();
    expect((await app.inject({ url: "/healthz" })).json()).toEqual({ ok: true, workers: 1, queued: 0 });
  });
});

describe("vanban serve: bad requests get a 4xx with a bilingual body", () => {
  const expectError = (res: { statusCode: number; json(): { error: { code: string; vi: string; en: string } } }, status: number, code: string) => {
    expect(res.statusCode).toBe(status);
    const { error } = res.json();
    expect(error.code).toBe(code);
    expect(error.vi).toBeTruthy();
    expect(error.en).toBeTruthy();
    expect(error.vi).not.toBe(error.en);
  };

  test("malformed JSON → 400 (parsed on the worker), an empty body → 400", async () => {
    expectError(await app.inject({ method: "POST", url: "/render", headers: json, payload: '{"profile": "nd30",' }), 400, "invalid-json");
    expectError(await app.inject({ method: "POST", url: "/layout", headers: json, payload: "[1," }), 400, "invalid-json");
    expectError(await app.inject({ method: "POST", url: "/render", headers: json, payload: Buffer.from([0x7b, 0xff, 0x7d]) }), 400, "invalid-json");
    expectError(await app.inject({ method: "POST", url: "/render", headers: json, payload: "" }), 400, "empty-body");
  });

  test("an invalid document → 422 with every path", async () => {
    const doc = example();
    delete doc.subject;
    (doc.body as Record<string, unknown>[])[2]!.type = "poem";
    for (const url of ["/render", "/render?format=docx", "/layout"]) {
      const res = await app.inject({ method: "POST", url, headers: json, payload: doc });
      expectError(res, 422, "invalid-body");
      expect(res.json().error.issues.map((i: { path: string }) => i.path)).toEqual(expect.arrayContaining(["subject", "body[2].type"]));
    }
  });

  test("a wrong content type → 415, even when the body would parse", async () => {
    expectError(await app.inject({ method: "POST", url: "/render", headers: { "content-type": "text/plain" }, payload: exampleText }), 415, "unsupported-media-type");
    expectError(await app.inject({ method: "POST", url: "/render", headers: { "content-type": "application/xml" }, payload: "<a/>" }), 415, "unsupported-media-type");
  });

  test("a body over the limit → 413", async () => {
    const big = JSON.stringify({ ...example(), subject: "x".repeat(2 * 1024 * 1024) });
    expectError(await app.inject({ method: "POST", url: "/render", headers: json, payload: big }), 413, "body-too-large");
  });

  test("an unknown route → 404", async () => {
    expectError(await app.inject({ method: "GET", url: "/nothing-here" }), 404, "not-found");
  });
});

describe("vanban serve: the token rule", () => {
  test("with a token, every request needs it (Authorization: Bearer)", async () => {
    for (const authorization of [undefined, "Bearer wrong-token-wrong-token", `Basic ${TOKEN}`, TOKEN]) {
      const res = await guarded.inject({ url: "/healthz", headers: authorization ? { authorization } : {} });
      expect(res.statusCode).toBe(401);
      expect(res.json().error.code).toBe("unauthorized");
    }
    expect((await guarded.inject({ url: "/healthz", headers: { authorization: `Bearer ${TOKEN}` } })).statusCode).toBe(200);
    const render = await guarded.inject({ method: "POST", url: "/render", headers: { ...json, authorization: `Bearer ${TOKEN}` }, payload: exampleText });
    expect(render.statusCode).toBe(200);
  });

  test("binding beyond loopback requires a token of at least 16 characters", () => {
    expect(isLoopback("127.0.0.1") && isLoopback("::1") && isLoopback("localhost") && isLoopback("127.1.2.3")).toBe(true);
    expect(isLoopback("0.0.0.0") || isLoopback("::") || isLoopback("192.168.1.2") || isLoopback("127.evil.example")).toBe(false);
    expect(() => requireTokenFor("0.0.0.0", undefined)).toThrow(/token/);
    expect(() => requireTokenFor("0.0.0.0", "short")).toThrow(/16/);
    expect(() => requireTokenFor("0.0.0.0", TOKEN)).not.toThrow();
    expect(() => requireTokenFor("127.0.0.1", undefined)).not.toThrow();
  });
});

describe("vanban serve: OpenAPI", () => {
  test("GET /openapi.json validates as OpenAPI 3.1, and a request built from it succeeds", async () => {
    const spec = (await app.inject({ url: "/openapi.json" })).json();
    const result = await new Validator().validate(spec);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
    expect(Object.keys(spec.paths).sort()).toEqual(["/check", "/draft", "/healthz", "/import", "/layout", "/render", "/schema"]);

    // Build POST /render from the document: its path, method, request content type and its query
    // parameter names; the body is checked against the referenced Document schema's required fields.
    const op = spec.paths["/render"].post;
    const [contentType] = Object.keys(op.requestBody.content);
    const ref: string = op.requestBody.content[contentType!].schema.$ref;
    const schema = spec.components.schemas[ref.split("/").pop()!];
    const body = example();
    for (const field of schema.required as string[]) expect(body).toHaveProperty(field);
    // Each query parameter from its schema: the first of an enum (format=pdf), else a preset name.
    const query = op.parameters.map((p: { name: string; schema: { enum?: string[] } }) => `${p.name}=${p.schema.enum?.[0] ?? "decree-example"}`).join("&");
    const res = await app.inject({ method: "POST", url: `/render?${query}`, headers: { "content-type": contentType! }, payload: body });
    expect(res.statusCode).toBe(200);
    expect(res.headers["content-type"]).toBe(Object.keys(op.responses["200"].content)[0]);
  });
});

function readdirFirst(): string {
  return readdirSync(`${root}test/fixtures/seeds`).filter((f) => f.endsWith(".txt")).sort()[0]!;
}
