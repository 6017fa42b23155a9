// The token rule: a server reachable from other machines answers only requests that carry its
// token; on loopback the token is optional (the machine's own users are trusted).
import { createHash, timingSafeEqual } from "node:crypto";
import { isIP } from "node:net";

/** The environment variable read when --token is not given. */
export const TOKEN_VARIABLE = "VANBAN_TOKEN";

/** 127.0.0.0/8, ::1 and "localhost": only this machine can connect. */
export function isLoopback(host: string): boolean {
  if (host === "localhost" || host === "::1") return true;
  return isIP(host) === 4 && host.startsWith("127.");
}

/** Refuses to start a server that other machines could reach without a token. */
export function requireTokenFor(host: string, token: string | undefined): void {
  if (!isLoopback(host) && !token) {
    throw new Error(
      `Nghe trên ${host} cần mã truy cập (--token hoặc ${TOKEN_VARIABLE}) / listening on ${host} requires a token (--token or ${TOKEN_VARIABLE})`,
    );
  }
  if (token !== undefined && token.length < 16) {
    throw new Error("Mã truy cập cần ít nhất 16 ký tự / the token needs at least 16 characters");
  }
}

const digest = (s: string) => createHash("sha256").update(s).digest();

/** Compares "Bearer TOKEN" with the token in constant time (hashes of equal length). */
export function tokenMatches(header: string | undefined, token: string): boolean {
  const given = /^Bearer (.+)$/.exec(header ?? "")?.[1] ?? "";
  return timingSafeEqual(digest(given), digest(token));
}
