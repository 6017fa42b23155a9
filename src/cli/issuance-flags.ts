import type { Command } from "commander";
import type { RenderOptions } from "../writers/pdf/index.js";
import type { SignOptions } from "../writers/pdf/issuance/sign.js";
import { pdfOnlyError, type OutputFormat } from "../writers/output-format.js";

/** `vanban render` flags for electronic issuance (issue 13): fields, PDF/A, the source, signing, ô 14. */
export interface IssuanceFlags {
  pdfa?: boolean;
  signatureFields?: boolean;
  embedSource?: boolean;
  sign?: string;
  passwordEnv?: string;
  signatureImage?: string;
  sealImage?: string;
  signField?: "signer" | "organisation" | "both";
  annexSignedAt?: string;
  annex?: string;
}

export function issuanceOptions(command: Command): Command {
  return command
    .option("--pdfa", "PDF/A-2b (PDF/A-3b with --embed-source) for the archive")
    .option("--no-signature-fields", "leave out the empty signature fields over ô 7c and ô 8")
    .option("--embed-source", "embed the document's JSON in the PDF (vanban-document.json)")
    .option("--sign <p12>", "sign with this PKCS#12 (.p12/.pfx)")
    .option("--password-env <VAR>", "environment variable holding the PKCS#12 password")
    .option("--signature-image <png>", "signature image (PNG) drawn in ô 7c when signing the signer's field")
    .option("--seal-image <png>", "seal image (PNG) drawn in ô 8 when signing the organisation's field")
    .option("--sign-field <field>", "signer | organisation | both (default: signer, both with --seal-image)")
    .option("--annex <n>", "render annex N alone, as its own file")
    .option("--annex-signed-at <time>", "ô 14 on each annex's first page: signing time YYYY-MM-DDTHH:mm:ss+07:00");
}

export function issuanceRenderOptions(flags: IssuanceFlags): Partial<RenderOptions> {
  const options: Partial<RenderOptions> = {
    ...(flags.pdfa ? { pdfa: true } : {}),
    ...(flags.signatureFields === false ? { signatureFields: false } : {}),
    ...(flags.embedSource ? { embedSource: true } : {}),
    ...(flags.annexSignedAt ? { annexMark: { signedAt: flags.annexSignedAt } } : {}),
    ...(flags.annex !== undefined ? { annex: Number(flags.annex) } : {}),
  };
  if (!flags.sign) return options;
  const field = flags.signField ?? (flags.sealImage ? "both" : "signer");
  if (!["signer", "organisation", "both"].includes(field)) {
    throw new Error(`--sign-field: "${field}" không hợp lệ / expected signer, organisation or both`);
  }
  const password = flags.passwordEnv ? process.env[flags.passwordEnv] : undefined;
  if (flags.passwordEnv && password === undefined) {
    throw new Error(`biến môi trường ${flags.passwordEnv} chưa đặt / environment variable ${flags.passwordEnv} is not set`);
  }
  const base = { p12: flags.sign, ...(password !== undefined ? { password } : {}) };
  const sign: SignOptions[] = [];
  if (field !== "organisation") sign.push({ ...base, field: "signer", ...(flags.signatureImage ? { image: flags.signatureImage } : {}) });
  if (field !== "signer") sign.push({ ...base, field: "organisation", ...(flags.sealImage ? { image: flags.sealImage } : {}) });
  return { ...options, sign };
}

/** The issuance flags given, as the command line spells them. */
function issuanceFlagsGiven(flags: IssuanceFlags): string[] {
  const given: [boolean, string][] = [
    [!!flags.pdfa, "--pdfa"],
    [flags.signatureFields === false, "--no-signature-fields"],
    [!!flags.embedSource, "--embed-source"],
    [flags.sign !== undefined, "--sign"],
    [flags.passwordEnv !== undefined, "--password-env"],
    [flags.signatureImage !== undefined, "--signature-image"],
    [flags.sealImage !== undefined, "--seal-image"],
    [flags.signField !== undefined, "--sign-field"],
    [flags.annex !== undefined, "--annex"],
    [flags.annexSignedAt !== undefined, "--annex-signed-at"],
  ];
  return given.filter(([set]) => set).map(([, name]) => name);
}

/** Issuance is PDF's (signatures, PDF/A, ô 14): with another format its flags are an error naming them, before anything is written. */
export function refusePdfOnlyFlags(flags: IssuanceFlags, format: OutputFormat): void {
  const given = format === "pdf" ? [] : issuanceFlagsGiven(flags);
  if (given.length) throw pdfOnlyError(given);
}
