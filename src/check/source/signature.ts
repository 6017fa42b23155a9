import type { Finding } from "../finding.js";
import type { SourceContext } from "../context.js";
import {
  academicTitles,
  authorityPrefixes,
  deputyUnderCollective,
  partyCommitteeNoDeputy,
  partyTitleBare,
  type SignatureShape,
} from "../signature.js";
import { writtenList } from "./lines.js";

/** The written signature lines as authority lines, the title (second to last) and the name (last). */
function shapeOf(ctx: SourceContext): SignatureShape {
  const lines = writtenList(ctx.source.signature, "source.signature");
  const name = lines[lines.length - 1];
  const title = lines.length >= 2 ? lines[lines.length - 2] : undefined;
  return {
    authority: lines.slice(0, Math.max(0, lines.length - 2)),
    ...(title ? { title } : {}),
    ...(name ? { name } : {}),
  };
}

/** R-SIG-1 on the written lines: "TM. BAN THƯỜNG VỤ", not "T/M" or "TM"; caps. */
export function writtenSignaturePrefixes(ctx: SourceContext): Finding[] {
  return authorityPrefixes(ctx, shapeOf(ctx), "R-SIG-1", true);
}

/** R-SIG-2 on the written name line. */
export function writtenSignerWithoutTitles(ctx: SourceContext): Finding[] {
  return academicTitles(ctx, shapeOf(ctx));
}

/** R-SIG-3 (nd30) on the written lines. */
export function writtenDeputySignsThroughKT(ctx: SourceContext): Finding[] {
  return deputyUnderCollective(ctx, shapeOf(ctx));
}

/** P-SIG-1 on the written lines: "T/M", not "TM."; the title names no committee. */
export function writtenPartySignaturePrefixes(ctx: SourceContext): Finding[] {
  const shape = shapeOf(ctx);
  return [...authorityPrefixes(ctx, shape, "P-SIG-1", false), ...partyTitleBare(ctx, shape, [])];
}

/** P-SIG-2 on the written lines: no "K/T" under a "T/M" collective. */
export function writtenPartyCommitteeSignature(ctx: SourceContext): Finding[] {
  return partyCommitteeNoDeputy(ctx, shapeOf(ctx), []);
}
