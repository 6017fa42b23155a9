// The service on a real socket (127.0.0.1 only): abusive requests each get their 4xx or are
// dropped, and the server keeps serving; a shutdown lets the request in flight finish.
import { request, type IncomingMessage } from "node:http";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { startServer, type RunningServer } from "../../src/serve/start.js";
import { example, exampleText, isPdf, longDocument } from "./support.js";

let server: RunningServer;
beforeAll(async () => {
  server = await startServer({ port: 0, workers: 1, bodyLimit: 1024 * 1024 });
});
afterAll(async () => {
  await server.close();
});

const json = { "content-type": "application/json" };

async function stillServes(url: string, headers: Record<string, string> = {}): Promise<void> {
  const res = await fetch(`${url}/render`, { method: "POST", headers: { ...json, ...headers }, body: exampleText });
  expect(res.status).toBe(200);
  expect(isPdf(new Uint8Array(await res.arrayBuffer()))).toBe(true);
}

/** Sends `total` bytes of JSON-looking junk in 1 MiB writes; resolves with the status, or "dropped". */
function hugeBody(url: string, total: number, chunked: boolean): Promise<number | "dropped"> {
  return new Promise((resolve) => {
    const headers: Record<string, string | number> = { ...json };
    if (!chunked) headers["content-length"] = total;
    const req = request(`${url}/render`, { method: "POST", headers });
    let settled = false;
    const done = (v: number | "dropped") => {
      if (!settled) resolve(v);
      settled = true;
    };
    req.on("response", (res: IncomingMessage) => {
      res.resume();
      done(res.statusCode ?? 0);
    });
    req.on("error", () => done("dropped"));
    const piece = Buffer.alloc(1024 * 1024, 0x20);
    let sent = 0;
    const pump = () => {
      while (sent < total && !settled && !req.destroyed) {
        sent += piece.length;
        if (!req.write(piece)) return void req.once("drain", pump);
      }
      if (!req.destroyed) req.end();
    };
    pump();
  });
}

describe("vanban serve under abuse (loopback)", () => {
  test("a 50 MB body is refused with 413 (or the connection dropped), with and without Content-Length", async () => {
    for (const chunked of [false, true]) {
      const outcome = await hugeBody(server.url, 50 * 1024 * 1024, chunked);
      expect([413, "dropped"]).toContain(outcome);
      await stillServes(server.url);
    }
  });

  test("malformed JSON → 400, wrong content type → 415, and the server goes on", async () => {
    const bad = await fetch(`${server.url}/render`, { method: "POST", headers: json, body: '{"profile":' });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.code).toBe("invalid-json");
    const wrongType = await fetch(`${server.url}/render`, { method: "POST", headers: { "content-type": "multipart/form-data; boundary=x" }, body: "--x--" });
    expect(wrongType.status).toBe(415);
    await stillServes(server.url);
  });

  test("a client that disconnects mid-response is dropped cleanly", async () => {
    const body = JSON.stringify(longDocument(10));
    for (let i = 0; i < 3; i++) {
      const got = await new Promise<number>((resolve, reject) => {
        const req = request(`${server.url}/render`, { method: "POST", headers: json });
        req.on("response", (res) => {
          res.once("data", (chunk: Buffer) => {
            req.destroy(); // gone after the first piece
            resolve(chunk.length);
          });
        });
        req.on("error", (e: NodeJS.ErrnoException) => (e.code === "ECONNRESET" ? undefined : reject(e)));
        req.end(body);
      });
      expect(got).toBeGreaterThan(0);
    }
    // …and one that leaves before its body is complete.
    await new Promise<void>((resolve) => {
      const req = request(`${server.url}/render`, { method: "POST", headers: { ...json, "content-length": 100_000 } });
      req.on("error", () => undefined);
      req.write(exampleText.slice(0, 500), () => {
        req.destroy();
        resolve();
      });
    });
    await stillServes(server.url);
    const health = await (await fetch(`${server.url}/healthz`)).json();
    expect(health.ok).toBe(true);
  });

  test("bound beyond loopback: no start without a token; with one, a request without it is a 401", async () => {
    await expect(startServer({ host: "0.0.0.0", port: 0, workers: 1 })).rejects.toThrow(/token/);
    const token = "test-token-0123456789abcdef";
    const open = await startServer({ host: "0.0.0.0", port: 0, workers: 1, token });
    try {
      const port = new URL(open.url).port;
      const local = `http://127.0.0.1:${port}`; // traffic stays on loopback
      const refused = await fetch(`${local}/render`, { method: "POST", headers: json, body: exampleText });
      expect(refused.status).toBe(401);
      expect((await refused.json()).error.code).toBe("unauthorized");
      await stillServes(local, { authorization: `Bearer ${token}` });
    } finally {
      await open.close();
    }
  });

  test("a shutdown lets the request in flight finish, then refuses new connections", async () => {
    const own = await startServer({ port: 0, workers: 1 });
    const inFlight = fetch(`${own.url}/render`, { method: "POST", headers: json, body: JSON.stringify(longDocument(6)) });
    await new Promise((r) => setTimeout(r, 100)); // the request is received and on a worker
    const closing = own.close();
    const res = await inFlight;
    expect(res.status).toBe(200);
    expect(isPdf(new Uint8Array(await res.arrayBuffer()))).toBe(true);
    await closing;
    await expect(fetch(`${own.url}/healthz`)).rejects.toThrow();
  });

  test("invalid documents over the socket → 422, and the worker is still fine", async () => {
    const res = await fetch(`${server.url}/layout`, { method: "POST", headers: json, body: JSON.stringify({ ...example(), date: "31/12/2024" }) });
    expect(res.status).toBe(422);
    expect((await res.json()).error.issues[0].path).toBe("date");
    await stillServes(server.url);
  });
});
