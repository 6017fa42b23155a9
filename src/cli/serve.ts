import type { Command } from "commander";
import { TOKEN_VARIABLE } from "../serve/auth.js";
import { startServer } from "../serve/start.js";

interface ServeFlags {
  host: string;
  port: string;
  workers?: string;
  token?: string;
  bodyLimit: string;
  timeout: string;
  templates?: string;
  quiet?: boolean;
}

function whole(value: string, flag: string, min: number): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < min) throw new Error(`${flag} cần số nguyên ≥ ${min} / ${flag} expects a whole number ≥ ${min}, got "${value}"`);
  return n;
}

const HELP = `
Điểm cuối / endpoints: POST /render /layout /check /import /draft; GET /schema /openapi.json /healthz
Mã truy cập / token: required on every request (Authorization: Bearer TOKEN) when set; a host other
  than 127.0.0.1/::1/localhost is refused without one (--token or ${TOKEN_VARIABLE}).
Ví dụ / examples:
  vanban serve                                   # http://127.0.0.1:8080, one worker per core
  VANBAN_TOKEN=… vanban serve --host 0.0.0.0 --workers 2
  curl -sf -H 'content-type: application/json' --data-binary @van-ban.json http://127.0.0.1:8080/render -o van-ban.pdf
Mã thoát / exit codes: 0 stopped by SIGINT/SIGTERM after the requests in flight, 1 cannot start.`;

export function registerServe(program: Command): void {
  program
    .command("serve")
    .description("Chạy dịch vụ HTTP / run the HTTP service")
    .option("--host <address>", "address to listen on", "127.0.0.1")
    .option("--port <n>", "port (0: any free port)", "8080")
    .option("--workers <n>", "rendering worker threads (default: one per core)")
    .option("--token <token>", `token required on every request (default: $${TOKEN_VARIABLE})`)
    .option("--body-limit <bytes>", "largest request body", String(10 * 1024 * 1024))
    .option("--timeout <ms>", "longest time for one job", "60000")
    .option("--templates <dir>", "folder of the templates POST /draft may name (default: the package's examples/drafts)")
    .option("--quiet", "no request log")
    .addHelpText("after", HELP)
    .action(async (flags: ServeFlags) => {
      const token = flags.token ?? process.env[TOKEN_VARIABLE];
      const server = await startServer({
        host: flags.host,
        port: whole(flags.port, "--port", 0),
        bodyLimit: whole(flags.bodyLimit, "--body-limit", 1),
        timeoutMs: whole(flags.timeout, "--timeout", 1),
        logger: flags.quiet ? false : { level: "info" },
        ...(flags.workers !== undefined ? { workers: whole(flags.workers, "--workers", 1) } : {}),
        ...(token ? { token } : {}),
        ...(flags.templates ? { templatesDir: flags.templates } : {}),
      });
      process.stderr.write(`vanban serve: ${server.url}\n`);
      const stop = (signal: string) => {
        process.stderr.write(`vanban serve: ${signal}, finishing the requests in flight\n`);
        server.close().then(
          () => process.exit(0),
          (error: unknown) => {
            process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
            process.exit(1);
          },
        );
      };
      process.once("SIGINT", stop);
      process.once("SIGTERM", stop);
    });
}
