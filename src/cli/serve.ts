import type { Command } from "commander";
import { TOKEN_VARIABLE } from "../serve/auth.js";
import { exitCodeOf, issuesOf, UsageError } from "./cli-error.js";
import { withHelp } from "./help.js";
import { jsonOption, printJson, ServeListeningJson, ServeStoppedJson } from "./json-output.js";

interface ServeFlags {
  host: string;
  port: string;
  workers?: string;
  token?: string;
  bodyLimit: string;
  timeout: string;
  templates?: string;
  quiet?: boolean;
  json?: boolean;
}

function whole(value: string, flag: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new UsageError(flag, `${flag} cần số nguyên ≥ ${min}, nhận "${value}"`, `${flag} expects a whole number ≥ ${min}, got "${value}"`);
  return n;
}

const NOTES = `Điểm cuối / endpoints: POST /render /layout /check /import /draft; GET /schema /openapi.json /healthz
Mã truy cập: bắt buộc ở mọi yêu cầu (Authorization: Bearer TOKEN) khi đã đặt; địa chỉ khác 127.0.0.1/::1/localhost cần có (--token hoặc ${TOKEN_VARIABLE}).
Token: required on every request (Authorization: Bearer TOKEN) when set; a host other than 127.0.0.1/::1/localhost is refused without one (--token or ${TOKEN_VARIABLE}).`;

/** The service's line when it stops or cannot start. */
function stopped(flags: ServeFlags, signal: string | null, error?: unknown): void {
  const exitCode = error === undefined ? 0 : exitCodeOf(error);
  if (flags.json) printJson(ServeStoppedJson, { command: "serve", event: "stopped", ok: exitCode === 0, exitCode, errors: error === undefined ? [] : issuesOf(error), signal });
  else if (error !== undefined) process.stderr.write(`vanban serve: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exitCode = exitCode;
}

export function registerServe(program: Command): void {
  const command = program
    .command("serve")
    .description("Chạy dịch vụ HTTP / run the HTTP service")
    .option("--host <address>", "địa chỉ lắng nghe / address to listen on", "127.0.0.1")
    .option("--port <n>", "cổng (0: cổng trống bất kỳ) / port (0: any free port)", "8080")
    .option("--workers <n>", "số luồng kết xuất (mặc định mỗi nhân một) / rendering worker threads (default: one per core)")
    .option("--token <token>", `mã truy cập cho mọi yêu cầu / token required on every request (default: $${TOKEN_VARIABLE})`)
    .option("--body-limit <bytes>", "thân yêu cầu lớn nhất / largest request body", String(10 * 1024 * 1024))
    .option("--timeout <ms>", "thời gian tối đa cho một việc / longest time for one job", "60000")
    .option("--templates <dir>", "thư mục mẫu mà POST /draft được gọi / folder of the templates POST /draft may name (default: the package's examples/drafts)")
    .option("--quiet", "không ghi nhật ký yêu cầu / no request log");
  jsonOption(
    command,
    'dòng JSON trên stdout: { event: "listening", url } rồi { event: "stopped", ok, exitCode }; nhật ký ra stderr',
    'JSON lines on stdout: { event: "listening", url }, then { event: "stopped", ok, exitCode }; the log goes to stderr',
  );
  withHelp(
    command,
    {
      notes: NOTES,
      examples: [
        { command: "vanban serve", vi: "http://127.0.0.1:8080, mỗi nhân một luồng", en: "http://127.0.0.1:8080, one worker per core" },
        { command: "VANBAN_TOKEN=… vanban serve --host 0.0.0.0 --workers 2", vi: "mở ra mạng, có mã truy cập", en: "on the network, with a token" },
        { command: "vanban serve --port 0 --json", vi: "cổng trống, địa chỉ trong dòng JSON", en: "a free port, its URL in a JSON line" },
        {
          command: "curl -sf -H 'content-type: application/json' --data-binary @van-ban.json http://127.0.0.1:8080/render -o van-ban.pdf",
          vi: "kết xuất qua HTTP",
          en: "render over HTTP",
        },
      ],
      failed: { vi: "không khởi động được (cổng đang dùng, thiếu mã truy cập)", en: "cannot start (the port is taken, a token is missing)" },
    },
    { vi: "Mã 0: dừng bởi SIGINT/SIGTERM sau khi xong các yêu cầu đang chạy.", en: "Code 0: stopped by SIGINT/SIGTERM after the requests in flight." },
  );
  command.action((flags: ServeFlags) => serve(flags).catch((error: unknown) => stopped(flags, null, error)));
}

async function serve(flags: ServeFlags): Promise<void> {
  const token = flags.token ?? process.env[TOKEN_VARIABLE];
  const { startServer } = await import("../serve/start.js"); // fastify and the writers: loaded by this command only
  const server = await startServer({
    host: flags.host,
    port: whole(flags.port, "--port", 0),
    bodyLimit: whole(flags.bodyLimit, "--body-limit", 1),
    timeoutMs: whole(flags.timeout, "--timeout", 1),
    // Under --json standard output is the caller's: the request log goes to standard error.
    logger: flags.quiet ? false : flags.json ? { level: "info", stream: process.stderr } : { level: "info" },
    ...(flags.workers !== undefined ? { workers: whole(flags.workers, "--workers", 1) } : {}),
    ...(token ? { token } : {}),
    ...(flags.templates ? { templatesDir: flags.templates } : {}),
  });
  if (flags.json) printJson(ServeListeningJson, { command: "serve", event: "listening", url: server.url, host: flags.host, port: Number(new URL(server.url).port) });
  else process.stderr.write(`vanban serve: ${server.url}\n`);
  const stop = (signal: NodeJS.Signals) => {
    if (!flags.json) process.stderr.write(`vanban serve: ${signal}, đang xong các yêu cầu / finishing the requests in flight\n`);
    server.close().then(
      () => {
        stopped(flags, signal);
        process.exit(0);
      },
      (error: unknown) => {
        stopped(flags, signal, error);
        process.exit(1);
      },
    );
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
}
