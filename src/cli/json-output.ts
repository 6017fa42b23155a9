// What `--json` prints, for every command: the one place its shapes are defined (README, "--json").
// A caller in PHP, Java or .NET parses standard output and reads `ok`, `exitCode` and `errors`
// first; the payload of each command follows. Every object is validated against its schema before
// it is written, so the documented shape is the shape printed.
import type { Command } from "commander";
import { z } from "zod";
import { FindingSchema } from "../check/finding.js";
import { FieldOriginSchema, ImportWarningSchema } from "../readers/archive/types.js";
import { StandingSchema } from "../layout/standing.js";

/** One problem, bilingual, with where it is (a field path, a file, or a flag such as "--now"). */
export const IssueJson = z.object({ path: z.string(), vi: z.string(), en: z.string() });

/** What every command's object carries. `errors` are the command's own; an input's are in its entry. */
const envelope = {
  ok: z.boolean(),
  /** The process's exit code (see each command's --help). */
  exitCode: z.number().int().min(0),
  errors: z.array(IssueJson),
};

/** A file written: "-" is standard output. `pages` is known for a PDF only. */
export const WrittenJson = z.object({
  path: z.string(),
  format: z.enum(["pdf", "docx", "json"]),
  bytes: z.number().int().min(0),
  pages: z.number().int().min(1).nullable(),
});

/** A command that could not run at all (a usage error, an unreadable option file): no payload. */
export const FailureJson = z.object({ command: z.string(), ...envelope, ok: z.literal(false) });

export const RenderJson = z.object({
  command: z.literal("render"),
  ...envelope,
  files: z.array(z.object({ file: z.string(), ok: z.boolean(), output: WrittenJson.nullable(), errors: z.array(IssueJson) })),
});

export const CheckJson = z.object({
  command: z.literal("check"),
  ...envelope,
  files: z.array(z.object({ file: z.string(), findings: z.array(FindingSchema) })),
  /** Findings counted by severity, and the files checked. */
  summary: z.object({ files: z.number().int(), error: z.number().int(), warning: z.number().int(), info: z.number().int() }),
});

export const ImportJson = z.object({
  command: z.literal("import"),
  ...envelope,
  files: z.array(
    z.object({
      file: z.string(),
      /** The input imported into a valid document. */
      ok: z.boolean(),
      warnings: z.array(ImportWarningSchema),
      errors: z.array(IssueJson),
      fields: z.record(z.string(), FieldOriginSchema),
      output: WrittenJson.nullable(),
      /** The document itself, when it went to standard output ("-" or a non-regular input without --out-dir). */
      document: z.record(z.string(), z.unknown()).optional(),
    }),
  ),
});

export const DraftJson = z.object({
  command: z.literal("draft"),
  ...envelope,
  template: z.string(),
  /** The drafted Document (with --text: absent). */
  document: z.record(z.string(), z.unknown()).optional(),
  /** With --text: the text the template produced. */
  text: z.string().optional(),
  output: WrittenJson.nullable(),
});

const BatchStatusJson = z.enum(["ok", "failed", "skipped"]);
const BatchCounts = { done: z.number().int(), ok: z.number().int(), failed: z.number().int(), skipped: z.number().int() };

/** `batch --json` prints JSON lines: progress and results as they come, then one "done" line. */
export const BatchProgressJson = z.object({
  command: z.literal("batch"),
  event: z.literal("progress"),
  ...BatchCounts,
  total: z.number().int(),
  /** Documents per second since the start. */
  rate: z.number(),
});
export const BatchResultJson = z.object({
  command: z.literal("batch"),
  event: z.literal("result"),
  file: z.string(),
  status: BatchStatusJson,
  output: WrittenJson.nullable(),
  /** Why it failed or was skipped. */
  reason: z.string().nullable(),
  warnings: z.array(z.string()),
});
export const BatchDoneJson = z.object({
  command: z.literal("batch"),
  event: z.literal("done"),
  ...envelope,
  summary: z
    .object({
      total: z.number().int(),
      ok: z.number().int(),
      failed: z.number().int(),
      skipped: z.number().int(),
      pages: z.number().int(),
      seconds: z.number(),
      interrupted: z.boolean(),
      /** What the batch wrote (absent from older reports: pdf). */
      format: z.enum(["pdf", "docx"]).optional(),
      /** Time spent in OCR, with --ocr. */
      ocrSeconds: z.number().optional(),
    })
    .nullable(),
  /** The JSON report the batch wrote (null when it could not start). */
  report: z.string().nullable(),
});
export const BatchLineJson = z.discriminatedUnion("event", [BatchProgressJson, BatchResultJson, BatchDoneJson]);

export const ProfileListJson = z.object({
  command: z.literal("profile list"),
  ...envelope,
  profiles: z.array(
    z.object({
      id: z.string(),
      family: z.string(),
      extends: z.string().optional(),
      variant: z.string(),
      regulation: z.string(),
      description: z.string().optional(),
      file: z.string(),
      bundled: z.boolean(),
    }),
  ),
});

export const ProfileShowJson = z.object({
  command: z.literal("profile show"),
  ...envelope,
  /** The merged profile, as the renderer uses it. */
  profile: z.record(z.string(), z.unknown()),
  values: z.array(
    z.object({
      pointer: z.string(),
      value: z.unknown(),
      standing: z.union([StandingSchema, z.literal("unknown")]),
      source: z.string(),
      note: z.string().optional(),
      standingAt: z.string(),
      setBy: z.string(),
    }),
  ),
});

export const SchemaJson = z.object({ command: z.literal("schema"), ...envelope, schema: z.record(z.string(), z.unknown()) });

/** `serve --json`: one line when it listens, one when it has stopped (or could not start). */
export const ServeListeningJson = z.object({
  command: z.literal("serve"),
  event: z.literal("listening"),
  url: z.string(),
  host: z.string(),
  port: z.number().int(),
});
export const ServeStoppedJson = z.object({ command: z.literal("serve"), event: z.literal("stopped"), ...envelope, signal: z.string().nullable() });

export type IssueJson = z.infer<typeof IssueJson>;
export type WrittenJson = z.infer<typeof WrittenJson>;
export type FailureJson = z.infer<typeof FailureJson>;
export type RenderJson = z.infer<typeof RenderJson>;
export type CheckJson = z.infer<typeof CheckJson>;
export type ImportJson = z.infer<typeof ImportJson>;
export type ImportFileJson = ImportJson["files"][number];
export type DraftJson = z.infer<typeof DraftJson>;
export type BatchLineJson = z.infer<typeof BatchLineJson>;
export type BatchResultJson = z.infer<typeof BatchResultJson>;
export type ProfileListJson = z.infer<typeof ProfileListJson>;
export type ProfileShowJson = z.infer<typeof ProfileShowJson>;

/**
 * Writes one object on one line of standard output (or `stream`), after checking it against its
 * schema: one line, so that batch's JSON lines and every other command's single object read alike.
 */
export function printJson<S extends z.ZodType>(schema: S, value: z.input<S>, stream: { write(text: string): unknown } = process.stdout): void {
  stream.write(`${JSON.stringify(schema.parse(value))}\n`);
}

/** The --json flag, the same words on every command. */
export function jsonOption(command: Command, vi = "kết quả dạng JSON trên stdout (README: --json)", en = "the result as JSON on stdout (README: --json)"): Command {
  return command.option("--json", `${vi} / ${en}`);
}
