// Every failure of a request as one bilingual JSON body with a status: 4xx for what the caller
// can fix, 503/504 for load, 500 for the rest (logged, never a crash).
import type { FastifyError } from "fastify";
import { DocumentError, type DocumentIssue } from "../model/errors.js";
import { MalformedJsonError, RendererBusyError, RendererOutOfMemoryError, RendererTimeoutError } from "../renderer/index.js";
import type { ErrorBody } from "./schemas.js";

/** A request that the service refuses, with its status and bilingual reason. */
export class RequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly vi: string,
    readonly en: string,
    readonly issues?: DocumentIssue[],
  ) {
    super(`${vi} / ${en}`);
    this.name = "RequestError";
  }
}

export interface Refusal {
  status: number;
  body: ErrorBody;
  headers?: Record<string, string>;
}

const refusal = (status: number, code: string, vi: string, en: string, issues?: DocumentIssue[]): Refusal => ({
  status,
  body: { error: { code, vi, en, ...(issues ? { issues } : {}) } },
});

/** Fastify's own refusals (parsing, limits), by their code. */
function fastifyRefusal(error: FastifyError, bodyLimit: number): Refusal | undefined {
  switch (error.code) {
    case "FST_ERR_CTP_BODY_TOO_LARGE":
      return refusal(413, "body-too-large", `nội dung quá lớn (tối đa ${bodyLimit} byte)`, `request body too large (at most ${bodyLimit} bytes)`);
    case "FST_ERR_CTP_INVALID_MEDIA_TYPE":
      return refusal(415, "unsupported-media-type", "kiểu nội dung không được nhận", "unsupported content type");
    case "FST_ERR_CTP_EMPTY_JSON_BODY":
      return refusal(400, "empty-body", "nội dung trống", "the request body is empty");
    case "FST_ERR_CTP_INVALID_CONTENT_LENGTH":
      return refusal(400, "invalid-content-length", "độ dài nội dung không khớp", "content length does not match the body");
  }
  if (error instanceof SyntaxError || error.code === "FST_ERR_CTP_INVALID_JSON_BODY") {
    return refusal(400, "invalid-json", `JSON không hợp lệ: ${error.message}`, `invalid JSON: ${error.message}`);
  }
  const status = error.statusCode;
  if (status && status >= 400 && status < 500) return refusal(status, "bad-request", `yêu cầu không hợp lệ: ${error.message}`, `bad request: ${error.message}`);
  return undefined;
}

/** The response for an error thrown while serving a request; undefined for an unexpected one (500). */
export function refusalOf(error: unknown, bodyLimit: number): Refusal | undefined {
  if (error instanceof RequestError) return refusal(error.status, error.code, error.vi, error.en, error.issues);
  if (error instanceof DocumentError) {
    return refusal(422, "invalid-document", "văn bản không hợp lệ", "invalid document", error.issues);
  }
  if (error instanceof MalformedJsonError) return refusal(400, "invalid-json", `JSON không hợp lệ: ${error.detail}`, `invalid JSON: ${error.detail}`);
  if (error instanceof RendererBusyError) {
    return { ...refusal(503, "busy", "máy chủ đang bận, thử lại sau", "the server is busy, try again later"), headers: { "retry-after": "1" } };
  }
  if (error instanceof RendererOutOfMemoryError) {
    return refusal(413, "document-too-large", `văn bản cần quá ${error.heapMb} MB bộ nhớ để dàn trang`, `the document needs more than the worker's ${error.heapMb} MB heap to lay out`);
  }
  if (error instanceof RendererTimeoutError) {
    return refusal(504, "timeout", `quá thời gian xử lý (${error.timeoutMs} ms)`, `the job took longer than ${error.timeoutMs} ms`);
  }
  if (error && typeof error === "object" && "code" in error) return fastifyRefusal(error as FastifyError, bodyLimit);
  return undefined;
}

export const internalError = (): Refusal => refusal(500, "internal", "lỗi máy chủ", "internal server error");
export const notFound = (method: string, url: string): Refusal =>
  refusal(404, "not-found", `không có ${method} ${url}`, `no route ${method} ${url}`);
export const unauthorized = (): Refusal =>
  refusal(401, "unauthorized", "thiếu hoặc sai mã truy cập (Authorization: Bearer …)", "missing or wrong token (Authorization: Bearer …)");
