// Runs one vanban command in this process (no second Node start-up): what it printed, its exit
// code, and what it threw (a refused flag, an error before anything is written).
import { Command } from "commander";
import { vi } from "vitest";

export interface InProcessRun {
  out: string;
  err: string;
  code: number;
  thrown?: Error;
}

/** `register` adds the command (registerBatch, registerDraft …); `args` start with its name. Binary stdout is kept as latin1. */
export async function runInProcess(register: (program: Command) => void, args: string[]): Promise<InProcessRun> {
  const out: string[] = [];
  const err: string[] = [];
  const text = (chunk: unknown) => (typeof chunk === "string" ? chunk : Buffer.from(chunk as Uint8Array).toString("latin1"));
  const stdout = vi.spyOn(process.stdout, "write").mockImplementation((chunk) => (out.push(text(chunk)), true));
  const stderr = vi.spyOn(process.stderr, "write").mockImplementation((chunk) => (err.push(text(chunk)), true));
  try {
    const program = new Command().exitOverride().configureOutput({ writeErr: (t) => err.push(t), writeOut: (t) => out.push(t) });
    register(program);
    await program.parseAsync(["node", "vanban", ...args]);
    return { out: out.join(""), err: err.join(""), code: Number(process.exitCode ?? 0) };
  } catch (error) {
    return { out: out.join(""), err: err.join(""), code: 1, thrown: error as Error };
  } finally {
    stdout.mockRestore();
    stderr.mockRestore();
    process.exitCode = 0;
  }
}
