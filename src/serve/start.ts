// Starting and stopping the service: the token rule before listening, and a graceful shutdown
// that stops accepting, lets in-flight requests finish, then stops the workers.
import type { FastifyInstance } from "fastify";
import { createRenderer, type RendererOptions } from "../renderer/index.js";
import { buildApp, type AppOptions } from "./app.js";
import { requireTokenFor } from "./auth.js";

export interface ServeOptions extends Omit<AppOptions, "renderer">, RendererOptions {
  /** 127.0.0.1 by default; any other address requires a token. */
  host?: string;
  /** 8080 by default; 0 picks a free port. */
  port?: number;
}

export interface RunningServer {
  app: FastifyInstance;
  /** The address it listens on, e.g. "http://127.0.0.1:8080". */
  url: string;
  /** Stops accepting, waits for the requests in flight, stops the workers. */
  close(): Promise<void>;
}

export async function startServer(options: ServeOptions = {}): Promise<RunningServer> {
  const host = options.host ?? "127.0.0.1";
  requireTokenFor(host, options.token);
  const renderer = createRenderer({
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.timeoutMs !== undefined ? { timeoutMs: options.timeoutMs } : {}),
    ...(options.maxQueue !== undefined ? { maxQueue: options.maxQueue } : {}),
    ...(options.recycleAfter !== undefined ? { recycleAfter: options.recycleAfter } : {}),
    ...(options.workerHeapMb !== undefined ? { workerHeapMb: options.workerHeapMb } : {}),
  });
  const { host: _host, port, workers: _w, timeoutMs: _t, maxQueue: _q, recycleAfter: _r, workerHeapMb: _h, ...appOptions } = options;
  const app = await buildApp({ ...appOptions, renderer });
  app.addHook("onClose", async () => renderer.close());
  // While closing, responses ask the client to close the connection (see closeGracefully).
  let stopping = false;
  app.addHook("onSend", async (_request, reply) => {
    if (stopping) reply.header("connection", "close");
  });
  try {
    const url = await app.listen({ host, port: port ?? 8080 });
    let closing: Promise<void> | undefined;
    return { app, url, close: () => {
        stopping = true;
        return (closing ??= closeGracefully(app));
      },
    };
  } catch (error) {
    await app.close();
    throw error;
  }
}

/**
 * Stops accepting and waits for the requests in flight. A keep-alive connection whose response
 * ends during the wait is closed as soon as it is idle, rather than after its keep-alive timeout.
 */
async function closeGracefully(app: FastifyInstance): Promise<void> {
  const sweep = setInterval(() => app.server.closeIdleConnections(), 50);
  try {
    await app.close();
  } finally {
    clearInterval(sweep);
  }
}
