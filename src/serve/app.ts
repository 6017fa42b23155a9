// The HTTP service (vanban serve) as a Fastify instance: routes, limits, the token rule and the
// bilingual errors. Listening and signals are in start.ts; the work runs on a Renderer's workers.
import { existsSync, readdirSync } from "node:fs";
import { join } from "node:path";
import type { Readable } from "node:stream";
import swagger from "@fastify/swagger";
import Fastify, { type FastifyInstance, type FastifyServerOptions } from "fastify";
import { createJsonSchemaTransform, createJsonSchemaTransformObject, type ZodTypeProvider } from "fastify-type-provider-zod";
import type { z } from "zod";
import { hasErrors, type Finding } from "../check/index.js";
import { PagesSchema } from "../layout/pages.js";
import { DocumentSchema } from "../model/document.js";
import { issuesFromZod } from "../model/errors.js";
import { documentJsonSchema } from "../model/parse.js";
import type { Renderer } from "../renderer/index.js";
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
  ImportResultSchema,
  LayoutQuerySchema,
  registry,
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

/** Each route's accepted content types: anything else is a 415, whatever Fastify could parse. */
declare module "fastify" {
  interface FastifyContextConfig {
    accepts?: string[];
  }
}

const pdfResponse = { description: "the PDF", content: { "application/pdf": { schema: TextBodySchema.describe("PDF bytes") } } };
const draftResponse = { description: "the PDF, or the Document JSON", content: { ...pdfResponse.content, "application/json": { schema: DocumentSchema } } };

/** A PDF stream as a reply: Fastify pipes it; the typed reply only knows the documented bytes. */
const asBytes = (stream: Readable) => stream as unknown as string;
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

  // Requests are validated by the zod schemas, with the model's bilingual messages and paths.
  app.setValidatorCompiler(({ schema, httpPart }) => (data) => {
    const result = (schema as z.ZodType).safeParse(data, { reportInput: true });
    if (result.success) return { value: result.data };
    const issues = issuesFromZod(result.error);
    return httpPart === "body"
      ? { error: new RequestError(422, "invalid-body", "nội dung không hợp lệ", "invalid request body", issues) }
      : { error: new RequestError(400, `invalid-${httpPart ?? "request"}`, "tham số không hợp lệ", "invalid request parameters", issues) };
  });
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
    const type = (request.headers["content-type"] ?? "").split(";")[0]!.trim().toLowerCase();
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

  app.post("/render", {
    config: { accepts: [JSON_TYPE] },
    schema: { summary: "Document JSON → PDF, streamed", body: DocumentSchema, querystring: LayoutQuerySchema, response: { 200: pdfResponse, ...errors } },
    handler: async (request, reply) => {
      const pdf = await renderer.stream(request.body, request.query);
      return reply.type("application/pdf").send(asBytes(pdf));
    },
  });

  app.post("/layout", {
    config: { accepts: [JSON_TYPE] },
    schema: { summary: "Document JSON → the page model (Pages) as JSON", body: DocumentSchema, querystring: LayoutQuerySchema, response: { 200: PagesSchema, ...errors } },
    handler: async (request) => renderer.layout(request.body, request.query),
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

  app.post("/import", {
    config: { accepts: [TEXT_TYPE] },
    schema: { summary: "The text of a document (an archived .txt) → Document JSON, with warnings and what is missing", body: TextBodySchema, response: { 200: ImportResultSchema, ...errors } },
    handler: async (request) => renderer.importText(request.body),
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

/** The templates a request may name: NAME.hbs files that are not partials (_NAME.hbs). */
export function templateNames(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((f) => f.endsWith(".hbs") && !f.startsWith("_"))
    .map((f) => f.slice(0, -4))
    .sort();
}
