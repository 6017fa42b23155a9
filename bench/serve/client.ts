// The cheapest load generator we could write: N keep-alive sockets, each sending the same
// pre-built request as soon as the previous response has fully arrived (Content-Length only).
// Its own CPU time is measured by the caller (process.cpuUsage), to report its share.
import { connect, type Socket } from "node:net";

export interface LoadResult {
  ok: number;
  failed: number;
  seconds: number;
  /** Latencies in ms, sorted. */
  latencies: Float64Array;
  /** The first few failures: status and the start of the body (what the server said). */
  failures: { status: number; body: string }[];
}

/** Failures kept with their body (the rest are counted only). */
const FAILURES_KEPT = 5;

export interface LoadOptions {
  url: string;
  path: string;
  headers: Record<string, string>;
  /** One body, or several sent in turn (request k carries body k mod n). */
  body: Buffer | readonly Buffer[];
  connections: number;
  /** Stop after this many seconds… */
  seconds?: number;
  /** …or after this many responses (whichever is given). */
  requests?: number;
}

export const percentile = (sorted: Float64Array, p: number): number => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? NaN;

export function load(options: LoadOptions): Promise<LoadResult> {
  const { hostname, port } = new URL(options.url);
  const requests = (Buffer.isBuffer(options.body) ? [options.body] : options.body).map((body) => {
    const head = [`POST ${options.path} HTTP/1.1`, `host: ${hostname}:${port}`, `content-length: ${body.length}`, ...Object.entries(options.headers).map(([k, v]) => `${k}: ${v}`)];
    return Buffer.concat([Buffer.from(`${head.join("\r\n")}\r\n\r\n`, "latin1"), body]);
  });
  const limit = options.requests ?? Number.POSITIVE_INFINITY;
  const deadline = options.seconds === undefined ? Number.POSITIVE_INFINITY : performance.now() + options.seconds * 1000;
  const latencies: number[] = [];
  let sent = 0;
  let ok = 0;
  let failed = 0;
  const failures: { status: number; body: string }[] = [];
  const started = performance.now();

  return new Promise((resolve, reject) => {
    let open = options.connections;
    const finish = (socket: Socket) => {
      socket.destroy();
      if (--open === 0) resolve({ ok, failed, failures, seconds: (performance.now() - started) / 1000, latencies: Float64Array.from(latencies).sort() });
    };
    for (let c = 0; c < options.connections; c++) {
      const socket = connect(Number(port), hostname);
      socket.setNoDelay(true);
      let sentAt = 0;
      let pending: Buffer | undefined;
      let remaining = -1;
      let status = 0;
      let failedBody: Buffer[] = [];
      const next = () => {
        if (sent >= limit || performance.now() >= deadline) return finish(socket);
        sentAt = performance.now();
        socket.write(requests[sent++ % requests.length]!);
      };
      socket.on("connect", next);
      socket.on("error", reject);
      socket.on("data", (chunk: Buffer) => {
        let buf = chunk;
        while (buf.length > 0) {
          if (remaining < 0) {
            if (pending) buf = Buffer.concat([pending, buf]);
            pending = undefined;
            const end = buf.indexOf("\r\n\r\n");
            if (end < 0) return void (pending = buf);
            const text = buf.toString("latin1", 0, end);
            status = Number(text.slice(9, 12));
            const length = /\r\ncontent-length:\s*(\d+)/i.exec(text)?.[1];
            if (length === undefined) return reject(new Error(`bench client: a response without Content-Length (${text.split("\r\n")[0]})`));
            remaining = Number(length);
            buf = buf.subarray(end + 4);
          }
          const take = Math.min(remaining, buf.length);
          if (status !== 200 && failures.length < FAILURES_KEPT) failedBody.push(buf.subarray(0, take));
          remaining -= take;
          buf = buf.subarray(take);
          if (remaining === 0) {
            remaining = -1;
            latencies.push(performance.now() - sentAt);
            if (status === 200) ok++;
            else {
              failed++;
              if (failures.length < FAILURES_KEPT) failures.push({ status, body: Buffer.concat(failedBody).toString("utf8", 0, 500) });
            }
            failedBody = [];
            next();
          }
        }
      });
    }
  });
}
