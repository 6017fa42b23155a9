// The HTTP service (vanban serve) as a Fastify instance: routes, limits, the token rule and the
// bilingual errors. Listening and signals are in start.ts; the work runs on a Renderer's workers.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Readable } from "node:stream";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance, type FastifyRequest, type FastifyServerOptions, type FastifySchemaCompiler } from "fastify";
import { createJsonSchemaTransform, createJsonSchemaTransformObject, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import { hasErrors, type Finding } from "../check/index.js";
import { PagesSchema } from "../layout/pages.js";
import { DocumentSchema } from "../model/document.js";
import { DocumentError, issuesFromZod } from "../model/errors.js";
import { documentJsonSchema } from "../model/parse.js";
import type { FileFormat, Renderer } from "../renderer/index.js";
import { packageRoot } from "../util/package-root.js";
import { tokenMatches } from "./auth.js";
import { internalError, notFound, RequestError, refusalOf, unauthorized, type Refusal } from "./errors.js";
import {
  CheckBodySchema,
  CheckQuerySchema,
  DraftBodySchema,
  ErrorSchema,
  FindingsSchema,
  HealthSchema,
  FileBodySchema,
  ImportQuerySchema,
  ImportResultSchema,
  LayoutQuerySchema,
  registry,
  RenderQuerySchema,
  TextBodySchema,
} from "./schemas.js";

export interface AppOptions {
  renderer: Renderer;
  /** Required on every request when set (Authorization: Bearer TOKEN). */
  token?: string;
  /** Largest request body in bytes; 10 MiB by default. */
  bodyLimit?: number;
  /** Longest time to receive a whole request, in ms; 30 s by default. */
  requestTimeoutMs?: number;
  /** The folder of the templates that POST /draft may name; the package's examples/drafts by default. */
  templatesDir?: string;
  logger?: FastifyServerOptions["logger"];
}

const JSON_TYPE = "application/json";
const TEXT_TYPE = "text/plain";
const PDF_TYPE = "application/pdf";
const DOCX_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";
const FILE_TYPES: Readonly<Record<FileFormat, string>> = { pdf: PDF_TYPE, docx: DOCX_TYPE };

/** What POST /import takes, and the file name each content type stands for (importFile's reader is picked from the bytes first, then the name). */
const IMPORT_NAMES: Readonly<Record<string, string | undefined>> = {
  [TEXT_TYPE]: "upload.txt",
  [JSON_TYPE]: "upload.json",
  [PDF_TYPE]: "upload.pdf",
  [DOCX_TYPE]: "upload.docx",
  "application/msword": "upload.doc",
  "application/octet-stream": undefined,
};
/** Every type the raw routes take (application/json among them). */
const IMPORT_TYPES = Object.keys(IMPORT_NAMES);

/** A PDF from a body larger than this is streamed from the worker piece by piece; a smaller one crosses whole (one transfer, less work per request). */
const STREAM_ABOVE_BYTES = 256 * 1024;

/** Each route's accepted content types: anything else is a 415, whatever Fastify could parse. */
declare module "fastify" {
  interface FastifyContextConfig {
    accepts?: string[];
  }
}

const pdfResponse = { description: "the PDF", content: { [PDF_TYPE]: { schema: TextBodySchema.describe("PDF bytes") } } };
const fileResponse = { description: "the PDF (by default), or the .docx", content: { ...pdfResponse.content, [DOCX_TYPE]: { schema: TextBodySchema.describe(".docx bytes") } } };
const draftResponse = { description: "the PDF, or the Document JSON", content: { ...pdfResponse.content, "application/json": { schema: DocumentSchema } } };

/** A file (a stream or bytes) as a reply: Fastify pipes or writes it; the typed reply only knows the documented bytes. */
const asBytes = (file: Readable | Buffer) => file as unknown as string;
const errors = { 400: ErrorSchema, 401: ErrorSchema, 413: ErrorSchema, 415: ErrorSchema, 422: ErrorSchema, 503: ErrorSchema, 504: ErrorSchema };

export async function buildApp(options: AppOptions): Promise<FastifyInstance> {
  const { renderer, token } = options;
  const bodyLimit = options.bodyLimit ?? 10 * 1024 * 1024;
  const templatesDir = options.templatesDir ?? join(packageRoot(), "examples", "drafts");
  const app = Fastify({
    bodyLimit,
    requestTimeout: options.requestTimeoutMs ?? 30_000,
    logger: options.logger ?? false,
    return503OnClosing: true,
  }).withTypeProvider<ZodTypeProvider>();

  app.setValidatorCompiler(zodValidator);
  // Responses come from vanban's own code: plain JSON, not validated again on the event loop.
  app.setSerializerCompiler(() => (data) => JSON.stringify(data));

  const send = (reply: { code(n: number): unknown; headers(h: Record<string, string>): unknown; send(b: unknown): unknown }, r: Refusal) => {
    if (r.headers) reply.headers(r.headers);
    reply.code(r.status);
    return reply.send(r.body);
  };
  app.setErrorHandler((error, request, reply) => {
    const known = refusalOf(error, bodyLimit);
    if (!known) request.log.error({ err: error }, "request failed");
    if (reply.sent || reply.raw.headersSent) return; // a stream broke after its headers: the socket is closed
    return send(reply, known ?? internalError());
  });
  app.setNotFoundHandler((request, reply) => send(reply, notFound(request.method, request.url.split("?")[0] ?? "")));

  app.addHook("onRequest", async (request, reply) => {
    if (token !== undefined && !tokenMatches(request.headers.authorization, token)) return send(reply, unauthorized());
  });
  app.addHook("preValidation", async (request) => {
    const accepts = request.routeOptions.config.accepts;
    if (!accepts) return;
    const type = contentType(request);
    if (!accepts.includes(type)) {
      throw new RequestError(415, "unsupported-media-type", `kiểu nội dung phải là ${accepts.join(" hoặc ")}`, `content type must be ${accepts.join(" or ")}`);
    }
  });

  await app.register(swagger, {
    openapi: {
      openapi: "3.1.0",
      info: {
        title: "vanban",
        version: "1",
        description: "Văn bản hành chính Việt Nam: kiểm tra, dàn trang, kết xuất PDF / Vietnamese official documents: check, lay out, render to PDF",
      },
      components: { securitySchemes: { token: { type: "http", scheme: "bearer" } } },
      security: token !== undefined ? [{ token: [] }] : [],
    },
    transform: createJsonSchemaTransform({ schemaRegistry: registry, zodToJsonConfig: { unrepresentable: "any" } }),
    transformObject: createJsonSchemaTransformObject({ schemaRegistry: registry, zodToJsonConfig: { unrepresentable: "any" } }),
  });

  app.post("/check", {
    config: { accepts: [JSON_TYPE, TEXT_TYPE] },
    schema: { summary: "Findings on document JSON (valid or not) or on the text of a document", body: CheckBodySchema, querystring: CheckQuerySchema, response: { 200: FindingsSchema, ...errors } },
    handler: async (request) => {
      const { now, allowFuture } = request.query;
      const input = typeof request.body === "string" ? { text: request.body } : { data: request.body };
      const findings: Finding[] = await renderer.check(input, { ...(now ? { now: new Date(`${now}T12:00:00+07:00`) } : {}), allowFutureDate: allowFuture === "true" });
      return { findings, errors: hasErrors(findings) };
    },
  });

  // Bodies that go to a worker as they came: parsed, validated and read there, never on the event
  // loop (a context of its own, so only these routes take raw bytes).
  await app.register(async (context) => {
    const raw = context.withTypeProvider<ZodTypeProvider>();
    raw.removeAllContentTypeParsers();
    raw.addContentTypeParser(IMPORT_TYPES, { parseAs: "buffer" }, (_request, body, done) => done(null, body));
    raw.setValidatorCompiler((route) => (route.httpPart === "body" ? (data) => ({ value: data }) : zodValidator(route)));

    raw.post("/render", {
      config: { accepts: [JSON_TYPE] },
      schema: {
        summary: "Document JSON → PDF (streamed when large), or the .docx with ?format=docx or Accept",
        body: DocumentSchema,
        querystring: RenderQuerySchema,
        response: { 200: fileResponse, ...errors },
      },
      handler: async (request, reply) => {
        const json = bodyBytes(request);
        const format = request.query.format ?? formatAccepted(request.headers.accept);
        const layout = request.query.preset ? { preset: request.query.preset } : {};
        reply.type(FILE_TYPES[format]);
        if (format === "pdf" && json.length > STREAM_ABOVE_BYTES) return reply.send(asBytes(await asBody(renderer.streamFrom({ json }, layout))));
        const file = await asBody(renderer.file({ json }, format, layout));
        return reply.send(asBytes(Buffer.from(file.buffer, file.byteOffset, file.byteLength)));
      },
    });

    raw.post("/layout", {
      config: { accepts: [JSON_TYPE] },
      schema: { summary: "Document JSON → the page model (Pages) as JSON", body: DocumentSchema, querystring: LayoutQuerySchema, response: { 200: PagesSchema, ...errors } },
      handler: async (request) => asBody(renderer.layoutOf({ json: bodyBytes(request) }, request.query)),
    });

    raw.post("/import", {
      config: { accepts: IMPORT_TYPES },
      schema: {
        summary: "Any file the readers know (.docx, .pdf, text in UTF-8/UTF-16/TCVN3/VNI, document JSON) → Document JSON, with warnings and what is missing",
        consumes: IMPORT_TYPES,
        body: FileBodySchema,
        querystring: ImportQuerySchema,
        response: { 200: ImportResultSchema, ...errors },
      },
      handler: async (request) => {
        const bytes = bodyBytes(request);
        const name = request.query.name ?? IMPORT_NAMES[contentType(request)];
        return renderer.importFile(bytes, name ? { name } : {});
      },
    });
  });

  app.post("/draft", {
    config: { accepts: [JSON_TYPE] },
    schema: { summary: "A template of the server and its data → PDF (or Document JSON)", body: DraftBodySchema, response: { 200: draftResponse, ...errors } },
    handler: async (request, reply) => {
      const { template, data, now, format } = request.body;
      const file = join(templatesDir, `${template}.hbs`);
      if (!existsSync(file)) {
        const known = templateNames(templatesDir).join(", ");
        throw new RequestError(404, "unknown-template", `không có mẫu "${template}" (có: ${known})`, `no template "${template}" (known: ${known})`);
      }
      const today = now ? new Date(`${now}T12:00:00+07:00`) : undefined;
      if (format === "json") return renderer.draft(file, data, today ? { now: today } : {});
      const draft = { template: file, data, ...(today ? { now: today.toISOString() } : {}) };
      return reply.type("application/pdf").send(asBytes(await renderer.streamFrom({ draft })));
    },
  });

  app.get("/schema", { schema: { summary: "The document model as JSON Schema" } }, async () => documentJsonSchema());
  app.get("/openapi.json", { schema: { hide: true } }, async () => app.swagger());
  app.get("/healthz", { schema: { summary: "Liveness and load", response: { 200: HealthSchema } } }, async () => ({
    ok: true as const,
    workers: renderer.workers,
    queued: renderer.queued,
  }));
  return app;
}

/** Requests are validated by the zod schemas, with the model's bilingual messages and paths. */
const zodValidator: FastifySchemaCompiler<unknown> = ({ schema, httpPart }) => (data) => {
  const result = (schema as z.ZodType).safeParse(data, { reportInput: true });
  if (result.success) return { value: result.data };
  const issues = issuesFromZod(result.error);
  return httpPart === "body"
    ? { error: invalidBody(issues) }
    : { error: new RequestError(400, `invalid-${httpPart ?? "request"}`, "tham số không hợp lệ", "invalid request parameters", issues) };
};

const invalidBody = (issues: DocumentError["issues"]) => new RequestError(422, "invalid-body", "nội dung không hợp lệ", "invalid request body", issues);

/** A body's document found invalid on the worker is the same 422 as one found invalid here. */
async function asBody<T>(work: Promise<T>): Promise<T> {
  try {
    return await work;
  } catch (error) {
    throw error instanceof DocumentError ? invalidBody(error.issues) : error;
  }
}

const contentType = (request: FastifyRequest): string => (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();

/** The raw body of a route of the raw context (a Buffer from its parser); an empty one is refused here. */
function bodyBytes(request: FastifyRequest): Uint8Array {
  const body = request.body;
  if (!(body instanceof Uint8Array)) throw new Error("raw body expected"); // only the raw context's routes call this
  if (body.length === 0) throw new RequestError(400, "empty-body", "nội dung trống", "the request body is empty");
  return body;
}

/** The file the Accept header asks for: the .docx only when it names it before (or without) the PDF. */
function formatAccepted(accept: string | undefined): FileFormat {
  if (!accept) return "pdf";
  const types = accept.split(",").map((t) => t.split(";")[0]!.trim().toLowerCase());
  const docx = types.indexOf(DOCX_TYPE);
  const pdf = types.indexOf(PDF_TYPE);
  return docx >= 0 && (pdf < 0 || docx < pdf) ? "docx" : "pdf";
}

/** The templates a request may name: NAME.hbs files that are not partials (_NAME.hbs). */
export function templateNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".hbs") && !f.startsWith("_"))
    .map((f) => f.slice(0, -4))
    .sort();
}
